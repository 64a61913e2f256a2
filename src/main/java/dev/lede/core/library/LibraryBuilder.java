package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.parse.Parsed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects parsed inputs as they arrive and hands out {@link Library} snapshots. One thread adds;
 * snapshots are immutable, cost O(1) however large the library, and may be used from any thread.
 * Bodies are indexed for search and then dropped: entries keep the headline and a short lede.
 */
public final class LibraryBuilder {

    /** Ledes longer than this are cut at a word boundary: the list and the matcher need no more. */
    static final int LEDE_LIMIT = 300;

    private final AppendOnlyList<LibraryEntry> entries = new AppendOnlyList<>();
    private final AppendOnlyList<Problem> problems = new AppendOnlyList<>();
    private final Map<ArticleId, Integer> positions = new ConcurrentHashMap<>();
    private final HeadlineMatcher matcher = new HeadlineMatcher();
    /** Null when built for a command that never searches: indexing bodies is most of a load's work. */
    private final SearchIndex search;
    /** False when built for a command that prints and never shows a preview: ledes are most of an entry. */
    private final boolean keepLedes;

    /** A builder whose libraries can search headlines and bodies (the interactive reader). */
    public LibraryBuilder() {
        this(true, true);
    }

    private LibraryBuilder(boolean searchable, boolean keepLedes) {
        this.search = searchable ? new SearchIndex() : null;
        this.keepLedes = keepLedes;
    }

    /**
     * A builder for commands that print the library and never search it ({@code list}, {@code export},
     * {@code show}): related headlines resolve exactly as with {@link #LibraryBuilder()}, but bodies are
     * not indexed, so {@link Library#search} finds nothing.
     */
    public static LibraryBuilder withoutSearch() {
        return new LibraryBuilder(false, true);
    }

    /**
     * A builder for commands that print from the entries and re-read bodies from their sources
     * ({@code list}, {@code export}, {@code show}): as {@link #withoutSearch()}, and entries keep no lede
     * ({@link LibraryEntry#lede()} is null), which on a large library is half the memory it holds.
     * Related headlines still resolve exactly as elsewhere: the matcher reads the lede as it is added.
     */
    public static LibraryBuilder forPrinting() {
        return new LibraryBuilder(false, false);
    }

    public LibraryBuilder add(Parsed parsed) {
        parsed.articles().forEach(this::add);
        parsed.problems().forEach(this::addProblem);
        return this;
    }

    public LibraryBuilder add(Article article) {
        if (positions.containsKey(article.id())) {
            return this; // the same content twice is one article
        }
        int position = entries.size();
        String lede = cut(article.lede());
        LibraryEntry entry = new LibraryEntry(position, article.id(), article.source(), article.format(),
                article.headline(), keepLedes ? lede : null, article.published(), article.related());
        matcher.add(position, entry.headline(), lede);
        if (search != null) {
            search.add(position, entry.headline(), article.bodyText());
        }
        entries.add(entry);
        positions.put(entry.id(), position);
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
        return new Library(entries.view(), positions, problems.view(), complete, matcher, search);
    }

    static String cut(String lede) {
        if (lede.length() <= LEDE_LIMIT) {
            return lede;
        }
        int end = lede.lastIndexOf(' ', LEDE_LIMIT);
        if (end < LEDE_LIMIT / 2) {
            end = LEDE_LIMIT;
        }
        if (Character.isHighSurrogate(lede.charAt(end - 1))) {
            end--;
        }
        return lede.substring(0, end).stripTrailing() + "…";
    }
}
