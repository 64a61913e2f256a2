package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.library.IdKey;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.io.index.IndexScope;
import dev.lede.io.index.IndexedArticle;
import dev.lede.io.index.LibraryIndex;
import dev.lede.io.index.TargetIds;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code lede list} of an archive the library index holds unchanged, with its related headlines resolved
 * and stored: listed straight from the index's rows, in file order, each related headline's stored target
 * given as its number. No article file is read and no library is built — what is held per article is its
 * number — so listing 100,000 articles costs about what listing 10 does plus the rows' own time.
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
        Optional<UnchangedCheck.Numbering> numbering = UnchangedCheck.numbered(walk, options, index, scope);
        if (numbering.isEmpty()) {
            return Optional.empty();
        }
        Counts counts = print(scope, new StoredNames(arguments), numbering.get(), index, lines);
        index.storeHeadlineListing(scope); // once: the next listing reads it in a few steps, not row by row
        return Optional.of(counts);
    }

    private static Counts print(
            IndexScope scope, StoredNames names, UnchangedCheck.Numbering numbering, LibraryIndex index, Lines lines) {
        IdNumbers numbers = numbering.numbers();
        Map<String, String> firstLabels = new HashMap<>(); // of the ids met more than once: where each was first
        int[] skipped = {0};
        index.listTargets(scope, input -> {
            String name = names.name(input.path());
            // As the library builder reports an input: its own problems, its articles', each once; then merges.
            // Made only when there is something to hold: most inputs have no problem and no
            // copy: 330 bytes a file less, CPU of lede list on 10,000 files 958 against 981 and 951 against 1,032 ms
            // (two sets of 8 interleaved rounds; README, "Where `lede list` goes").
            Set<Problem> found = input.problems().isEmpty()
                    ? null
                    : new LinkedHashSet<>(StoredNames.problems(input.problems(), input.path(), name));
            List<Source> merged = null;
            String mergedInto = null;
            List<IndexedArticle> articles = input.articles();
            for (int i = 0; i < articles.size(); i++) {
                IndexedArticle article = articles.get(i);
                Source source = new Source(name, article.item());
                String id = article.id().value();
                if (numbering.repeated().contains(id)) {
                    String first = firstLabels.putIfAbsent(id, source.label());
                    if (first != null) {
                        mergedInto = mergedInto == null ? first : mergedInto;
                        merged = merged == null ? new ArrayList<>() : merged;
                        merged.add(source);
                        continue;
                    }
                }
                if (!article.problems().isEmpty()) {
                    found = found == null ? new LinkedHashSet<>() : found;
                    found.addAll(StoredNames.problems(article.problems(), input.path(), name));
                }
                lines.line(
                        numbers.get(id),
                        article.id(),
                        source.label(),
                        article.headline(),
                        article.published(),
                        related(article.targets(), numbers));
            }
            Problem.Kind kind = input.articles().isEmpty() ? Problem.Kind.SKIPPED : Problem.Kind.WARNING;
            skipped[0] += input.articles().isEmpty() ? 1 : 0;
            for (Problem problem : found == null ? Set.<Problem>of() : found) {
                lines.problem(problem.as(kind));
            }
            if (merged != null) {
                lines.problem(LibraryBuilder.mergedProblem(merged, mergedInto));
            }
        });
        return new Counts(numbers.size(), skipped[0]);
    }

    /**
     * The numbers of the stored targets, in order; unresolved ones (and none stored) left out. Those read
     * from the stored listing ({@code TargetIds}) are numbered by their keys, without an id's string:
     * {@code lede list} of 10,000 unchanged files 5 young collections against 4, CPU no worse (977 against
     * 979 ms and 1,203 against 1,077 ms in two sets of 6 and 8 interleaved rounds; README, "Where
     * `lede list` goes").
     */
    private static int[] related(List<ArticleId> targets, IdNumbers numbers) {
        if (targets == null) {
            return new int[0];
        }
        int[] out = new int[targets.size()];
        int count = 0;
        TargetIds keyed = targets instanceof TargetIds ids ? ids : null;
        for (int i = 0; i < out.length; i++) {
            long key = keyed == null ? IdKey.NONE : keyed.key(i);
            int number;
            if (key == 0) {
                number = 0;
            } else if (key != IdKey.NONE) {
                number = numbers.get(key);
            } else {
                ArticleId target = targets.get(i);
                number = target == null ? 0 : numbers.get(target.value());
            }
            if (number > 0) {
                out[count++] = number;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }
}
