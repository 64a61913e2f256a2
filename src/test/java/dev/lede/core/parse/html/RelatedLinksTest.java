package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.RelatedHeadline;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RelatedLinksTest {

    private static List<RelatedHeadline> related(String html) {
        return RelatedLinks.find(Jsoup.parse(html, "https://wiki.example/page"), null);
    }

    @Test
    void aSeeAlsoHeadingTakesOnlyTheLinksBelowItUpToTheNextHeading() {
        String html = "<div><h2>History</h2><p>See <a href='/a'>Founding of the harbour town</a>.</p>"
                + "<h2>See also</h2><ul><li><a href='/b'>List of lighthouses on the coast</a></li></ul>"
                + "<h2>References</h2><ul><li><a href='/c'>Annual report of the port authority</a></li></ul></div>";
        assertEquals(
                List.of(new RelatedHeadline("List of lighthouses on the coast", "https://wiki.example/b")),
                related(html));
    }

    @Test
    void sponsoredRecommendationsAreNotRelatedNews() {
        String html = "<div class='recommended outbrain-widget'><a href='https://ads.example/x'>"
                + "Crazy cheap torches selling like hot cakes</a></div>"
                + "<div class='related'><a href='/n'>Harbour master retires after thirty years</a></div>";
        assertEquals(
                List.of(new RelatedHeadline("Harbour master retires after thirty years", "https://wiki.example/n")),
                related(html));
    }

    @Test
    void aRankNumberInItsOwnElementIsNotPartOfTheHeadline() {
        String html =
                "<ol class='most-read'><li><a href='/m'><span>2</span> Ferry crews vote to end strike</a></li></ol>";
        assertEquals(
                List.of(new RelatedHeadline("Ferry crews vote to end strike", "https://wiki.example/m")),
                related(html));
    }

    @Test
    void aPageListingMoreThanARelatedBlockHoldsKeepsItsFirstOnes() {
        StringBuilder html = new StringBuilder(
                "<article><p>Harbour board orders dredging.</p></article>" + "<section><h2>Related stories</h2><ul>");
        for (int i = 1; i <= dev.lede.core.parse.RelatedBlock.MAX_LINES + 50; i++) {
            html.append("<li><a href=\"/s/")
                    .append(i)
                    .append("\">Harbour story number ")
                    .append(i)
                    .append(" makes the news</a></li>");
        }
        List<RelatedHeadline> found = related(html.append("</ul></section>").toString());
        assertEquals(dev.lede.core.parse.RelatedBlock.MAX_LINES, found.size());
        assertEquals("Harbour story number 1 makes the news", found.get(0).headline());
    }
}
