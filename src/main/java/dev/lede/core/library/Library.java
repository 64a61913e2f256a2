package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the loaded library: entries in load order, the problems met so far, and
 * whether loading has finished. Snapshots are cheap to take while loading streams in.
 */
public final class Library {

    private final List<LibraryEntry> entries;
    private final Map<ArticleId, LibraryEntry> byId;
    private final List<Problem> problems;
    private final boolean complete;
    private final RelatedResolver resolver;
    private final LibrarySearch search;

    Library(List<LibraryEntry> entries, Map<ArticleId, LibraryEntry> byId, List<Problem> problems,
            boolean complete, RelatedResolver resolver, LibrarySearch search) {
        this.entries = entries;
        this.byId = byId;
        this.problems = problems;
        this.complete = complete;
        this.resolver = resolver;
        this.search = search;
    }

    public static Library empty() {
        return new LibraryBuilder().finish();
    }

    public List<LibraryEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public LibraryEntry entry(int position) {
        return entries.get(position);
    }

    public Optional<LibraryEntry> find(ArticleId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The article a related headline points at, or empty when it is not (surely) in the library. */
    public Optional<LibraryEntry> resolve(RelatedHeadline related) {
        return resolver.resolve(related.headline(), entries.size()).map(entries::get);
    }

    /** Entries matching every word of {@code query} (prefixes allowed), best first. */
    public List<LibraryEntry> search(String query) {
        return search.search(query, entries.size()).stream().map(entries::get).toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isComplete() {
        return complete;
    }
}
