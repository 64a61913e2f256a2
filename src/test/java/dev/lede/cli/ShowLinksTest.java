package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.article.Source;
import dev.lede.core.library.LibraryBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede show} prints every URL whole, at any width, and as OSC 8 hyperlinks only when asked and safe. */
class ShowLinksTest {

    private static final String CANONICAL =
            "https://news.example.org/2026/12/02/harbour-board-publishes-its-winter-report"
                    + "-on-crossings-pilots-and-fuel?utm_source=feed&utm_medium=rss";
    private static final String REPORT =
            "https://maresby.example/reports/2026/winter-crossings-pilot-training-fuel-costs"
                    + "-and-timetable-full-report.pdf";
    private static final String ARCHIVE =
            "https://maresby.example/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/end";

    @TempDir
    Path dir;

    private Path page() throws IOException {
        String html = "<!doctype html><html><head><title>Harbour board publishes its winter report</title>"
                + "<link rel=\"canonical\" href=\"" + CANONICAL.replace("&", "&amp;") + "\"></head><body><article>"
                + "<h1>Harbour board publishes its winter report</h1>"
                + "<p>The harbour board of Maresby published its <a href=\"" + REPORT
                + "\">winter report</a> on Tuesday, "
                + "after a long petition by residents who asked for the ferry to keep running through the storms.</p>"
                + "<p>The report says fuel costs rose by a fifth and that two new pilots will be trained; older reports "
                + "are in the <a href=\"" + ARCHIVE
                + "\">archive</a>, with the minutes of every meeting since 1990.</p>"
                + "</article></body></html>";
        return Files.writeString(dir.resolve("story.html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void showPrintsEveryUrlWholeAt40And80And120Columns() throws IOException {
        Path page = page();
        for (int width : new int[] {40, 80, 120}) {
            CliRun run = CliRun.of("show", "1", page.toString(), "--width", String.valueOf(width));
            assertEquals(0, run.exitCode(), run.err());
            List<String> lines = run.out().lines().toList();
            lines.forEach(line -> assertTrue(line.length() <= width, width + ": " + line));
            assertFalse(run.out().contains("…"), width + ": something was cut\n" + run.out());
            for (String url : List.of(CANONICAL, REPORT, ARCHIVE)) {
                assertTrue(joined(lines).contains(url), width + ": " + url + " not whole in\n" + run.out());
            }
            assertFalse(run.out().contains("\u001b"), "no escape sequences when stdout is not a terminal");
        }
    }

    @Test
    void hyperlinksAreNotPrintedToAFileEvenWhenTheConfigurationAsksForThem() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config/lede")).resolve("config");
        Files.writeString(config, "set hyperlinks on\n");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString()); // never the user's library index
        environment.put("XDG_STATE_HOME", "/nonexistent/lede-test-state");
        CliRun run = CliRun.withEnvironment(environment, "", "show", "1", page().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u001b"), run.out());
    }

    @Test
    void withHyperlinksEachLinkAndEachPieceOfAWrappedUrlLeadsToTheWholeUrl() {
        String text = "The report is out and the petition is open.";
        String hostile = "https://evil.example/\u001b]0;pwned\u0007";
        Article article = new Article(
                ArticleId.forContent("x"),
                Source.of("story.html"),
                Format.HTML,
                "Winter report",
                null,
                null,
                CANONICAL,
                null,
                List.of(new Block.Paragraph(
                        text,
                        List.of(new LinkMark(text.indexOf(" is out"), 1), new LinkMark(text.indexOf(" is open"), 2)))),
                List.of(),
                List.of(new Link(1, "the report", REPORT), new Link(2, "petition", hostile)),
                List.of());
        List<String> lines =
                PlainArticle.lines(article, new LibraryBuilder().add(article).finish(), 40, true);
        String out = String.join("\n", lines);
        String open = "\u001b]8;;";
        String close = "\u001b]8;;\u001b\\";
        assertTrue(out.contains("report" + open + REPORT + "\u001b\\[1]" + close), out.replace("\u001b", "^["));
        assertTrue(out.contains(" the petition[2]"), "a hostile URL is no hyperlink: " + out.replace("\u001b", "^["));
        assertFalse(out.contains(open + "https://evil"), "its URL is never inside a sequence");
        long canonicalPieces = lines.stream()
                .filter(line -> line.contains(open + CANONICAL + "\u001b\\"))
                .count();
        assertEquals(
                (CANONICAL.length() + 39) / 40,
                canonicalPieces,
                "every piece of the wrapped address links to all of it");
        String visible = out.replaceAll("\u001b]8;;[^\u001b]*\u001b\\\\", "");
        assertFalse(visible.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control character but the hyperlinks'");
        assertEquals(
                String.join(
                        "\n",
                        PlainArticle.lines(
                                article, new LibraryBuilder().add(article).finish(), 40, false)),
                visible,
                "the text is the same with and without hyperlinks");
    }

    private static String joined(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line.strip()));
        return out.toString();
    }
}
