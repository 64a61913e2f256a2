package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A generalisation audit of headline, date and byline (issue 14): pages written here in shapes wcxb-dev has few or
 * none of, each of which failed before the rule it tests.
 */
class GeneralisationAuditTest {

    private static final String H = "Harbour board orders dredging of the inner basin";

    private static Article page(String head, String body) {
        return PageFieldsTest.page(head, body);
    }

    private static String underHeadline(String line) {
        return "<article><h1>" + H + "</h1>" + line + PageFieldsTest.STORY + "</article>";
    }

    private static String meta(String name, String content) {
        return "<meta name=\"" + name + "\" content=\"" + content + "\">";
    }

    @Test
    void anAuthorInBracketsAfterTheirAddressIsTheirName() {
        assertEquals(
                "Ines Harrow",
                page(meta("author", "ines@wexmoor.example (Ines Harrow)"), underHeadline(""))
                        .byline());
    }

    @Test
    void anEmojisSelectorAndJoinerGoWithTheGlyph() {
        for (String glyph : new String[] {"✍️", "👩‍💻", "✍🏽"}) {
            Article a = page("", underHeadline("<p class=\"author\">" + glyph + " Ines Harrow</p>"));
            assertEquals("Ines Harrow", a.byline(), glyph);
        }
    }

    @Test
    void aWireServicesReportingCredit() {
        for (String line : new String[] {"Reporting by Ines Harrow", "Additional reporting by Ines Harrow"}) {
            assertEquals(
                    "Ines Harrow",
                    page("", underHeadline("<p class=\"byline\">" + line + "</p>"))
                            .byline(),
                    line);
        }
    }

    @Test
    void theDatesLabelAfterTheNameEndsTheByline() {
        for (String label : new String[] {"Updated", "Published", "Last updated"}) {
            Article a = page(
                    "",
                    underHeadline(
                            "<div class=\"byline\">By Ines Harrow " + label + " 3:00 PM EDT, June 2, 2025</div>"));
            assertEquals("Ines Harrow", a.byline(), label);
        }
    }
}
