package dev.lede.core.parse.html;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.parser.Parser;

/**
 * Runs the HTML parser over the wcxb-dev corpus (recent article pages with reviewed title, author, date
 * and body) and scores it as the README's "Figures" scores {@code lede export}: headline by
 * normalised equality, byline by containment either way, date by the exported calendar day, body by
 * bag-of-words F1, and the share of pages whose body keeps a boilerplate snippet. Used by
 * {@link WcxbQualityIT}; {@code main} prints the figures and, with {@code --misses}, what was wrong.
 */
final class WcxbBench {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    record Figures(
            int pages,
            double title,
            double byline,
            double date,
            double bodyF1,
            double with,
            double boilerplatePages,
            List<String> misses) {

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "pages %d | headline %.3f | byline %.3f | date %.3f | body F1 %.3f"
                            + " | with %.3f | pages keeping boilerplate %.3f",
                    pages,
                    title,
                    byline,
                    date,
                    bodyF1,
                    with,
                    boilerplatePages);
        }
    }

    private WcxbBench() {}

    /** The corpus folder: {@code lede.shared} or {@code <repo>/../shared}, then corpora/wcxb-dev. */
    static Path corpus() {
        return ExtractionBench.shared().resolve("corpora/wcxb-dev");
    }

    @SuppressWarnings("unchecked")
    static Figures measure(Path corpus) throws IOException {
        HtmlArticleParser parser = new HtmlArticleParser();
        List<Path> truths;
        try (var stream = Files.list(corpus.resolve("truth"))) {
            truths = stream.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int titled = 0, titles = 0, authored = 0, bylines = 0, dated = 0, dates = 0, snippets = 0, kept = 0, dirty = 0;
        double f1 = 0;
        List<String> misses = new ArrayList<>();
        for (Path truthFile : truths) {
            String id = truthFile.getFileName().toString().replace(".json", "");
            Map<String, Object> root = (Map<String, Object>)
                    JsonReader.read(Files.readString(truthFile)).value();
            Map<String, Object> truth = (Map<String, Object>) root.get("ground_truth");
            Article a = parse(parser, corpus.resolve("html/" + id + ".html.gz"));
            String body = a == null ? "" : a.text(); // the export's body
            String want = (String) truth.get("title");
            if (want != null && !want.isEmpty()) {
                titled++;
                String got = a == null ? null : a.headline();
                if (norm(want).equals(norm(got))) {
                    titles++;
                } else {
                    misses.add(id + " title  want «" + want + "» got «" + got + "»");
                }
            }
            want = (String) truth.get("author");
            if (want != null && !want.isEmpty()) {
                authored++;
                String got = norm(a == null ? null : a.byline());
                if (!got.isEmpty() && (got.contains(norm(want)) || norm(want).contains(got))) {
                    bylines++;
                } else {
                    misses.add(id + " byline want «" + want + "» got «" + (a == null ? null : a.byline()) + "»");
                }
            }
            want = (String) truth.get("publish_date");
            if (want != null && !want.isEmpty()) {
                dated++;
                // As export writes it: the date-time at the offset the page stated, so the day is the page's.
                String got = a == null || a.published() == null ? "" : a.published();
                if (got.length() >= 10
                        && want.length() >= 10
                        && got.substring(0, 10).equals(want.substring(0, 10))) {
                    dates++;
                } else {
                    misses.add(id + " date   want «" + want + "» got «" + (a == null ? null : a.published()) + "»");
                }
            }
            String normBody = norm(body);
            for (Object s : (List<Object>) truth.getOrDefault("with", List.of())) {
                snippets++;
                kept += normBody.contains(norm((String) s)) ? 1 : 0;
            }
            boolean boilerplate = false;
            for (Object s : (List<Object>) truth.getOrDefault("without", List.of())) {
                if (normBody.contains(norm((String) s))) {
                    boilerplate = true;
                    misses.add(id + " kept   «" + s + "»");
                }
            }
            dirty += boilerplate ? 1 : 0;
            f1 += bagOfWordsF1((String) truth.get("main_content"), body);
        }
        int n = truths.size();
        return new Figures(
                n,
                share(titles, titled),
                share(bylines, authored),
                share(dates, dated),
                n == 0 ? 0 : f1 / n,
                share(kept, snippets),
                share(dirty, n),
                misses);
    }

    private static Article parse(HtmlArticleParser parser, Path page) throws IOException {
        byte[] html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            html = in.readAllBytes();
        }
        // Read now, as io reads a file: no date after tomorrow (PlausibleDates).
        Parsed parsed =
                parser.parse(Input.of(new Source(page.toString(), 0), html).readAt(java.time.Instant.now()));
        return parsed.articles().isEmpty() ? null : parsed.articles().get(0);
    }

    private static double share(int right, int of) {
        return of == 0 ? 0 : (double) right / of;
    }

    /** The scorer's normalisation: tags and entities gone, NFKC, quotes and dashes unified, spaces collapsed, case folded. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(
                Parser.unescapeEntities(TAG.matcher(s).replaceAll(""), false), Normalizer.Form.NFKC);
        n = n.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The benchmark's body metric: F1 of the bags of lower-case word tokens. */
    static double bagOfWordsF1(String truth, String predicted) {
        Map<String, Integer> t = bag(truth);
        Map<String, Integer> p = bag(predicted);
        if (t.isEmpty() && p.isEmpty()) {
            return 1;
        }
        int common = 0;
        int tn = 0;
        int pn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            common += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
            tn += e.getValue();
        }
        for (int c : p.values()) {
            pn += c;
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / pn;
        double recall = (double) common / tn;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    /** {@code main [--misses]}: prints the figures. */
    public static void main(String[] args) throws IOException {
        Figures figures = measure(corpus());
        if (List.of(args).contains("--misses")) {
            figures.misses().forEach(System.out::println);
        }
        System.out.println(figures.summary());
    }
}
