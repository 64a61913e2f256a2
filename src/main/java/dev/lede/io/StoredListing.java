package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.io.index.IndexScope;
import dev.lede.io.index.LibraryIndex;
import dev.lede.io.index.NumberedArticle;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code lede list} of an archive the library index holds unchanged, with its related headlines resolved
 * and stored: listed straight from the index's stored listing, in file order, each article and each related
 * headline's target with the number stored for it. No article file is read and no library is built —
 * nothing is held per article — so listing 100,000 articles costs about what listing 10 does plus the
 * listing's own reading.
 * Anything else (a file changed, resolutions not stored) is left to the ordinary load.
 */
public final class StoredListing {

    /** Where the listing goes: one call per article, in order, and each problem the load would report. */
    public interface Lines {

        /**
         * @param published the date as the article states it, null when none
         * @param related   the numbers of the articles its related headlines lead to, unresolved ones left out
         */
        void line(int number, ArticleId id, String source, String headline, String published, int[] related);

        void problem(Problem problem);
    }

    /** What a listing gave: articles listed and inputs skipped, as the exit status counts them. */
    public record Counts(int articles, int skipped) {}

    private StoredListing() {}

    /**
     * Lists the library of {@code arguments} from {@code index} when every file is as the index holds it
     * and the library's resolutions are stored; empty (having written nothing) otherwise.
     *
     * @param walk the walk of the same arguments with the same options, started before the index opened
     * @throws dev.lede.io.index.IndexException when the index cannot be read
     */
    public static Optional<Counts> list(
            List<String> arguments, LoadOptions options, WalkAhead walk, LibraryIndex index, Lines lines) {
        List<Path> roots = new ArrayList<>();
        for (String argument : arguments) {
            try {
                roots.add(Path.of(argument));
            } catch (InvalidPathException e) {
                return Optional.empty(); // the load says so, in its place
            }
        }
        IndexScope scope = IndexScope.of(roots);
        if (!index.resolutionsCurrent(scope)) {
            return Optional.empty();
        }
        // Stored before the check when missing (once), so that the lines come from it with their numbers.
        index.storeHeadlineListing(scope);
        if (!UnchangedCheck.unchanged(walk, options, index, scope)) {
            return Optional.empty();
        }
        return print(visitor -> index.listNumbered(scope, visitor), new StoredNames(arguments), lines);
    }

    /** A stored listing, each input as {@code lede list} prints it, to a visitor; false when there is none. */
    interface Numbered {
        boolean each(Consumer<NumberedArticle.Input> visitor);
    }

    /**
     * The lines in one reading of the stored listing, numbered as stored; empty (having written nothing)
     * when no listing is stored for the library as it is now. Numbering as it printed, where the check read
     * every id first for the numbers: docs/performance.md, "Where `lede list` goes".
     */
    static Optional<Counts> print(Numbered listing, StoredNames names, Lines lines) {
        Map<Integer, String> firstLabels = new HashMap<>(); // of the articles met again: where each was first
        int[] counts = {0, 0};
        boolean listed = listing.each(input -> {
            String name = names.name(input.path());
            // As the library builder reports an input: its own problems, its articles', each once; then merges.
            // Made only when there is something to hold: most inputs have no problem and no
            // copy: 330 bytes a file less, CPU of lede list on 10,000 files 958 against 981 and 951 against 1,032 ms
            // (two sets of 8 interleaved rounds; docs/performance.md, "Where `lede list` goes").
            Set<Problem> found = input.problems().isEmpty()
                    ? null
                    : new LinkedHashSet<>(StoredNames.problems(input.problems(), input.path(), name));
            List<Source> merged = null;
            String mergedInto = null;
            List<NumberedArticle> articles = input.articles();
            for (int i = 0; i < articles.size(); i++) {
                NumberedArticle article = articles.get(i);
                Source source = new Source(name, article.item());
                if (article.copy() == NumberedArticle.Copy.LATER) {
                    mergedInto = mergedInto == null ? firstLabels.get(article.number()) : mergedInto;
                    merged = merged == null ? new ArrayList<>() : merged;
                    merged.add(source);
                    continue;
                }
                if (article.copy() == NumberedArticle.Copy.FIRST) {
                    firstLabels.put(article.number(), source.label());
                }
                counts[0]++;
                if (!article.problems().isEmpty()) {
                    found = found == null ? new LinkedHashSet<>() : found;
                    found.addAll(StoredNames.problems(article.problems(), input.path(), name));
                }
                lines.line(
                        article.number(),
                        article.id(),
                        source.label(),
                        article.headline(),
                        article.published(),
                        article.related());
            }
            Problem.Kind kind = input.articles().isEmpty() ? Problem.Kind.SKIPPED : Problem.Kind.WARNING;
            counts[1] += input.articles().isEmpty() ? 1 : 0;
            for (Problem problem : found == null ? Set.<Problem>of() : found) {
                lines.problem(problem.as(kind));
            }
            if (merged != null) {
                lines.problem(LibraryBuilder.mergedProblem(merged, mergedInto));
            }
        });
        return listed ? Optional.of(new Counts(counts[0], counts[1])) : Optional.empty();
    }
}
