package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related-headline resolution on a second generated corpus (fixtures/related/habits_corpus.py, written without
 * looking at the matcher): outlets with fixed rewording habits and decoys about the same people's other events.
 * Prints precision and recall for each line resolved alone and for the library worked out together, with the
 * wrong jumps and the misses grouped by outlet, kind of event and angle. {@code -Dhabits.seeds=1,2,3} measures
 * other seeds (the floor is checked on seed 1 only).
 */
class HabitsCorpusTest {

    private static final Path GENERATOR = Paths.get("src/test/resources/fixtures/related/habits_corpus.py");

    // A regression guard, a little under the precision measured on seed 1 when the test was written (0.9953, one
    // wrong jump of 214; recall 0.217); it is not a goal (the goal is 0.998).
    // Resolver version 16: 0.9961 (one wrong jump of 254; recall 0.258), the floor raised to just under it.
    private static final double PRECISION_FLOOR = 0.995;

    @Test
    void habitsCorpusResolves(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                RelatedResolutionQualityTest.hasPython(),
                "python3 is not installed: the habits corpus cannot be generated");
        for (String seed : System.getProperty("habits.seeds", "1").split(",")) {
            Corpus corpus = Corpus.generate(dir.resolve("seed" + seed), seed.strip());
            assertTrue(
                    corpus.ownHeadlinesResolve(), "an article's own headline does not resolve to it: loading is wrong");
            Outcome alone = corpus.resolve(LibraryBuilder::finish);
            Outcome together = corpus.resolve(b -> b.finish().withRelatedWorkedOut());
            System.out.printf("habits corpus --n 300 --seed %s, each line alone: %s%n", seed, alone.summary());
            System.out.printf("habits corpus --n 300 --seed %s, worked out together: %s%n", seed, together.summary());
            if (seed.strip().equals("1")) {
                assertTrue(
                        together.score.precision() >= PRECISION_FLOOR,
                        "precision " + together.score.precision() + " below " + PRECISION_FLOOR);
            }
        }
    }

    /** A generated corpus: its articles, the article each related line names (-1: none) and each line's label. */
    private record Corpus(List<Article> articles, List<List<Integer>> truth, Map<String, String> labels) {

        static Corpus generate(Path dir, String seed) throws IOException, InterruptedException {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(
                            "python3",
                            GENERATOR.toString(),
                            "--n",
                            "300",
                            "--seed",
                            seed,
                            "--out",
                            dir.resolve("corpus").toString(),
                            "--manifest",
                            dir.resolve("manifest.tsv").toString(),
                            "--truth",
                            dir.resolve("truth.tsv").toString(),
                            "--labels",
                            dir.resolve("labels.tsv").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, "habits_corpus.py failed");
            List<Article> articles = new ArrayList<>();
            for (String row : Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
                String file = row.split("\t")[0];
                articles.add(RelatedResolutionQualityTest.corpusArticle(
                        dir.resolve("corpus").resolve(file), file));
            }
            Map<String, String> labels = new TreeMap<>();
            for (String row : Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
                String[] cells = row.split("\t");
                labels.put(
                        cells[0] + ":" + cells[1], cells[2] + " / " + cells[3] + " / " + cells[4] + " / " + cells[5]);
            }
            return new Corpus(articles, RelatedResolutionQualityTest.readTruth(dir.resolve("truth.tsv")), labels);
        }

        /** The control: each article's own headline, asked of the library, names that article. */
        boolean ownHeadlinesResolve() {
            LibraryBuilder builder = new LibraryBuilder();
            articles.forEach(builder::add);
            Library library = builder.finish();
            for (int i = 0; i < articles.size(); i++) {
                Optional<LibraryEntry> hit = library.match(articles.get(i).headline());
                if (hit.isEmpty() || hit.get().position() != i) {
                    return false;
                }
            }
            return true;
        }

        Outcome resolve(Function<LibraryBuilder, Library> finish) {
            LibraryBuilder builder = new LibraryBuilder();
            articles.forEach(builder::add);
            Library library = finish.apply(builder);
            Outcome outcome = new Outcome();
            for (int i = 0; i < articles.size(); i++) {
                List<RelatedHeadline> related = articles.get(i).related();
                for (int r = 0; r < related.size(); r++) {
                    int target = truth.get(i).get(r);
                    Optional<Integer> expected = target < 0 ? Optional.empty() : Optional.of(target);
                    String line = related.get(r).headline();
                    Optional<LibraryEntry> hit = library.match(line);
                    outcome.score.count(line, expected, hit.map(LibraryEntry::position));
                    String label = labels.get(i + ":" + r);
                    if (hit.isPresent() && !Optional.of(hit.get().position()).equals(expected)) {
                        outcome.wrong.add(
                                "[" + label + "] " + line + " => " + hit.get().headline());
                    } else if (hit.isEmpty() && expected.isPresent()) {
                        outcome.missed.merge(label, 1, Integer::sum);
                        outcome.missedLines.add("[" + label + "] " + line + " (for: "
                                + articles.get(target).headline() + ")");
                    }
                }
            }
            return outcome;
        }
    }

    /** A score with its wrong jumps and its misses grouped by outlet / kind / angle / line type. */
    private static final class Outcome {
        final RelatedResolutionQualityTest.Score score = new RelatedResolutionQualityTest.Score();
        final List<String> wrong = new ArrayList<>();
        final Map<String, Integer> missed = new TreeMap<>();
        final List<String> missedLines = new ArrayList<>();

        String summary() {
            StringBuilder out = new StringBuilder(String.format(
                    "precision %.4f, recall %.4f (%d right, %d wrong, %d missed, %d decoys left unresolved)",
                    score.precision(),
                    score.recall(),
                    score.correct,
                    score.wrong,
                    score.missed,
                    score.absentCorrectlyUnresolved));
            wrong.forEach(w -> out.append("\n  WRONG ").append(w));
            missed.forEach(
                    (k, v) -> out.append("\n  missed ").append(v).append(" x ").append(k));
            missedLines.forEach(m -> out.append("\n  MISSED ").append(m));
            return out.toString();
        }
    }
}
