package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A library resolved in full, then changed (articles added, some removed), and resolved again both ways: only what
 * changed (from the first resolution's stored targets, as the library index hands them over) and from scratch; the
 * two compared line by line. For the tests of resolving only what changed and the tool that measures it on large
 * corpora ({@link PartialResolutionExactness}).
 */
final class ChangedLibraries {

    private ChangedLibraries() {}

    /**
     * How the partial resolution compares with the full one over every line of the changed library: lines whose
     * target differs, and precision and recall of the partial's resolved lines against the full's.
     */
    record Comparison(
            int lines,
            int differing,
            int resolvedAgain,
            int partialFound,
            int fullFound,
            int bothSame,
            boolean partial,
            long partialMillis,
            long fullMillis,
            List<String> examples) {

        double precision() {
            return partialFound == 0 ? 1 : (double) bothSame / partialFound;
        }

        double recall() {
            return fullFound == 0 ? 1 : (double) bothSame / fullFound;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d lines, %d resolved again (%s), %d differ (%.3f %%): precision %.4f recall %.4f"
                            + " (partial %d found, full %d); resolved in %d ms against %d ms",
                    lines,
                    resolvedAgain,
                    partial ? "partial" : "FULL",
                    differing,
                    100.0 * differing / Math.max(1, lines),
                    precision(),
                    recall(),
                    partialFound,
                    fullFound,
                    partialMillis,
                    fullMillis);
        }
    }

    /** A library of {@code articles} resolved in full, as a stored resolution of it would be read back. */
    static Stored resolvedInFull(List<Article> articles) {
        Library library = build(articles, Map.of(), null);
        library.withRelatedWorkedOut();
        Map<ArticleId, List<ArticleId>> targets = new HashMap<>();
        for (LibraryEntry entry : library.entries()) {
            List<ArticleId> own = new ArrayList<>();
            for (RelatedHeadline line : entry.related()) {
                own.add(library.resolve(entry, line).map(LibraryEntry::id).orElse(null));
            }
            targets.put(entry.id(), own);
        }
        return new Stored(library, targets, library.resolutionBasis());
    }

    /** What a resolution stored: each article's targets by its id, and what it rests on. */
    record Stored(Library library, Map<ArticleId, List<ArticleId>> targets, ResolutionBasis basis) {

        /** This resolution as a changed library's loading hands it over, {@code removed} being gone since. */
        EarlierResolution earlier(List<Article> removed) {
            List<EarlierResolution.Removed> gone = new ArrayList<>();
            for (Article article : removed) {
                gone.add(new EarlierResolution.Removed(
                        article.id(), article.headline(), LibraryBuilder.keptLede(article)));
            }
            return EarlierResolution.of(basis, gone);
        }
    }

    /**
     * The library of {@code articles}, each listed with its targets in {@code stored} (none for one it lacks), resolving
     * only what changed from {@code earlier}; from scratch when that is null.
     */
    static Library build(List<Article> articles, Map<ArticleId, List<ArticleId>> stored, EarlierResolution earlier) {
        LibraryBuilder builder = LibraryBuilder.withoutSearch();
        if (earlier != null) {
            builder.resolvingChangesFrom(earlier);
        }
        for (Article article : articles) {
            ListedArticle listed = ListedArticle.of(article);
            List<ArticleId> targets = stored.get(article.id());
            builder.accept(
                    List.of(new ListedArticle(
                            listed.id(),
                            listed.source(),
                            listed.format(),
                            listed.headline(),
                            listed.lede(),
                            listed.published(),
                            listed.addresses(),
                            listed.related(),
                            listed.problems(),
                            targets != null
                                            && targets.size()
                                                    == listed.related().size()
                                    ? targets
                                    : null,
                            ListedArticle.WITH_ARTICLE)),
                    List.of());
        }
        return builder.finish();
    }

    /** Every line's target, by its article's id and the line's place, as {@code library} resolves them together. */
    static List<ArticleId> targets(Library library) {
        List<ArticleId> out = new ArrayList<>();
        for (LibraryEntry entry : library.entries()) {
            for (RelatedHeadline line : entry.related()) {
                out.add(library.resolve(entry, line).map(LibraryEntry::id).orElse(null));
            }
        }
        return out;
    }

    /**
     * {@code before} resolved in full, then the library {@code now} resolved from that stored resolution (the articles
     * of {@code before} missing from {@code now} removed) and from scratch, compared.
     */
    static Comparison compare(List<Article> before, List<Article> now) {
        Stored stored = resolvedInFull(before);
        List<Article> removed = new ArrayList<>(before);
        List<ArticleId> kept = now.stream().map(Article::id).toList();
        removed.removeIf(article -> kept.contains(article.id()));
        Library partial = build(now, stored.targets(), stored.earlier(removed));
        partial.withMatcherBuilt(); // both timed without building the matcher
        long start = System.nanoTime();
        partial.withRelatedWorkedOut();
        long partialMillis = (System.nanoTime() - start) / 1_000_000;
        Library full = build(now, Map.of(), null);
        full.withMatcherBuilt(); // both timed without building the matcher
        start = System.nanoTime();
        full.withRelatedWorkedOut();
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        List<ArticleId> a = targets(partial);
        List<ArticleId> b = targets(full);
        int differing = 0;
        int partialFound = 0;
        int fullFound = 0;
        int same = 0;
        List<String> examples = new ArrayList<>();
        int at = 0;
        for (LibraryEntry entry : full.entries()) {
            for (RelatedHeadline line : entry.related()) {
                ArticleId p = a.get(at);
                ArticleId f = b.get(at++);
                partialFound += p == null ? 0 : 1;
                fullFound += f == null ? 0 : 1;
                same += p != null && p.equals(f) ? 1 : 0;
                if (!Objects.equals(p, f)) {
                    differing++;
                    if (examples.size() < 20) {
                        examples.add(String.format(
                                "%s: \"%s\" partial %s, full %s",
                                entry.source().label(), line.headline(), headlineOf(full, p), headlineOf(full, f)));
                    }
                }
            }
        }
        return new Comparison(
                a.size(),
                differing,
                partial.linesResolved(),
                partialFound,
                fullFound,
                same,
                partial.resolutionBasis().changedSinceFull() > 0,
                partialMillis,
                fullMillis,
                examples);
    }

    private static String headlineOf(Library library, ArticleId id) {
        return id == null
                ? "nothing"
                : library.find(id).map(e -> "\"" + e.headline() + "\"").orElse(id.value());
    }
}
