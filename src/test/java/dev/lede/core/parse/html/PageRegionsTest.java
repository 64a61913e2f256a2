package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageRegionsTest {

    @Test
    void landmarkRolesCountAsTheTagsTheyStandFor() {
        Document doc = Jsoup.parse("<body><main><p id=story>Story</p></main>"
                + "<div role=complementary><p id=aside>Follow Ann Lee</p></div>"
                + "<div role=Navigation><p id=nav>Home</p></div>"
                + "<div role=contentinfo><p id=footer>Contact</p></div>"
                + "<article><div role=complementary><p id=inner>Ann Lee's note</p></div></article></body>");
        assertFalse(PageRegions.inBoilerplate(doc.getElementById("story")));
        assertTrue(PageRegions.inBoilerplate(doc.getElementById("aside")));
        assertTrue(PageRegions.inBoilerplate(doc.getElementById("nav")));
        assertTrue(PageRegions.inBoilerplate(doc.getElementById("footer")));
        // As with <aside>, one inside the article is the article's own (a pull quote, the author's box).
        assertFalse(PageRegions.inBoilerplate(doc.getElementById("inner")));
    }
}
