package dev.lede.core.library;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issue 15's experiment: does a sentence embedding (all-MiniLM-L6-v2, quantised, run in-process by ONNX
 * Runtime) tell a reworded headline from a decoy where the word matcher cannot? For every related line of
 * every evaluation set (those of {@link RelatedThresholdCurve}) it takes the word matcher's ranked match and
 * the cosine between the line and each article's headline and lede (the text the matcher reads), and
 * prints precision and recall for the words alone, the embedding alone, and combinations of the two,
 * with the wrong jumps a rule makes on lines the words alone (0.62 / 0.12) do not get wrong. A tool, not a
 * test; run as {@link RelatedThresholdCurve} is, with the same arguments. {@code -Dtsv=FILE} also writes
 * one row per line (set, truth, the words' and the embedding's picks and scores); {@code -Dmodel=CLASS}
 * measures another model ({@code -Dprefix=} before every text, {@code -Dpassage-prefix=} before the articles').
 */
final class RelatedEmbeddingCurve {

    /** One related line: the truth, the words' exact hit and ranked match, and the embedding's view. */
    record Outcome(
            String headline,
            Optional<Integer> expected,
            Optional<Integer> exact,
            Optional<HeadlineMatcher.Match> ranked,
            int cosineBest,
            double cosineTop,
            double cosineRunnerUp,
            double cosineOfWordBest) {

        Optional<Integer> words(double minScore, double minMargin) {
            return exact.isPresent()
                    ? exact
                    : ranked.filter(m -> m.best() >= minScore && m.best() - m.runnerUp() >= minMargin)
                            .map(HeadlineMatcher.Match::position);
        }

        Optional<Integer> today() {
            return words(HeadlineMatcher.MIN_SCORE, HeadlineMatcher.MIN_MARGIN);
        }
    }

    private record Set(String name, List<Outcome> outcomes) {}

    private record Texts(List<String> articles, List<String> lines, List<Optional<Integer>> expected) {}

    private static final String MINILM =
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";

    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new HashMap<>();
    private long embeddedTexts;
    private long embeddingCpuNanos;

    private RelatedEmbeddingCurve(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * The model class named, run on the calling thread (ONNX Runtime still uses its own threads); by name so
     * another model (e5-small-v2, with its own langchain4j version on the classpath) can be measured too.
     */
    private static EmbeddingModel model(String className) {
        try {
            return (EmbeddingModel) Class.forName(className)
                    .getConstructor(java.util.concurrent.Executor.class)
                    .newInstance((java.util.concurrent.Executor) Runnable::run);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no embedding model " + className, e);
        }
    }

    public static void main(String[] args) throws IOException {
        long cpu0 = processCpu();
        long wall0 = System.nanoTime();
        long rss0 = rssKb();
        EmbeddingModel model = model(System.getProperty("model", MINILM));
        model.embed("warm up"); // the session and the tokenizer are built on first use
        System.out.printf(
                "model loaded: %d ms wall, %d ms CPU, RSS +%d MB%n",
                (System.nanoTime() - wall0) / 1_000_000, (processCpu() - cpu0) / 1_000_000, (rssKb() - rss0) / 1024);
        RelatedEmbeddingCurve curve = new RelatedEmbeddingCurve(model);
        List<Set> sets = new ArrayList<>();
        sets.add(curve.set("fresh", pairs(Paths.get("src/test/resources/related/fresh/pairs.txt"))));
        sets.add(curve.set("hand", pairs(Paths.get("src/test/resources/fixtures/related/pairs.txt"))));
        sets.add(curve.set("samples", samples()));
        if (args.length == 3) {
            List<Article> articles = new ArrayList<>();
            for (String row : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
                String file = row.split("\t")[0];
                articles.add(RelatedResolutionQualityTest.corpusArticle(
                        Paths.get(args[0]).resolve(file), file));
            }
            List<List<Integer>> truth = RelatedResolutionQualityTest.readTruth(Paths.get(args[2]));
            sets.add(curve.set("mk-all", corpus(articles, truth, 1)));
            sets.add(curve.set("mk-half", corpus(articles, truth, 2)));
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "embedded %d texts, %.2f ms CPU each (process CPU, ONNX Runtime's threads included); heap in use"
                        + " %d MB, RSS %d MB%n",
                curve.embeddedTexts,
                curve.embeddingCpuNanos / 1e6 / Math.max(1, curve.embeddedTexts),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                rssKb() / 1024);
        String tsv = System.getProperty("tsv");
        if (tsv != null) {
            writeTsv(Paths.get(tsv), sets);
        }
        printCurves(sets);
    }

    /** The rules compared; each named so its row explains itself. */
    private static void printCurves(List<Set> sets) {
        header("words alone (score, margin 0.12)", sets);
        for (double s = 0.40; s <= 0.801; s += 0.04) {
            double score = s;
            row(String.format("%.2f", s), sets, o -> o.words(score, HeadlineMatcher.MIN_MARGIN));
        }
        header("embedding alone: best article by cosine (cosine, margin over runner-up)", sets);
        for (double c = 0.50; c <= 0.951; c += 0.05) {
            for (double d : new double[] {0.0, 0.05, 0.10, 0.20}) {
                double least = c;
                double margin = d;
                row(
                        String.format("%.2f %.2f", c, d),
                        sets,
                        o -> o.exact()
                                .or(() -> o.cosineBest() >= 0
                                                && o.cosineTop() >= least
                                                && o.cosineTop() - o.cosineRunnerUp() >= margin
                                        ? Optional.of(o.cosineBest())
                                        : Optional.empty()));
            }
        }
        header("veto: the words' jump kept only when cosine(line, its article) >= v", sets);
        for (double v = 0.30; v <= 0.851; v += 0.05) {
            double least = v;
            row(
                    String.format("%.2f", v),
                    sets,
                    o -> o.exact().or(() -> o.today().filter(p -> o.cosineOfWordBest() >= least)));
        }
        header("agree: the words' jump kept only when the embedding's best article is the same one", sets);
        row("-", sets, o -> o.exact().or(() -> o.today().filter(p -> p == o.cosineBest())));
        header(
                "doubt: words as today, plus a line the words rank under 0.62 with no runner-up (score s+) accepted"
                        + " when its best article is also the embedding's best at cosine >= c",
                sets);
        for (double s : new double[] {0.30, 0.40, 0.50}) {
            for (double c = 0.50; c <= 0.901; c += 0.05) {
                double floor = s;
                double least = c;
                row(
                        String.format("%.2f %.2f", s, c),
                        sets,
                        o -> o.today()
                                .or(() -> o.ranked()
                                        .filter(m -> m.best() >= floor
                                                && m.runnerUp() == 0
                                                && m.position() == o.cosineBest()
                                                && o.cosineTop() >= least)
                                        .map(HeadlineMatcher.Match::position)));
            }
        }
        header("both: doubt (score 0.40, cosine c) and agree", sets);
        for (double c = 0.50; c <= 0.901; c += 0.05) {
            double least = c;
            row(
                    String.format("%.2f", c),
                    sets,
                    o -> o.exact()
                            .or(() -> o.today()
                                    .filter(p -> p == o.cosineBest())
                                    .or(() -> o.ranked()
                                            .filter(m -> m.best() >= 0.40
                                                    && m.runnerUp() == 0
                                                    && m.position() == o.cosineBest()
                                                    && o.cosineTop() >= least)
                                            .map(HeadlineMatcher.Match::position))));
        }
    }

    private static void header(String title, List<Set> sets) {
        StringBuilder line = new StringBuilder("\n" + title + "\n          ");
        sets.forEach(s -> line.append(String.format(" | %-26s", s.name() + " P/R (wrong, new)")));
        System.out.println(line);
    }

    private static void row(String label, List<Set> sets, Function<Outcome, Optional<Integer>> rule) {
        StringBuilder line = new StringBuilder(String.format("%-10s", label));
        for (Set set : sets) {
            int right = 0;
            int wrong = 0;
            int fresh = 0;
            int missed = 0;
            for (Outcome o : set.outcomes()) {
                Optional<Integer> hit = rule.apply(o);
                if (hit.isPresent() && hit.equals(o.expected())) {
                    right++;
                } else if (hit.isPresent()) {
                    wrong++;
                    Optional<Integer> before = o.today();
                    fresh += before.isPresent() && !before.equals(o.expected()) ? 0 : 1;
                } else if (o.expected().isPresent()) {
                    missed++;
                }
            }
            double precision = right + wrong == 0 ? 1 : (double) right / (right + wrong);
            double recall = right + missed == 0 ? 1 : (double) right / (right + missed);
            line.append(String.format(" | %.3f/%.3f (%4d, %4d)   ", precision, recall, wrong, fresh));
        }
        System.out.println(line);
    }

    private Set set(String name, Texts texts) {
        HeadlineMatcher matcher = new HeadlineMatcher();
        List<String> articleTexts = new ArrayList<>();
        for (int i = 0; i < texts.articles().size(); i += 2) {
            String headline = texts.articles().get(i);
            String lede = texts.articles().get(i + 1);
            matcher.add(i / 2, headline, lede);
            articleTexts.add(lede.startsWith(headline) ? lede : headline + "\n" + lede);
        }
        int size = articleTexts.size();
        float[][] articles =
                embed(articleTexts, System.getProperty("passage-prefix", System.getProperty("prefix", "")));
        float[][] lines = embed(texts.lines(), System.getProperty("prefix", ""));
        List<Outcome> outcomes = new ArrayList<>();
        for (int l = 0; l < lines.length; l++) {
            String headline = texts.lines().get(l);
            Optional<HeadlineMatcher.Match> ranked = matcher.rank(headline, size);
            int best = -1;
            double top = -1;
            double runnerUp = -1;
            for (int a = 0; a < size; a++) {
                double cosine = dot(lines[l], articles[a]);
                if (cosine > top) {
                    runnerUp = top;
                    top = cosine;
                    best = a;
                } else if (cosine > runnerUp) {
                    runnerUp = cosine;
                }
            }
            float[] line = lines[l];
            double ofWordBest =
                    ranked.map(m -> dot(line, articles[m.position()])).orElse(-1.0);
            outcomes.add(new Outcome(
                    headline,
                    texts.expected().get(l),
                    matcher.exact(headline, size),
                    ranked,
                    best,
                    top,
                    runnerUp,
                    ofWordBest));
        }
        System.out.printf("set %s: %d articles, %d lines%n", name, size, outcomes.size());
        return new Set(name, outcomes);
    }

    /** Unit vectors of the texts, each text embedded once across every set. */
    private float[][] embed(List<String> texts, String prefix) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
        missing.removeIf(t -> cache.containsKey(prefix + t));
        long cpu0 = processCpu();
        for (int from = 0; from < missing.size(); from += 64) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + 64));
            var vectors = model.embedAll(batch.stream()
                            .map(t -> TextSegment.from(prefix + t))
                            .toList())
                    .content();
            for (int i = 0; i < batch.size(); i++) {
                cache.put(prefix + batch.get(i), unit(vectors.get(i).vector()));
            }
        }
        embeddingCpuNanos += processCpu() - cpu0;
        embeddedTexts += missing.size();
        return texts.stream().map(t -> cache.get(prefix + t)).toArray(float[][]::new);
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / norm);
        }
        return u;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Articles as headline, lede, headline, lede, …; lines with their expected article. */
    private static Texts pairs(Path file) throws IOException {
        HandWrittenPairs pairs = HandWrittenPairs.read(file);
        return entries(
                pairs.library(),
                pairs.cases().stream()
                        .map(c -> Map.entry(c.headline(), c.expected()))
                        .toList());
    }

    private static Texts samples() throws IOException {
        Library library = RelatedResolutionQualityTest.samplesLibrary(Paths.get("feeds"));
        Map<String, Integer> positionOf = new HashMap<>();
        library.entries().forEach(e -> positionOf.put(e.source().name(), e.position()));
        List<Map.Entry<String, Optional<Integer>>> lines = new ArrayList<>();
        for (String row : Files.readAllLines(
                Paths.get("src/test/resources/fixtures/samples-related.tsv"), StandardCharsets.UTF_8)) {
            if (!row.isBlank()) {
                String[] cells = row.split("\t");
                lines.add(Map.entry(
                        cells[1], cells[2].equals("-") ? Optional.empty() : Optional.of(positionOf.get(cells[2]))));
            }
        }
        return entries(library, lines);
    }

    private static Texts entries(Library library, List<Map.Entry<String, Optional<Integer>>> lines) {
        List<String> articles = new ArrayList<>();
        for (LibraryEntry entry : library.entries()) {
            articles.add(entry.headline());
            articles.add(entry.lede() == null ? "" : entry.lede());
        }
        return new Texts(
                articles,
                lines.stream().map(Map.Entry::getKey).toList(),
                lines.stream().map(Map.Entry::getValue).toList());
    }

    /** The corpus with every {@code step}-th article loaded (2: odd articles, half the targets, absent). */
    private static Texts corpus(List<Article> all, List<List<Integer>> truth, int step) {
        int[] positionOf = new int[all.size()];
        java.util.Arrays.fill(positionOf, -1);
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            positionOf[i] = articles.size() / 2;
            articles.add(all.get(i).headline());
            articles.add(RelatedThresholdCurve.lede(all.get(i)));
        }
        List<String> lines = new ArrayList<>();
        List<Optional<Integer>> expected = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            List<RelatedHeadline> related = all.get(i).related();
            for (int r = 0; r < related.size(); r++) {
                int target = positionOf[truth.get(i).get(r)];
                lines.add(related.get(r).headline());
                expected.add(target < 0 ? Optional.empty() : Optional.of(target));
            }
        }
        return new Texts(articles, lines, expected);
    }

    private static void writeTsv(Path file, List<Set> sets) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("set\texpected\texact\tword_pos\tword_best\tword_runner\tcos_pos\tcos_top\tcos_runner"
                    + "\tcos_of_word\theadline");
            for (Set set : sets) {
                for (Outcome o : set.outcomes()) {
                    out.printf(
                            "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t%s%n",
                            set.name(),
                            o.expected().orElse(-1),
                            o.exact().orElse(-1),
                            o.ranked().map(HeadlineMatcher.Match::position).orElse(-1),
                            o.ranked().map(HeadlineMatcher.Match::best).orElse(0.0),
                            o.ranked().map(HeadlineMatcher.Match::runnerUp).orElse(0.0),
                            o.cosineBest(),
                            o.cosineTop(),
                            o.cosineRunnerUp(),
                            o.cosineOfWordBest(),
                            o.headline());
                }
            }
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
