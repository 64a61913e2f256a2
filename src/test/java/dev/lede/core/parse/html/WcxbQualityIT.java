package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Headline, byline, date and body quality on the wcxb-dev pages (recent articles with reviewed fields),
 * scored as {@code lede export} is scored in the README's figures. Skipped when ../shared is absent.
 */
class WcxbQualityIT {

    // The floors sit just under what the parser reaches today (README, "Figures"), so a change that loses
    // ground fails here.
    private static final double HEADLINE = 0.880;
    private static final double BYLINE = 0.922;
    private static final double DATE = 0.896;
    private static final double BODY_F1 = 0.938;
    private static final double PAGES_KEEPING_BOILERPLATE = 0.05;

    @Test
    void wcxbDevPagesMeetTheQualityFloors() throws Exception {
        Path corpus = WcxbBench.corpus();
        assumeTrue(
                Files.isDirectory(corpus.resolve("truth")),
                "wcxb-dev corpus not found at " + corpus + " (set -Dlede.shared); quality not measured");
        WcxbBench.Figures f = WcxbBench.measure(corpus);
        System.out.println("[wcxb-dev] " + f.summary());
        String detail = f.summary() + "\n"
                + String.join(
                        "\n", f.misses().subList(0, Math.min(40, f.misses().size())));
        assertTrue(f.pages() >= 700, "corpus unexpectedly small: " + detail);
        assertTrue(f.title() >= HEADLINE, "headline below " + HEADLINE + ": " + detail);
        assertTrue(f.byline() >= BYLINE, "byline below " + BYLINE + ": " + detail);
        assertTrue(f.date() >= DATE, "date below " + DATE + ": " + detail);
        assertTrue(f.bodyF1() >= BODY_F1, "body F1 below " + BODY_F1 + ": " + detail);
        assertTrue(
                f.boilerplatePages() <= PAGES_KEEPING_BOILERPLATE,
                "pages keeping boilerplate above " + PAGES_KEEPING_BOILERPLATE + ": " + detail);
    }
}
