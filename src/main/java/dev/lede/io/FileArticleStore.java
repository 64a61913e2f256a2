package dev.lede.io;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Source;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives back full articles: a file is read and parsed again and the article with the entry's id is
 * returned (for a feed, item N of the file when the content changed); stdin and URL articles, which
 * cannot be read twice, are kept in memory. The last file parsed is kept too (softly), so opening the
 * items of one large feed in a row parses it once, not once per item.
 */
public final class FileArticleStore implements ArticleStore {

    private final LoadOptions options;
    private final Map<ArticleId, Article> kept = new ConcurrentHashMap<>();
    // File names that do not turn back into their path (bytes that are not valid in the file-name encoding).
    private final Map<String, Path> paths = new ConcurrentHashMap<>();
    private SoftReference<LastParsed> last = new SoftReference<>(null);
    /** Characters of text {@link #keepParsed} holds. */
    private long keptChars;

    private final Map<Source, Article> keptParsed = new ConcurrentHashMap<>();

    /** The articles of the file read last, under the name and the version (size, time) they were read at. */
    private record LastParsed(String name, String version, Parsed parsed, Map<ArticleId, Article> byId) {}

    public FileArticleStore(LoadOptions options) {
        this.options = options;
    }

    /** Remembers the path a file was read from when its name alone would not find it again. */
    void readFrom(String name, Path path) {
        try {
            if (Path.of(name).equals(path)) {
                return;
            }
        } catch (InvalidPathException e) {
            // not a path on its own: remember it below
        }
        paths.put(name, path);
    }

    /** Keeps the articles of an input that cannot be read again (stdin, a URL). */
    void keep(Parsed parsed) {
        parsed.articles().forEach(article -> kept.put(article.id(), article));
    }

    /**
     * Keeps the articles of a file the load parsed while {@link LoadOptions#keptChars} allows, so that opening them
     * (the export opens every one) gives the very article its entry was listed from without parsing the file again;
     * past the allowance a file is parsed again when opened, as before.
     */
    void keepParsed(Parsed parsed) {
        long chars = 0;
        for (Article article : parsed.articles()) {
            chars += article.headline().length();
            for (dev.lede.core.article.Block block : article.body()) {
                chars += block.text().length();
            }
        }
        synchronized (this) {
            if (keptChars + chars > options.keptChars()) {
                return;
            }
            keptChars += chars;
        }
        parsed.articles().forEach(article -> keptParsed.put(article.source(), article));
    }

    @Override
    public Optional<Article> open(LibraryEntry entry) {
        Article held = kept.get(entry.id());
        if (held != null) {
            return Optional.of(held);
        }
        // By its source: two files of the same text give one id, and the entry is the one it names.
        Article parsedOnLoad = keptParsed.get(entry.source());
        if (parsedOnLoad != null && parsedOnLoad.id().equals(entry.id())) {
            return Optional.of(parsedOnLoad);
        }
        if (entry.source().isStdin() || entry.source().name().contains("://")) {
            return Optional.empty();
        }
        try {
            LastParsed file = parsed(entry.source().name());
            Article byId = file.byId().get(entry.id());
            if (byId != null) {
                return Optional.of(asListed(byId, entry));
            }
            Parsed parsed = file.parsed();
            int item = entry.source().item();
            if (item > 0 && item <= parsed.articles().size()) {
                return Optional.of(parsed.articles().get(item - 1)); // changed content: its own date
            }
            return Optional.empty();
        } catch (InputReader.SkippedInput | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The article, the same content its entry was listed from, dated as the library lists it. A date is judged
     * against the day its input was read (no date after the next day, docs/formats.md, "Dates"), so a file read
     * again on a later day may now accept a date its entry was listed without; the reader's header and the export
     * agree with the list.
     */
    private static Article asListed(Article article, LibraryEntry entry) {
        return Objects.equals(article.published(), entry.published())
                ? article
                : article.withPublished(entry.published());
    }

    /**
     * One file parsed at a time: opens that pile up (keys pressed while a large feed loads) wait for
     * the first and then share its result, instead of each holding the whole feed in memory at once.
     */
    private synchronized LastParsed parsed(String name) throws InputReader.SkippedInput {
        Path path = paths.containsKey(name) ? paths.get(name) : Path.of(name);
        String version = version(path);
        LastParsed held = last.get();
        if (held != null && held.name().equals(name) && held.version().equals(version)) {
            return held;
        }
        last.clear(); // let the previous file go before the next is parsed
        byte[] bytes = new InputReader(options.maxSize()).readFile(path);
        Parsed parsed = new Parsers(options.format())
                .parse(Input.of(Source.of(name), bytes).readAt(Instant.now()));
        // Looked up by id: an export opens every item of a 100,000-item feed, and a scan per item was quadratic.
        Map<ArticleId, Article> byId = new HashMap<>();
        parsed.articles().forEach(article -> byId.putIfAbsent(article.id(), article));
        LastParsed file = new LastParsed(name, version, parsed, byId);
        last = new SoftReference<>(file);
        return file;
    }

    private static String version(Path path) {
        try {
            return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
