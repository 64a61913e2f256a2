package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures related-headline resolution on the sets the matcher was developed on (kept as regression
 * tests): precision (no jump to a wrong article, and none for a headline whose article is not loaded)
 * must be 1.0 on the hand-written pairs and the samples, at least 0.998 on the synthesised corpus, and
 * recall at least 0.9 (0.89 on the hand-written pairs since resolver version 15). Figures are printed. The fresh set is {@link FreshRelatedSetTest}.
 */
class RelatedResolutionQualityTest {

    private static final Path FIXTURES = Paths.get("src/test/resources/fixtures/related");

    @Test
    void handWrittenRewritesResolveAndDecoysDoNot() throws IOException {
        HandWrittenPairs pairs = HandWrittenPairs.read(FIXTURES.resolve("pairs.txt"));
        Score score = pairs.score();
        System.out.printf(
                "related resolution, hand-written (%d articles, %d rewrites, %d decoys): %s%n",
                pairs.ledes().size(), pairs.rewrites(), pairs.cases().size() - pairs.rewrites(), score);
        assertTrue(pairs.rewrites() >= 30, "at least 30 hand-written pairs");
        assertEquals(0, score.wrong, "wrong jumps: " + score.examples);
        // 0.914 (53 of 58) until resolver version 15, whose higher least score keeps out 27 decoys of the other sets
        // and loses one of these ("back on stage … after hand injury"): 0.897, precision first.
        assertTrue(score.recall() >= 0.89, "recall " + score.recall() + " below 0.89: " + score.examples);
    }

    @Test
    void bundledSampleRelatedLinesResolveToTheirArticles() throws IOException {
        Path feeds = Paths.get("").toAbsolutePath().resolve("feeds");
        Assumptions.assumeTrue(Files.isDirectory(feeds), "no feeds/ directory at " + feeds);
        Library library = samplesLibrary(feeds);
        Map<String, Integer> positionOf = new HashMap<>();
        library.entries().forEach(e -> positionOf.put(e.source().name(), e.position()));
        Score score = new Score();
        for (String row : Files.readAllLines(
                Paths.get("src/test/resources/fixtures/samples-related.tsv"), StandardCharsets.UTF_8)) {
            if (row.isBlank()) {
                continue;
            }
            String[] cells = row.split("\t");
            Optional<Integer> expected =
                    cells[2].equals("-") ? Optional.empty() : Optional.of(positionOf.get(cells[2]));
            Optional<LibraryEntry> hit = library.match(cells[1]);
            score.count(
                    "[" + cells[3] + "] " + cells[1]
                            + hit.map(e -> " => " + e.headline()).orElse(""),
                    expected,
                    hit.map(LibraryEntry::position));
        }
        System.out.printf("related resolution, bundled samples (%d articles): %s%n", library.size(), score);
        assertEquals(positionOf.size(), library.size(), "every sample parsed to one article");
        score.assertGoals();
    }

    @Test
    void synthesisedCorpusResolvesWithFullPrecision(@TempDir Path dir) throws Exception {
        Path tools = shared().resolve("tools");
        Assumptions.assumeTrue(Files.isRegularFile(tools.resolve("mkcorpus.py")), "no mkcorpus.py under " + tools);
        Assumptions.assumeTrue(hasPython(), "python3 is not installed");
        Path truthFile = dir.resolve("truth.tsv");
        Process process = new ProcessBuilder(
                        "python3",
                        FIXTURES.resolve("mkcorpus_truth.py").toString(),
                        tools.toString(),
                        truthFile.toString(),
                        "--n",
                        "2000",
                        "--out",
                        dir.resolve("corpus").toString(),
                        "--manifest",
                        dir.resolve("manifest.tsv").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, "mkcorpus.py failed");
        List<String> manifest = Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        List<List<Integer>> truth = readTruth(truthFile);
        List<Article> articles = new ArrayList<>();
        for (String row : manifest) {
            String file = row.split("\t")[0];
            articles.add(corpusArticle(dir.resolve("corpus").resolve(file), file));
        }

        Score all = evaluate(articles, truth, i -> true);
        Score half = evaluate(articles, truth, i -> i % 2 == 0);
        System.out.printf("related resolution, mkcorpus --n 2000, all loaded: %s%n", all);
        System.out.printf("related resolution, mkcorpus --n 2000, even files loaded (odd targets absent): %s%n", half);
        // A rewritten verb and a changed verb look alike to word matching ("defended" for "denied" the future
        // of the same show, when the defending article is not loaded): the floor, not zero.
        all.assertGoals(0.998);
        half.assertGoals(0.998);
        // The generator words its related headlines the same way from story to story ("to skip" where the lede
        // has "will be absent from"): once learned, nearly every line resolves (0.960 and 0.965 before).
        assertTrue(all.recall() >= 0.99 && half.recall() >= 0.99, all + " / " + half);
    }

    /** Every file of the bundled samples parsed, in name order, as one library. */
    static Library samplesLibrary(Path feeds) throws IOException {
        LibraryBuilder builder = new LibraryBuilder();
        try (var files = Files.list(feeds)) {
            for (Path file : files.sorted().toList()) {
                builder.add(new Parsers(InputFormat.AUTO)
                        .parse(Input.of(Source.of(file.getFileName().toString()), Files.readAllBytes(file))));
            }
        }
        return builder.finish();
    }

    private static Score evaluate(
            List<Article> articles, List<List<Integer>> truth, java.util.function.IntPredicate loaded) {
        LibraryBuilder builder = new LibraryBuilder();
        int[] positionOf = new int[articles.size()];
        java.util.Arrays.fill(positionOf, -1);
        for (int i = 0; i < articles.size(); i++) {
            if (loaded.test(i)) {
                positionOf[i] = builder.snapshot().size();
                builder.add(articles.get(i));
            }
        }
        // As every command and the reader resolve a complete library: its lines together, with the wording it
        // teaches about itself (LearnedWording), which this generator's recurring rewordings are.
        Library library = builder.finish().withRelatedWorkedOut();
        Score score = new Score();
        for (int i = 0; i < articles.size(); i++) {
            if (!loaded.test(i)) {
                continue;
            }
            List<RelatedHeadline> related = articles.get(i).related();
            for (int r = 0; r < related.size(); r++) {
                int target = truth.get(i).get(r);
                Optional<Integer> expected =
                        positionOf[target] < 0 ? Optional.empty() : Optional.of(positionOf[target]);
                Optional<LibraryEntry> hit = library.match(related.get(r).headline());
                score.count(
                        related.get(r).headline()
                                + hit.map(e -> " => " + e.headline()).orElse(""),
                        expected,
                        hit.map(LibraryEntry::position));
            }
        }
        return score;
    }

    /** A corpus file as the text parser reads it: line 1 the headline, trailing unpunctuated lines related. */
    static Article corpusArticle(Path file, String name) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\n"));
        int end = lines.size();
        while (end > 2 && !endsSentence(lines.get(end - 1))) {
            end--;
        }
        List<Block> body = new ArrayList<>();
        lines.subList(0, end).forEach(line -> body.add(new Block.Paragraph(line)));
        List<RelatedHeadline> related = lines.subList(end, lines.size()).stream()
                .map(line -> new RelatedHeadline(line, null))
                .toList();
        return new Article(
                ArticleId.forContent(text),
                Source.of(name),
                Format.TEXT,
                lines.get(0),
                null,
                null,
                null,
                null,
                body,
                related,
                List.of(),
                List.of());
    }

    private static boolean endsSentence(String line) {
        String s = line.strip().replaceAll("[”\"’')\\]]+$", "");
        return !s.isEmpty() && ".!?…".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    static List<List<Integer>> readTruth(Path file) throws IOException {
        List<List<Integer>> truth = new ArrayList<>();
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = row.split("\t");
            List<Integer> targets = new ArrayList<>();
            for (String t : parts[1].split(",")) {
                targets.add(Integer.parseInt(t));
            }
            truth.add(targets);
        }
        return truth;
    }

    static Path shared() {
        String property = System.getProperty("lede.shared");
        return property != null
                ? Paths.get(property)
                : Paths.get("").toAbsolutePath().resolve("../shared").normalize();
    }

    /** Whether python3 runs here: the generated corpora need it (the tests skip, saying so, without it). */
    static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Counts of right, wrong and missed resolutions. */
    static final class Score {
        int correct;
        int wrong;
        int missed;
        int absentCorrectlyUnresolved;
        final List<String> examples = new ArrayList<>();

        void count(String headline, Optional<Integer> expected, Optional<Integer> actual) {
            if (actual.isPresent() && actual.equals(expected)) {
                correct++;
            } else if (actual.isPresent()) {
                wrong++;
                note("WRONG " + headline + " -> " + actual.get() + " expected " + expected);
            } else if (expected.isPresent()) {
                missed++;
                note("MISSED " + headline);
            } else {
                absentCorrectlyUnresolved++;
            }
        }

        private void note(String line) {
            if (examples.size() < 200) {
                examples.add(line);
            }
        }

        double precision() {
            return correct + wrong == 0 ? 1.0 : (double) correct / (correct + wrong);
        }

        double recall() {
            return correct + missed == 0 ? 1.0 : (double) correct / (correct + missed);
        }

        void assertGoals() {
            assertEquals(0, wrong, "wrong jumps: " + examples);
            assertTrue(recall() >= 0.9, "recall " + recall() + " below 0.9: " + examples);
        }

        void assertGoals(double minPrecision) {
            assertTrue(
                    precision() >= minPrecision,
                    "precision " + precision() + " below " + minPrecision + ": " + examples);
            assertTrue(recall() >= 0.9, "recall " + recall() + " below 0.9: " + examples);
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.4f, recall %.4f (%d right, %d wrong, %d missed, %d absent left unresolved)%s",
                    precision(),
                    recall(),
                    correct,
                    wrong,
                    missed,
                    absentCorrectlyUnresolved,
                    examples.isEmpty() ? "" : "\n  " + String.join("\n  ", examples));
        }
    }
}
