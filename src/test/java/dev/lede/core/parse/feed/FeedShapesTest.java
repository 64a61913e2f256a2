package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes public feed test suites check (issue 14, "Feeds"), each in a feed written here: Atom text constructs
 * with inline XHTML, Atom 0.3's base64 mode, and every way RSS and Atom name an item's authors.
 */
class FeedShapesTest {

    private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Canal log</title>";
    private static final String ATOM_03 =
            "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>Canal log</title>";
    private static final String RSS =
            "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>" + "<title>Canal log</title>";

    private static List<Article> parse(String xml) {
        return new FeedParser()
                .parse(Input.of(Source.of("canal.xml"), xml.getBytes(StandardCharsets.UTF_8)))
                .articles();
    }

    private static Article one(String xml) {
        return parse(xml).get(0);
    }

    private static String base64(String text) {
        return Base64.getMimeEncoder(20, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anXhtmlTitleIsItsTextWithEscapesReadOnce() {
        Article a = one(ATOM
                + "<entry><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Lock <b>7</b> &lt; lock"
                + " <i>8</i> &amp; the weir</div></title><summary>Levels compared.</summary></entry></feed>");
        assertEquals("Lock 7 < lock 8 & the weir", a.headline());
    }

    @Test
    void anXhtmlTitleWithAPrefixedNamespaceIsItsText() {
        Article a = one(ATOM
                + "<entry><title type=\"xhtml\"><x:div xmlns:x=\"http://www.w3.org/1999/xhtml\">Towpath <x:em>closed</x:em>"
                + " at Marsh Bridge</x:div></title><summary>Until Friday.</summary></entry></feed>");
        assertEquals("Towpath closed at Marsh Bridge", a.headline());
    }

    @Test
    void anXhtmlSummaryIsTheBody() {
        Article a = one(ATOM
                + "<entry><title>Dredging</title><summary type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<p>The dredger starts <strong>Monday</strong>.</p><p>Moorings move west.</p></div></summary>"
                + "</entry></feed>");
        assertEquals("The dredger starts Monday.\n\nMoorings move west.", a.bodyText());
    }

    @Test
    void atom03Base64HtmlContentIsDecodedAsUtf8() {
        Article a = one(ATOM_03
                + "<entry><title>Café barge</title><content type=\"text/html\" mode=\"base64\">"
                + base64("<p>The café barge opens at Écluse 4 on Sunday.</p>") + "</content></entry></feed>");
        assertEquals("The café barge opens at Écluse 4 on Sunday.", a.bodyText());
    }

    @Test
    void atom03Base64PlainContentStaysText() {
        Article a = one(ATOM_03
                + "<entry><title>Tolls</title><content type=\"text/plain\" mode=\"base64\">"
                + base64("Tolls rise <by> a pound.") + "</content></entry></feed>");
        assertEquals("Tolls rise <by> a pound.", a.bodyText());
    }

    @Test
    void atom03Base64TitleIsDecoded() {
        Article a = one(ATOM_03
                + "<entry><title type=\"text/plain\" mode=\"base64\">" + base64("Night boats return")
                + "</title><content type=\"text/plain\">From May.</content></entry></feed>");
        assertEquals("Night boats return", a.headline());
    }

    @Test
    void severalRssCreatorsAndAuthorsAreJoinedWithCommas() {
        Article creators = one(RSS
                + "<item><title>Survey</title><dc:creator>Orla Finch</dc:creator><dc:creator>Bram Kett</dc:creator>"
                + "<description>Done.</description></item></channel></rss>");
        assertEquals("Orla Finch, Bram Kett", creators.byline());
        Article both = one(RSS
                + "<item><title>Survey</title><author>orla@canal.example (Orla Finch)</author>"
                + "<dc:creator>Bram Kett</dc:creator><description>Done.</description></item></channel></rss>");
        assertEquals("Orla Finch, Bram Kett", both.byline());
    }

    @Test
    void theSameNameGivenTwiceIsOnce() {
        Article a = one(RSS
                + "<item><title>Survey</title><author>orla@canal.example (Orla Finch)</author>"
                + "<dc:creator>Orla Finch</dc:creator><description>Done.</description></item></channel></rss>");
        assertEquals("Orla Finch", a.byline());
    }

    @Test
    void severalAtomAuthorsAreJoinedWithCommasAndTheFeedsAreInherited() {
        List<Article> items = parse(ATOM
                + "<author><name>Canal Desk</name></author>"
                + "<entry><title>Weir</title><author><name>Orla Finch</name><uri>https://canal.example/orla</uri></author>"
                + "<author><name>Bram Kett</name><email>bram@canal.example</email></author>"
                + "<summary>Repaired.</summary></entry>"
                + "<entry><title>Lock</title><summary>Painted.</summary></entry></feed>");
        assertEquals("Orla Finch, Bram Kett", items.get(0).byline());
        assertEquals("Canal Desk", items.get(1).byline(), "an entry without authors has the feed's");
    }

    @Test
    void atom03AuthorNameFillsTheByline() {
        Article a = one(ATOM_03
                + "<entry><title>Ice</title><author><name>Orla Finch</name><email>orla@canal.example</email></author>"
                + "<content type=\"text/plain\">The canal froze.</content></entry></feed>");
        assertEquals("Orla Finch", a.byline());
    }
}
