package dev.lede.io;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives back full articles: a file is read and parsed again and the article with the entry's id is
 * returned (for a feed, item N of the file when the content changed); stdin and URL articles, which
 * cannot be read twice, are kept in memory.
 */
public final class FileArticleStore implements ArticleStore {

    private final LoadOptions options;
    private final Map<ArticleId, Article> kept = new ConcurrentHashMap<>();

    public FileArticleStore(LoadOptions options) {
        this.options = options;
    }

    /** Keeps the articles of an input that cannot be read again (stdin, a URL). */
    void keep(Parsed parsed) {
        parsed.articles().forEach(article -> kept.put(article.id(), article));
    }

    @Override
    public Optional<Article> open(LibraryEntry entry) {
        Article held = kept.get(entry.id());
        if (held != null) {
            return Optional.of(held);
        }
        if (entry.source().isStdin() || entry.source().name().contains("://")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = new InputReader(options.maxSize()).readFile(Path.of(entry.source().name()));
            Parsed parsed = new Parsers(options.format()).parse(Input.of(entry.source().forItem(0), bytes));
            for (Article article : parsed.articles()) {
                if (article.id().equals(entry.id())) {
                    return Optional.of(article);
                }
            }
            int item = entry.source().item();
            if (item > 0 && item <= parsed.articles().size()) {
                return Optional.of(parsed.articles().get(item - 1));
            }
            return Optional.empty();
        } catch (InputReader.SkippedInput | RuntimeException e) {
            return Optional.empty();
        }
    }
}
