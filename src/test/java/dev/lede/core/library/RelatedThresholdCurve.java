package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
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

/**
 * Prints the related-headline matcher's precision and recall on every evaluation set for a grid of
 * {@link HeadlineMatcher#MIN_SCORE} and {@link HeadlineMatcher#MIN_MARGIN} values, so thresholds are
 * chosen on the curve over all sets rather than on single lines of one. A tool, not a test: run from the
 * repository root with the test classpath,
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath)
 * dev.lede.core.library.RelatedThresholdCurve CORPUS_DIR MANIFEST TRUTH} (a corpus made by
 * src/test/resources/fixtures/related/mkcorpus_truth.py; without the arguments the corpus is left out).
 * {@code -Ddump=SET} (or {@code all}) first lists the lines a set gets wrong or misses at the thresholds in use;
 * {@code -Dcase=title} asks every related line in title case ({@link TitleCased}), as American sites write them,
 * {@code -Dcase=lower} in lower case, {@code -Dcase=source} with a source's name after it, {@code -Dcase=note}
 * with a note in brackets after it, {@code -Dcase=label} after a label ("Read more:"). Each set's lines teach the
 * wording a library of them would learn ({@link LearnedWording}), which the second pass uses as the library's does;
 * {@code -Dlearned=off} leaves it out, {@code -Dpairs} prints what each set taught. {@code -Dmkrewrites=DIR} adds
 * the mkrewrites set over the articles {@code mkcorpus.py --n 300 --seed 23 --out DIR} writes, {@code
 * -Dmkrewrites2=DIR} the mkrewrites2 set over those of {@code --seed 41}, {@code -Dmkrewrites3=DIR} mkrewrites3 over
 * those of {@code --seed 59}.
 */
final class RelatedThresholdCurve {

    /**
     * One related line: the exact hit, the ranked match (thresholds not applied), the same with the wording its set
     * teaches ({@link LearnedWording}, the second pass), and the truth.
     */
    private record Outcome(
            String headline,
            Optional<Integer> exact,
            Optional<HeadlineMatcher.Match> ranked,
            Optional<HeadlineMatcher.Match> rankedLearned,
            Optional<Integer> expected) {

        Optional<Integer> resolved(double minScore, double minMargin) {
            if (exact.isPresent()) {
                return exact;
            }
            return sure(ranked, minScore, minMargin).or(() -> sure(rankedLearned, minScore, minMargin));
        }

        private static Optional<Integer> sure(
                Optional<HeadlineMatcher.Match> match, double minScore, double minMargin) {
            return match.filter(m -> m.best() >= minScore && m.best() - m.runnerUp() >= minMargin && m.agrees())
                    .map(HeadlineMatcher.Match::position);
        }
    }

    private record Set(String name, List<Outcome> outcomes) {

        int[] counts(double minScore, double minMargin) {
            int right = 0;
            int wrong = 0;
            int missed = 0;
            for (Outcome o : outcomes) {
                Optional<Integer> hit = o.resolved(minScore, minMargin);
                if (hit.isPresent() && hit.equals(o.expected())) {
                    right++;
                } else if (hit.isPresent()) {
                    wrong++;
                } else if (o.expected().isPresent()) {
                    missed++;
                }
            }
            return new int[] {right, wrong, missed};
        }
    }

    private RelatedThresholdCurve() {}

    public static void main(String[] args) throws IOException {
        List<Set> sets = new ArrayList<>();
        sets.add(pairs("fresh", Paths.get("src/test/resources/related/fresh/pairs.txt")));
        sets.add(pairs("fresh2", Paths.get("src/test/resources/related/fresh2/pairs.txt")));
        sets.add(pairs("fresh3", Paths.get("src/test/resources/related/fresh3/pairs.txt")));
        sets.add(pairs("fresh4", Paths.get("src/test/resources/related/fresh4/pairs.txt")));
        sets.add(pairs("fresh5", Paths.get("src/test/resources/related/fresh5/pairs.txt")));
        sets.add(pairs("fresh6", Paths.get("src/test/resources/related/fresh6/pairs.txt")));
        sets.add(pairs("hand", Paths.get("src/test/resources/fixtures/related/pairs.txt")));
        sets.add(samples());
        if (args.length == 3) {
            List<Article> articles = new ArrayList<>();
            for (String row : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
                String file = row.split("\t")[0];
                articles.add(RelatedResolutionQualityTest.corpusArticle(
                        Paths.get(args[0]).resolve(file), file));
            }
            List<List<Integer>> truth = RelatedResolutionQualityTest.readTruth(Paths.get(args[2]));
            sets.add(corpus("mk-all", articles, truth, 1));
            sets.add(corpus("mk-half", articles, truth, 2));
        }
        String mkrewrites = System.getProperty("mkrewrites");
        if (mkrewrites != null) {
            sets.add(mkrewrites("mkrew", Paths.get(mkrewrites), MkRewritesSetTest.SET));
        }
        String mkrewrites2 = System.getProperty("mkrewrites2");
        if (mkrewrites2 != null) {
            sets.add(mkrewrites("mkrew2", Paths.get(mkrewrites2), MkRewritesSetTest.SECOND_SET));
        }
        String mkrewrites3 = System.getProperty("mkrewrites3");
        if (mkrewrites3 != null) {
            sets.add(mkrewrites("mkrew3", Paths.get(mkrewrites3), MkRewritesSetTest.THIRD_SET));
        }
        String dump = System.getProperty("dump");
        for (Set set : sets) {
            if (set.name().equals(dump) || "all".equals(dump)) {
                for (Outcome o : set.outcomes()) {
                    Optional<Integer> hit = o.resolved(HeadlineMatcher.MIN_SCORE, HeadlineMatcher.MIN_MARGIN);
                    if (!hit.equals(o.expected())) {
                        System.out.printf(
                                "%s %s %s %s expected %s%n",
                                set.name(),
                                hit.isPresent() ? "WRONG " : "MISSED",
                                o.ranked()
                                        .map(m -> String.format("%d %.3f/%.3f", m.position(), m.best(), m.runnerUp()))
                                        .orElse("-"),
                                o.headline(),
                                o.expected());
                    }
                }
            }
        }
        StringBuilder header = new StringBuilder("score margin");
        sets.forEach(s -> header.append(String.format(" | %-22s", s.name() + " P/R (wrong)")));
        System.out.println(header);
        for (double minScore = 0.40; minScore <= 0.801; minScore += 0.02) {
            for (double minMargin : new double[] {0.04, 0.12, 0.20}) {
                StringBuilder line = new StringBuilder(String.format("%.2f  %.2f  ", minScore, minMargin));
                for (Set set : sets) {
                    int[] c = set.counts(minScore, minMargin);
                    double precision = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
                    double recall = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
                    line.append(String.format(" | %.3f/%.3f (%4d)     ", precision, recall, c[1]));
                }
                System.out.println(line);
            }
        }
    }

    private static Set pairs(String name, Path file) throws IOException {
        HandWrittenPairs pairs = HandWrittenPairs.read(file);
        Library library = pairs.library();
        HeadlineMatcher matcher = matcherOf(library);
        LearnedWording learned = learned(
                matcher,
                pairs.cases().stream().map(HandWrittenPairs.Case::headline).toList(),
                library.size());
        List<Outcome> outcomes = new ArrayList<>();
        for (HandWrittenPairs.Case c : pairs.cases()) {
            outcomes.add(outcome(matcher, library.size(), c.headline(), c.expected(), learned));
        }
        return new Set(name, outcomes);
    }

    private static Set samples() throws IOException {
        Library library = RelatedResolutionQualityTest.samplesLibrary(Paths.get("feeds"));
        Map<String, Integer> positionOf = new HashMap<>();
        library.entries().forEach(e -> positionOf.put(e.source().name(), e.position()));
        HeadlineMatcher matcher = matcherOf(library);
        List<String> rows = Files.readAllLines(
                        Paths.get("src/test/resources/fixtures/samples-related.tsv"), StandardCharsets.UTF_8)
                .stream()
                .filter(row -> !row.isBlank())
                .toList();
        LearnedWording learned =
                learned(matcher, rows.stream().map(row -> row.split("\t")[1]).toList(), library.size());
        List<Outcome> outcomes = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\t");
            Optional<Integer> expected =
                    cells[2].equals("-") ? Optional.empty() : Optional.of(positionOf.get(cells[2]));
            outcomes.add(outcome(matcher, library.size(), cells[1], expected, learned));
        }
        return new Set("samples", outcomes);
    }

    /** The corpus with every {@code step}-th article loaded (2: odd articles, half the targets, absent). */
    private static Set corpus(String name, List<Article> articles, List<List<Integer>> truth, int step) {
        HeadlineMatcher matcher = new HeadlineMatcher();
        int[] positionOf = new int[articles.size()];
        java.util.Arrays.fill(positionOf, -1);
        int size = 0;
        for (int i = 0; i < articles.size(); i += step) {
            Article article = articles.get(i);
            positionOf[i] = size;
            matcher.add(size++, article.headline(), lede(article));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += step) {
            articles.get(i).related().forEach(related -> lines.add(related.headline()));
        }
        LearnedWording learned = learned(matcher, lines, size);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += step) {
            List<RelatedHeadline> related = articles.get(i).related();
            for (int r = 0; r < related.size(); r++) {
                int target = positionOf[truth.get(i).get(r)];
                Optional<Integer> expected = target < 0 ? Optional.empty() : Optional.of(target);
                outcomes.add(outcome(matcher, size, related.get(r).headline(), expected, learned));
            }
        }
        return new Set(name, outcomes);
    }

    /**
     * A set of rewrites of generated articles over those articles (the files {@code mkcorpus.py} wrote into
     * {@code dir}), every line asked as {@link MkRewritesSetTest} asks them.
     */
    private static Set mkrewrites(String name, Path dir, Path set) throws IOException {
        HeadlineMatcher matcher = new HeadlineMatcher();
        Map<String, Integer> positionOf = new HashMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                Article article = RelatedResolutionQualityTest.corpusArticle(file, fileName);
                positionOf.put(fileName, positionOf.size());
                matcher.add(positionOf.get(fileName), article.headline(), lede(article));
            }
        }
        List<MkRewritesSetTest.Line> lines = MkRewritesSetTest.readSet(set);
        LearnedWording learned = learned(
                matcher, lines.stream().map(MkRewritesSetTest.Line::headline).toList(), positionOf.size());
        List<Outcome> outcomes = new ArrayList<>();
        for (MkRewritesSetTest.Line line : lines) {
            Optional<Integer> expected = line.decoy() ? Optional.empty() : Optional.of(positionOf.get(line.target()));
            outcomes.add(outcome(matcher, positionOf.size(), line.headline(), expected, learned));
        }
        return new Set(name, outcomes);
    }

    /** The lede as the library builder takes it: the first paragraph after the headline. */
    private static String lede(Article article) {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(article);
        return builder.finish().entries().get(0).lede();
    }

    private static HeadlineMatcher matcherOf(Library library) {
        HeadlineMatcher matcher = new HeadlineMatcher();
        for (LibraryEntry entry : library.entries()) {
            matcher.add(entry.position(), entry.headline(), entry.lede());
        }
        return matcher;
    }

    /** The wording a set's lines teach, as a library learns its own; none with {@code -Dlearned=off}. */
    private static LearnedWording learned(HeadlineMatcher matcher, List<String> lines, int limit) {
        if ("off".equals(System.getProperty("learned"))) {
            return LearnedWording.NONE;
        }
        LearnedWording learned =
                matcher.learn(lines.stream().map(RelatedThresholdCurve::styled).toList(), limit);
        if (System.getProperty("pairs") != null) {
            System.out.println("learned: " + learned.pairs(matcher.terms()));
        }
        return learned;
    }

    private static Outcome outcome(
            HeadlineMatcher matcher, int limit, String written, Optional<Integer> expected, LearnedWording learned) {
        String headline = styled(written);
        return new Outcome(
                headline,
                matcher.exact(headline, limit),
                matcher.rank(headline, limit),
                learned.isEmpty() ? Optional.empty() : matcher.rank(headline, limit, learned),
                expected);
    }

    private static String styled(String written) {
        String headline = switch (System.getProperty("case", "")) {
            case "title" -> TitleCased.of(written);
            case "lower" -> written.toLowerCase(java.util.Locale.ROOT);
            case "source" -> written + " - Harwick Gazette";
            case "note" -> written + " (PHOTOS)";
            case "label" -> "Read more: " + written;
            default -> written;
        };
        return headline;
    }
}
