package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects parsed inputs as they arrive and hands out {@link Library} snapshots. One thread adds;
 * snapshots are immutable, cost O(1) however large the library, and may be used from any thread.
 * Bodies are indexed for search and then dropped: entries keep the headline and a short lede.
 * Each input added with {@link #accept} is classified (see {@link LoadCounts}): its problems get the
 * kind of what happened to it, and an article already in the library is merged with a problem that
 * says so, never dropped silently.
 */
public final class LibraryBuilder {

    /** Ledes longer than this are cut at a word boundary: the list and the matcher need no more. */
    static final int LEDE_LIMIT = 300;

    private final AppendOnlyList<LibraryEntry> entries = new AppendOnlyList<>();
    private final AppendOnlyList<Problem> problems = new AppendOnlyList<>();
    private final Map<ArticleId, Integer> positions = new ConcurrentHashMap<>();
    private final HeadlineMatcher matcher = new HeadlineMatcher();
    private volatile LoadCounts counts = LoadCounts.NONE;
    private volatile List<String> fetching = List.of();
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
        accept(parsed);
        return this;
    }

    /**
     * Adds one input's articles and problems, and returns the problems it added, each once and of the
     * kind of what happened to the input: skipped (no article), warnings (articles and problems), and one
     * {@link Problem.Kind#MERGED} problem when articles it gave were in the library already.
     */
    public List<Problem> accept(Parsed parsed) {
        // Parsers may list an article's problem in both places: each is kept once.
        Set<Problem> found = new LinkedHashSet<>(parsed.problems());
        List<Article> merged = new ArrayList<>();
        List<String> mergedInto = new ArrayList<>();
        int added = 0;
        for (Article article : parsed.articles()) {
            Integer earlier = positions.get(article.id());
            if (earlier != null) {
                merged.add(article);
                mergedInto.add(entries.get(earlier).source().label());
                continue;
            }
            found.addAll(article.problems());
            addNew(article);
            added++;
        }
        Problem.Kind kind = parsed.articles().isEmpty() ? Problem.Kind.SKIPPED : Problem.Kind.WARNING;
        List<Problem> out = new ArrayList<>(found.size() + 1);
        for (Problem problem : found) {
            out.add(problem.as(kind));
        }
        if (!merged.isEmpty()) {
            out.add(mergedProblem(merged, mergedInto));
        }
        out.forEach(problems::add);
        boolean skipped = parsed.articles().isEmpty();
        boolean warned = !skipped && !found.isEmpty();
        counts = counts.plus(skipped ? 1 : 0, warned ? 1 : 0, merged.isEmpty() ? 0 : 1);
        return out;
    }

    /** One line for the articles of an input that were in the library already. */
    private static Problem mergedProblem(List<Article> merged, List<String> into) {
        Article first = merged.get(0);
        if (merged.size() == 1) {
            return new Problem(first.source().label(), "same article as " + into.get(0) + "; merged",
                    Problem.Kind.MERGED);
        }
        return new Problem(first.source().name(), merged.size() + " articles already read from other inputs (the first, "
                + first.source().label() + ", is " + into.get(0) + "); merged", Problem.Kind.MERGED);
    }

    /** Adds an article; the same content twice is one article (use {@link #accept} to have that said). */
    public LibraryBuilder add(Article article) {
        if (!positions.containsKey(article.id())) {
            addNew(article);
        }
        return this;
    }

    private void addNew(Article article) {
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
    }

    /** An input that gave nothing but {@code problem}: counted as skipped. */
    public LibraryBuilder addProblem(Problem problem) {
        accept(Parsed.skipped(problem));
        return this;
    }

    /** {@code url} is being downloaded: snapshots name it until {@link #fetchEnded}. */
    public LibraryBuilder fetchStarted(String url) {
        List<String> more = new ArrayList<>(fetching);
        more.add(url);
        fetching = List.copyOf(more);
        return this;
    }

    public LibraryBuilder fetchEnded(String url) {
        List<String> fewer = new ArrayList<>(fetching);
        fewer.remove(url);
        fetching = List.copyOf(fewer);
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
        return new Library(entries.view(), positions, problems.view(), counts, complete ? List.of() : fetching,
                complete, matcher, search);
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
