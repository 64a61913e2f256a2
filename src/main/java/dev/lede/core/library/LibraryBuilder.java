package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.parse.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects parsed inputs as they arrive and hands out {@link Library} snapshots. Not thread-safe: one
 * thread adds, snapshots are immutable and may be shared.
 */
public final class LibraryBuilder {

    private final List<LibraryEntry> entries = new ArrayList<>();
    private final Map<ArticleId, LibraryEntry> byId = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> byNormalisedHeadline = new HashMap<>();
    private final List<String> searchText = new ArrayList<>();

    public LibraryBuilder add(Parsed parsed) {
        parsed.articles().forEach(this::add);
        problems.addAll(parsed.problems());
        return this;
    }

    public LibraryBuilder add(Article article) {
        if (byId.containsKey(article.id())) {
            return this; // the same content twice is one article
        }
        LibraryEntry entry = new LibraryEntry(entries.size(), article.id(), article.source(), article.format(),
                article.headline(), article.lede(), article.published(), article.related());
        entries.add(entry);
        byId.put(entry.id(), entry);
        byNormalisedHeadline.putIfAbsent(normalise(entry.headline()), entry.position());
        searchText.add((article.headline() + "\n" + article.bodyText()).toLowerCase(Locale.ROOT));
        return this;
    }

    public LibraryBuilder addProblem(Problem problem) {
        problems.add(problem);
        return this;
    }

    /** A snapshot of what has loaded so far; loading goes on. */
    public Library snapshot() {
        return build(false);
    }

    /** The final snapshot, once every input has been read. */
    public Library finish() {
        return build(true);
    }

    private Library build(boolean complete) {
        Map<String, Integer> headlines = Map.copyOf(byNormalisedHeadline);
        List<String> texts = List.copyOf(searchText);
        RelatedResolver resolver = (headline, limit) -> {
            Integer position = headlines.get(normalise(headline));
            return position != null && position < limit ? Optional.of(position) : Optional.empty();
        };
        LibrarySearch search = (query, limit) -> {
            String needle = query.toLowerCase(Locale.ROOT).strip();
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < limit && i < texts.size(); i++) {
                if (!needle.isEmpty() && texts.get(i).contains(needle)) {
                    hits.add(i);
                }
            }
            return hits;
        };
        return new Library(List.copyOf(entries), Map.copyOf(byId), List.copyOf(problems), complete, resolver, search);
    }

    private static String normalise(String headline) {
        return headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
