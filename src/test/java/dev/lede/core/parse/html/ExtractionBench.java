package dev.lede.core.parse.html;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs the HTML parser over the Readability corpus and measures it: headline and byline agreement
 * with expected-metadata.json, and body token 4-gram F1 against body-truth.json. Also writes the
 * predictions in the JSON that score_aeb.py reads. Used by {@code bench/extraction.sh} and by
 * {@link HtmlExtractionQualityIT}.
 */
final class ExtractionBench {

    static final String PAGE_URL = "http://fakehost/test/page.html";

    record Figures(
            int pages,
            int titlesRight,
            int titled,
            int bylinesRight,
            int bylined,
            double f1,
            double precision,
            double recall,
            List<String> misses) {

        double titleShare() {
            return titled == 0 ? 0 : (double) titlesRight / titled;
        }

        double bylineShare() {
            return bylined == 0 ? 0 : (double) bylinesRight / bylined;
        }

        String summary() {
            return String.format(
                    java.util.Locale.ROOT,
                    "pages %d | headline %d/%d = %.1f %% | byline %d/%d = %.1f %% | body F1 %.3f (P %.3f, R %.3f)",
                    pages,
                    titlesRight,
                    titled,
                    100 * titleShare(),
                    bylinesRight,
                    bylined,
                    100 * bylineShare(),
                    f1,
                    precision,
                    recall);
        }
    }

    private ExtractionBench() {}

    /** The corpus folder: {@code lede.shared} or {@code <repo>/../shared}, then corpora/readability. */
    static Path corpus() {
        return shared().resolve("corpora/readability");
    }

    /** {@code lede.shared}, or {@code <repo>/../shared}. */
    static Path shared() {
        String shared = System.getProperty("lede.shared");
        return shared != null
                ? Paths.get(shared)
                : Paths.get("").toAbsolutePath().resolve("../shared").normalize();
    }

    @SuppressWarnings("unchecked")
    static Figures measure(Path corpus, Path predictionsOut) throws IOException {
        Map<String, Object> truth =
                (Map<String, Object>) JsonReader.read(Files.readString(corpus.resolve("body-truth.json")))
                        .value();
        HtmlArticleParser parser = new HtmlArticleParser();
        AebScore score = new AebScore();
        Map<String, String> predictions = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int titled = 0;
        int titlesRight = 0;
        int bylined = 0;
        int bylinesRight = 0;
        List<Path> pages;
        try (var stream = Files.list(corpus.resolve("pages"))) {
            pages = stream.filter(Files::isDirectory).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString();
            byte[] html = Files.readAllBytes(page.resolve("source.html"));
            // Read now, as io reads a file: no date after tomorrow (PlausibleDates).
            Parsed parsed = parser.parse(Input.of(new Source(PAGE_URL, 0), html).readAt(java.time.Instant.now()));
            Article article =
                    parsed.articles().isEmpty() ? null : parsed.articles().get(0);
            String body = article == null ? "" : article.text(); // the export's body
            predictions.put(name, body);
            Map<String, Object> expected = (Map<String, Object>)
                    Optional.ofNullable(JsonReader.read(Files.readString(page.resolve("expected-metadata.json")))
                                    .value())
                            .orElse(Map.of());
            String title = (String) expected.get("title");
            if (title != null && !title.isBlank()) {
                titled++;
                String ours = article == null ? null : article.headline();
                if (MetadataMatch.headlineMatches(title, ours)) {
                    titlesRight++;
                } else {
                    misses.add(name + " headline: expected «" + title + "» got «" + ours + "»");
                }
            }
            String byline = (String) expected.get("byline");
            if (byline != null && !byline.isBlank()) {
                bylined++;
                String ours = article == null ? null : article.byline();
                if (MetadataMatch.bylineMatches(byline, ours)) {
                    bylinesRight++;
                } else {
                    misses.add(name + " byline: expected «" + byline.strip() + "» got «" + ours + "»");
                }
            }
        }
        for (Map.Entry<String, Object> entry : truth.entrySet()) { // truth file order, like score_aeb.py
            Map<String, Object> value = (Map<String, Object>) entry.getValue();
            double[] row = score.add((String) value.get("articleBody"), predictions.getOrDefault(entry.getKey(), ""));
            if (row[0] < 0.8) {
                misses.add(String.format(
                        java.util.Locale.ROOT,
                        "%s body: tp %.2f fp %.2f fn %.2f",
                        entry.getKey(),
                        row[0],
                        row[1],
                        row[2]));
            }
        }
        if (predictionsOut != null) {
            writePredictions(predictions, predictionsOut);
        }
        return new Figures(
                pages.size(),
                titlesRight,
                titled,
                bylinesRight,
                bylined,
                score.f1(),
                score.precision(),
                score.recall(),
                misses);
    }

    private static void writePredictions(Map<String, String> predictions, Path out) {
        StringBuilder json = new StringBuilder("{\n");
        predictions.forEach((name, body) -> {
            if (json.length() > 2) {
                json.append(",\n");
            }
            json.append(' ')
                    .append(quote(name))
                    .append(": {\"articleBody\": ")
                    .append(quote(body))
                    .append('}');
        });
        json.append("\n}\n");
        try {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code main [predictions.json] [--misses]}: prints the figures. */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 && !args[0].startsWith("--") ? Paths.get(args[0]) : null;
        Figures figures = measure(corpus(), out);
        if (List.of(args).contains("--misses")) {
            figures.misses().forEach(System.out::println);
        }
        System.out.println(figures.summary());
    }
}
