// Over 300 lines: the one place a library is built: inputs accepted, duplicates merged, problems counted, matcher fed.
package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
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
 * says so, never dropped silently. Over 300 lines in one class because merging, counting and snapshotting share
 * the entries being built; split, each part would hand the same half-built state back and forth.
 */
public final class LibraryBuilder {

    /** Ledes longer than this are cut at a word boundary: the list and the matcher need no more. */
    static final int LEDE_LIMIT = 300;

    private final EntryTable entries = new EntryTable();
    private final AppendOnlyList<Problem> problems = new AppendOnlyList<>();
    private final IdPositions positions = new IdPositions(entries);
    /** Fed as entries are added only when they keep no lede ({@link #forPrinting()}); else when first asked. */
    private final MatcherFeed matcher = new MatcherFeed();
    /**
     * Each address of each article ({@link UrlKey}, all of {@link ListedArticle#addresses()}) to the first
     * position that has it: related links resolve by it first.
     */
    private final Map<String, Integer> byUrl = new ConcurrentHashMap<>();

    private volatile LoadCounts counts = LoadCounts.NONE;
    private volatile List<String> fetching = List.of();
    /**
     * Null when built for a command that never searches (indexing bodies is most of a load's work), or
     * once {@link #searchWith} hands search to the library index.
     */
    private SearchIndex search;
    /** Search kept outside the heap (the library index); null when bodies are searched in memory or not at all. */
    private BodySearch bodySearch;
    /** False when built for a command that prints and never shows a preview: ledes are most of an entry. */
    private final boolean keepLedes;
    /**
     * The library index already resolved this very library ({@link #resolvedAhead()}): each entry carries
     * its related headlines' targets, and the matcher is not built.
     */
    private boolean resolvedAhead;
    /** The stored resolution whose targets listed articles bring, to resolve only what changed; or null. */
    private EarlierResolution earlier;
    /** Where articles {@linkplain ListedArticle#isKeptApart() kept apart} keep their ledes and related headlines. */
    private EntryDetails details;

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
     * Related headlines still resolve exactly as elsewhere: the matcher reads the lede as it is added (the other
     * builders feed it from the entries when related headlines are first resolved, {@link MatcherFeed}).
     */
    public static LibraryBuilder forPrinting() {
        return new LibraryBuilder(false, false);
    }

    /**
     * Every article will come with its related headlines' targets, resolved in an earlier run against the
     * same inputs unchanged: the matcher, most of a large library's cost, is not built. Only before the
     * first article, and only when every article comes as a {@link ListedArticle} with targets (inputs
     * that gave nothing but a problem may still come parsed).
     */
    public LibraryBuilder resolvedAhead() {
        if (entries.size() > 0) {
            throw new IllegalStateException("resolutions must be known before the first article");
        }
        resolvedAhead = true;
        earlier = null; // the stored targets are this very library's: nothing is resolved
        return this;
    }

    /**
     * Listed articles come with the targets a stored resolution of an earlier state of this library gave them
     * ({@link ListedArticle#targets()}, null for an article it did not hold), and {@code earlier} with what it
     * rests on: resolving the related headlines then keeps those targets and resolves again only what the change
     * may have changed, unless too much changed since the last full resolution (docs/performance.md, "Resolving
     * only what changed"). Only before the first article; not with {@link #resolvedAhead}.
     */
    public LibraryBuilder resolvingChangesFrom(EarlierResolution earlier) {
        if (entries.size() > 0) {
            throw new IllegalStateException("the earlier resolution must be known before the first article");
        }
        if (resolvedAhead) {
            throw new IllegalStateException("a library resolved ahead resolves nothing");
        }
        this.earlier = earlier;
        return this;
    }

    /**
     * Articles may come {@linkplain ListedArticle#isKeptApart() kept apart}, their ledes and related
     * headlines read from {@code details} when asked for, not held: only in a library resolved ahead, and
     * only before the first article.
     */
    public LibraryBuilder detailsFrom(EntryDetails details) {
        if (entries.size() > 0) {
            throw new IllegalStateException("the details must be known before the first article");
        }
        this.details = details;
        entries.keepApartIn(details);
        return this;
    }

    /**
     * Headlines and bodies are searched through {@code bodySearch} (the library index, which stores every
     * input this load reads), not held in memory: articles may then come without bodies, as
     * {@link ListedArticle}s. Only before the first article.
     */
    public LibraryBuilder searchWith(BodySearch bodySearch) {
        if (entries.size() > 0) {
            throw new IllegalStateException("the search must be chosen before the first article");
        }
        this.bodySearch = bodySearch;
        this.search = null;
        return this;
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
        if (resolvedAhead && !parsed.articles().isEmpty()) {
            throw new IllegalStateException("parsed articles in a library resolved ahead");
        }
        List<ListedArticle> listed = new ArrayList<>(parsed.articles().size());
        List<String> bodies =
                search == null ? null : new ArrayList<>(parsed.articles().size());
        for (Article article : parsed.articles()) {
            listed.add(ListedArticle.of(article));
            if (bodies != null) {
                bodies.add(article.bodyText());
            }
        }
        return accept(listed, bodies, parsed.problems());
    }

    /**
     * As {@link #accept(Parsed)}, for an input whose articles come without their bodies (from the library
     * index): only for a builder that does not hold bodies for search ({@link #withoutSearch()},
     * {@link #forPrinting()}, {@link #searchWith}).
     *
     * @param problems the problems met reading the input itself, as {@link Parsed#problems()}
     */
    public List<Problem> accept(List<ListedArticle> articles, List<Problem> problems) {
        if (search != null) {
            throw new IllegalStateException(
                    "articles without bodies cannot be added to a library that searches bodies");
        }
        return accept(articles, null, problems);
    }

    private static boolean onlyWarnings(Set<Problem> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        for (Problem problem : problems) {
            if (problem.kind() != Problem.Kind.WARNING) {
                return false;
            }
        }
        return true;
    }

    private List<Problem> accept(List<ListedArticle> articles, List<String> bodies, List<Problem> inputProblems) {
        // Parsers may list an article's problem in both places: each is kept once. The set and the lists
        // are made only for an input that has some: most have none (a listing of 10,000 inputs made them all).
        Set<Problem> found = inputProblems.isEmpty() ? Set.of() : new LinkedHashSet<>(inputProblems);
        List<ListedArticle> merged = List.of();
        List<String> mergedInto = List.of();
        for (int i = 0; i < articles.size(); i++) {
            ListedArticle article = articles.get(i);
            int earlier = positions.find(article.id(), entries.size());
            if (earlier >= 0) {
                if (merged.isEmpty()) {
                    merged = new ArrayList<>();
                    mergedInto = new ArrayList<>();
                }
                merged.add(article);
                mergedInto.add(entries.view().get(earlier).source().label());
                continue;
            }
            if (!article.problems().isEmpty()) {
                found = found.isEmpty() ? new LinkedHashSet<>() : found;
                found.addAll(article.problems());
            }
            addNew(article, bodies == null ? null : bodies.get(i));
        }
        // A walk's warning about an entry that held no article (a symbolic link to nothing) skips no input.
        boolean skipped = articles.isEmpty() && !onlyWarnings(found);
        Problem.Kind kind = skipped ? Problem.Kind.SKIPPED : Problem.Kind.WARNING;
        List<Problem> out = found.isEmpty() && merged.isEmpty() ? List.of() : new ArrayList<>(found.size() + 1);
        // No iterator over nothing (an object a call at C1): most inputs have no problem.
        if (!found.isEmpty()) {
            for (Problem problem : found) {
                out.add(problem.as(kind));
            }
        }
        if (!merged.isEmpty()) {
            out.add(mergedProblem(merged, mergedInto));
        }
        for (int i = 0; i < out.size(); i++) {
            problems.add(out.get(i));
        }
        boolean warned = !skipped && !found.isEmpty();
        counts = counts.plus(skipped ? 1 : 0, warned ? 1 : 0, merged.isEmpty() ? 0 : 1);
        return out;
    }

    /** One line for the articles of an input that were in the library already. */
    private static Problem mergedProblem(List<ListedArticle> merged, List<String> into) {
        List<Source> sources = new ArrayList<>(merged.size());
        merged.forEach(article -> sources.add(article.source()));
        return mergedProblem(sources, into.get(0));
    }

    /**
     * One line for the articles of an input that were in the library already: {@code merged}, whose first
     * was read before from {@code firstInto} (a source label).
     */
    public static Problem mergedProblem(List<Source> merged, String firstInto) {
        Source first = merged.get(0);
        if (merged.size() == 1) {
            return new Problem(first.label(), "same article as " + firstInto + "; merged", Problem.Kind.MERGED);
        }
        return new Problem(
                first.name(),
                merged.size() + " articles already read from other inputs (the first, " + first.label() + ", is "
                        + firstInto + "); merged",
                Problem.Kind.MERGED);
    }

    /** Adds an article; the same content twice is one article (use {@link #accept} to have that said). */
    public LibraryBuilder add(Article article) {
        if (positions.find(article.id(), entries.size()) < 0) {
            addNew(ListedArticle.of(article), search == null ? null : article.bodyText());
        }
        return this;
    }

    private void addNew(ListedArticle article, String body) {
        int position = entries.size();
        String lede = article.lede();
        if (article.isKeptApart()) {
            if (!resolvedAhead || details == null) {
                throw new IllegalStateException("an article kept apart in a library that cannot read it");
            }
            entries.addApart(article.id(), article.format(), article.published(), article.source(), article.row());
        } else {
            // Resolved ahead, an article without targets (another lede changed the index meanwhile) has its
            // related headlines resolve to nothing until the next start, rather than to a guess.
            entries.add(
                    article.id(),
                    article.format(),
                    article.headline(),
                    article.published(),
                    article.source(),
                    keepLedes ? lede : null,
                    article.related(),
                    resolvedAhead || earlier != null ? article.targets() : null);
        }
        if (!resolvedAhead) {
            if (!article.related().isEmpty()) {
                WordNet.readAhead();
            }
            if (!keepLedes) {
                matcher.add(position, article.headline(), lede); // now or never: the entry does not keep the lede
            }
        }
        if (search != null) {
            search.add(position, article.headline(), body);
        }
        positions.add(article.id(), position);
        List<String> addresses = article.addresses();
        for (int i = 0; i < addresses.size(); i++) { // no iterator: entries kept apart have no address
            UrlKey.of(addresses.get(i)).ifPresent(key -> byUrl.putIfAbsent(key, position));
        }
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
        return new Library(
                entries.view(),
                positions,
                problems.view(),
                counts,
                complete ? List.of() : fetching,
                complete,
                matcher,
                byUrl,
                resolvedAhead,
                earlier,
                search,
                bodySearch);
    }

    /** The lede the library keeps for an article: its first paragraph, cut short at a word. */
    public static String keptLede(Article article) {
        return cut(article.lede());
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
