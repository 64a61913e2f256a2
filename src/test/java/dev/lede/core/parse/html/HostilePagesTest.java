package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.parse.PlausibleDates;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The page rules' work grows with the page, not with its size times its depth or its cells: each test counts the
 * reads a rule makes of one text node, or of one table, on a page shaped to make a rule that re-reads a subtree per
 * element do so thousands of times (docs/performance.md, "Hostile pages"). No test is timed.
 */
class HostilePagesTest {

    private static final int LEVELS = 2_000;

    /** A text node that counts how often its text is read (jsoup's {@code text()} reads it this way too). */
    private static final class CountedText extends TextNode {
        private final AtomicInteger reads;

        CountedText(String text, AtomicInteger reads) {
            super(text);
            this.reads = reads;
        }

        @Override
        public String getWholeText() {
            reads.incrementAndGet();
            return super.getWholeText();
        }
    }

    /** {@code levels} elements of {@code tag}, each inside the one before, with a counted line of words at the bottom. */
    private static Document nested(String outer, String tag, int levels, AtomicInteger reads) {
        Document doc = Jsoup.parse("<title>Deep page</title><body>" + outer + "</body>");
        Element at = doc.body().children().isEmpty() ? doc.body() : doc.body().child(0);
        for (int i = 0; i < levels; i++) {
            Element inner = new Element(tag);
            inner.appendText("level " + i + " of the page ");
            at.appendChild(inner);
            at = inner;
        }
        at.appendChild(new CountedText("the innermost words of the page, read at the bottom of the nesting.", reads));
        return doc;
    }

    @Test
    void textLongerThanStopsOnceItHasCountedEnough() {
        AtomicInteger reads = new AtomicInteger();
        Document doc = nested("", "div", LEVELS, reads);
        assertTrue(NodeTrees.textLongerThan(doc.body(), 100));
        assertEquals(0, reads.get(), "the walk stopped long before the innermost text");
    }

    @Test
    void textLongerThanAndHasTextAgreeWithJsoupsText() {
        String[] pages = {
            "<p>  a  </p>",
            "<p>\u00a0\u00a0</p>",
            "<pre>\u00a0</pre>",
            "<p>\u200b\u00ad</p>",
            "<p>\u0001</p>",
            "<p>\u2028\u0001\u2028</p>",
            "<p> </p>",
            "<p></p>",
            "<div><p>one</p><p>two</p> three<br>four</div>",
            "<pre>  spaced\n  lines  </pre>",
            "<p>\t\n\f\r</p>",
            "<p>word</p><!-- comment --><script>var x = 1;</script>",
        };
        for (String html : pages) {
            Element body = Jsoup.parse(html).body();
            String text = body.text();
            for (int max = 0; max <= text.length() + 1; max++) {
                assertEquals(text.length() > max, NodeTrees.textLongerThan(body, max), html + " at " + max);
            }
            assertEquals(!text.isBlank(), NodeTrees.hasText(body), html);
        }
    }

    @Test
    void aBlockWithoutLinksHasNoLinkDensityToMeasure() {
        AtomicInteger reads = new AtomicInteger();
        Document doc = nested("", "div", LEVELS, reads);
        assertEquals(0.0, NodeTrees.linkDensity(doc.body()));
        assertEquals(0, reads.get(), "the text is not read when no link is in it");
    }

    @Test
    void aButtonsWordsAreCountedOnlyForALinkDressedAsOne() {
        AtomicInteger reads = new AtomicInteger();
        Document doc = nested("<main><a class=btn href=/go>Get started</a></main>", "div", LEVELS, reads);
        CallToActionBoxes.strip(doc);
        assertEquals(0, reads.get(), "no element around the innermost words is a button");
        assertNotNull(doc.selectFirst("div"));
    }

    @Test
    void theScorerAsksWhetherABlockIsEmptyWithoutReadingItWhole() {
        AtomicInteger reads = new AtomicInteger();
        Document doc = nested("<article></article>", "div", LEVELS, reads);
        ContentCleaner.prepare(doc);
        reads.set(0);
        Element content = ContentScorer.mainContent(doc, "Deep page");
        assertTrue(content.text().contains("innermost words"));
        // Each of the scorer's four attempts reads it a few times (scoring, cleaning), not once per level.
        assertTrue(reads.get() < 200, reads.get() + " reads");
    }

    @Test
    void theBoilerplateRulesPassOverLinesTooLongToBeBoilerplate() {
        AtomicInteger reads = new AtomicInteger();
        Document doc = nested("<p></p>", "span", LEVELS, reads);
        Element content = doc.body();
        BoilerplateBlocks.strip(content, "Ann Lee", "Deep page", "Example News");
        assertTrue(content.text().contains("innermost words"), "the paragraph stays");
        // Only the spans within a long line's length of the bottom read it; each of the 2,000 would, unbounded.
        assertTrue(reads.get() < LEVELS, reads.get() + " reads");
    }

    @Test
    void aLineStillLongerThanTheCapIsNeverTaken() {
        String line = "Subscribe to our newsletter " + "and read on ".repeat(BoilerplateBlocks.MAX_LINE_CHARS / 10);
        Document doc = Jsoup.parse("<body><div><p>" + line + "</p><p>Subscribe to our newsletter</p></div></body>");
        BoilerplateBlocks.strip(doc.body(), null, null, null);
        assertTrue(doc.body().text().contains("and read on"), "the long paragraph stays");
        assertEquals(1, doc.body().select("p").size(), "the short prompt goes");
    }

    /** A table that counts how often its attributes are asked: the data-or-layout test asks them first. */
    private static final class CountedTable extends Element {
        private final AtomicInteger asked;

        CountedTable(AtomicInteger asked) {
            super("table");
            this.asked = asked;
        }

        @Override
        public String attr(String key) {
            if (key.equals("role")) {
                asked.incrementAndGet();
            }
            return super.attr(key);
        }
    }

    @Test
    void aTableIsJudgedDataOrLayoutOncePerPassNotOncePerCell() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append("<tr><td>")
                    .append(i % 28 + 1)
                    .append(" October 2026</td><td>row ")
                    .append(i)
                    .append("</td></tr>");
        }
        Document doc = Jsoup.parse(
                "<title>Table page</title><body><h1>Table page</h1><table><tbody>" + rows + "</tbody></table></body>");
        AtomicInteger asked = new AtomicInteger();
        Element table = doc.selectFirst("table");
        CountedTable counted = new CountedTable(asked);
        counted.insertChildren(0, table.childNodesCopy());
        table.replaceWith(counted);
        String date = PageDate.choose(doc, List.of(), List.of(), "Table page", List.of(), PlausibleDates.ANY_READ_DAY);
        assertEquals(null, date, "a date in a data table's cell is the data's");
        // One pass for the page's distance rule, one for two-digit years: at most one question each.
        assertTrue(asked.get() <= 3, asked.get() + " questions");
        assertFalse(counted.select("td").isEmpty());
    }

    /** A page that counts how often its meta tags are looked for. */
    private static final class CountedPage extends Document {
        private final AtomicInteger walks;

        CountedPage(AtomicInteger walks) {
            super("");
            this.walks = walks;
        }

        @Override
        public Elements getElementsByTag(String tag) {
            if (tag.equals("meta")) {
                walks.incrementAndGet();
            }
            return super.getElementsByTag(tag);
        }
    }

    @Test
    void aPagesMetaTagsAreFoundOnceForAllTheirNames() {
        Document parsed = Jsoup.parse("<html><head><title>Meta page</title>"
                + "<meta property=og:title content=\"Harbour council approves a ferry timetable\">"
                + "<meta name=author content=\"Ann Lee\">"
                + "<meta property=article:published_time content=2026-11-02T09:00:00Z></head>"
                + "<body><h1>Harbour council approves a ferry timetable</h1><p>Text.</p></body></html>");
        AtomicInteger walks = new AtomicInteger();
        Document doc = new CountedPage(walks);
        for (var child : parsed.childNodesCopy()) {
            doc.appendChild(child);
        }
        HtmlMetadata meta = HtmlMetadata.read(doc, PlausibleDates.ANY_READ_DAY);
        assertEquals("Ann Lee", meta.byline());
        assertEquals("Harbour council approves a ferry timetable", meta.headline());
        // Once for the metadata's sixty names, and once by each rule of its own (language, Parse.ly, statements).
        assertTrue(walks.get() < 10, walks.get() + " walks of the page");
    }

    /** A block that counts the selections made inside it. */
    private static final class CountedBlock extends Element {
        private final AtomicInteger selects;

        CountedBlock(AtomicInteger selects) {
            super("div");
            this.selects = selects;
        }

        @Override
        public Elements select(String query) {
            selects.incrementAndGet();
            return super.select(query);
        }
    }

    @Test
    void pointerLinesInnermostBlocksAreFoundInOnePass() {
        AtomicInteger selects = new AtomicInteger();
        Document doc = Jsoup.parse("<title>Nested</title><body></body>");
        Element at = doc.body();
        for (int i = 0; i < 50; i++) {
            Element inner = new CountedBlock(selects);
            inner.appendText("level " + i);
            at.appendChild(inner);
            at = inner;
        }
        at.append(
                "<p>Also read: <a href=\"https://news.example/a/story\">The council's new ferry timetable starts</a></p>");
        var related = RelatedLinks.find(doc, null);
        assertEquals(1, related.size(), related.toString());
        assertEquals(0, selects.get(), "no block is asked what it holds");
    }
}
