package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void anRssItemWithoutAuthorsHasTheChannelsStatedAuthorNeverItsTitle() {
        List<Article> editor = parse(RSS
                + "<managingEditor>desk@canal.example (Canal Desk)</managingEditor>"
                + "<item><title>Weir</title><author>orla@canal.example (Orla Finch)</author>"
                + "<description>Repaired.</description></item>"
                + "<item><title>Lock</title><description>Painted.</description></item></channel></rss>");
        assertEquals("Orla Finch", editor.get(0).byline());
        assertEquals("Canal Desk", editor.get(1).byline(), "an item without authors has the channel's");
        assertEquals("Canal log", editor.get(1).site());
        Article creator = one(RSS + "<dc:creator>Bram Kett</dc:creator>"
                + "<item><title>Lock</title><description>Painted.</description></item></channel></rss>");
        assertEquals("Bram Kett", creator.byline());
        // An address alone names nobody; the channel's title is the site, no byline.
        Article nobody = one(RSS + "<managingEditor>desk@canal.example</managingEditor>"
                + "<item><title>Lock</title><description>Painted.</description></item></channel></rss>");
        assertNull(nobody.byline());
        assertEquals("Canal log", nobody.site());
    }

    @Test
    void atom03AuthorNameFillsTheByline() {
        Article a = one(ATOM_03
                + "<entry><title>Ice</title><author><name>Orla Finch</name><email>orla@canal.example</email></author>"
                + "<content type=\"text/plain\">The canal froze.</content></entry></feed>");
        assertEquals("Orla Finch", a.byline());
    }

    @Test
    void atom10ContentOfABinaryMediaTypeIsDecodedFromBase64() {
        // RFC 4287 4.1.3.3: content of a type that is neither text nor XML is Base64; it had shown the encoded letters.
        Article html = one(ATOM
                + "<entry><title>Barge</title><content type=\"application/octet-stream\">"
                + base64("<p>The <b>café</b> barge opens &amp; moors at Écluse 4.</p>") + "</content></entry></feed>");
        assertEquals("The café barge opens & moors at Écluse 4.", html.bodyText());
        Article plain = one(ATOM
                + "<entry><title>Tolls</title><summary type=\"application/octet-stream\">"
                + base64("Tolls rise on Monday.") + "</summary></entry></feed>");
        assertEquals("Tolls rise on Monday.", plain.bodyText());
        Article picture = one(ATOM
                + "<entry><title>Weir photo</title><content type=\"image/png\">iVBORw0KGgo=</content></entry></feed>");
        assertEquals("", picture.bodyText(), "a picture's bytes are no text");
    }

    @Test
    void anAuthorNameHoldingAWordThatOnAPageMarksNavigationIsStillAName() {
        // The page rules refuse "home", "search", "author" in a byline line; a feed's author element names someone.
        assertEquals(
                "Home Office Press Desk",
                one(RSS + "<item><title>Locks</title><dc:creator>Home Office Press Desk</dc:creator>"
                                + "<description>Done.</description></item></channel></rss>")
                        .byline());
        assertEquals(
                "Guest author Orla Finch",
                one(ATOM + "<entry><title>Ice</title><author><name>Guest author Orla Finch</name>"
                                + "<email>orla@canal.example</email></author><summary>Froze.</summary></entry></feed>")
                        .byline());
        assertEquals(
                "Search Engine Desk",
                one(RSS + "<item><title>Locks</title><author>desk@canal.example (Search Engine Desk)</author>"
                                + "<description>Done.</description></item></channel></rss>")
                        .byline());
        assertNull(
                one(RSS + "<item><title>Locks</title><dc:creator>admin</dc:creator>"
                                + "<description>Done.</description></item></channel></rss>")
                        .byline(),
                "an account names nobody");
        assertNull(
                one(ATOM + "<entry><title>Ice</title><author><name>Author</name></author><summary>Froze.</summary>"
                                + "</entry></feed>")
                        .byline(),
                "nor does the word alone");
    }

    @Test
    void rssInANamespaceOfItsOwnReadsTheItemsOwnElementsBeforeAModulesOfTheSameName() {
        String ns = "<r:rss version=\"2.0\" xmlns:r=\"http://backend.userland.com/rss2\" xmlns:m=\"urn:x-canal:notes\">"
                + "<r:channel><r:title>Canal log</r:title><r:link>https://canal.example/</r:link>"
                + "<r:item><r:title>Night boats</r:title><m:description>A module's note, not the item's text.</m:description>"
                + "<r:description>Night boats return in May.</r:description>"
                + "<r:pubDate>Tue, 02 Dec 2025 09:00:00 GMT</r:pubDate><r:guid>https://canal.example/night</r:guid>"
                + "<r:author>orla@canal.example (Orla Finch)</r:author></r:item></r:channel></r:rss>";
        Article a = one(ns);
        assertEquals("Night boats", a.headline());
        assertEquals("Night boats return in May.", a.bodyText());
        assertEquals("2025-12-02T09:00:00Z", a.published());
        assertEquals("Orla Finch", a.byline());
        assertEquals("https://canal.example/night", a.url());
        assertEquals("Canal log", a.site());
        String rdf =
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:rss=\"http://purl.org/rss/1.0/\""
                        + " xmlns:m=\"urn:x-canal:notes\"><rss:channel rdf:about=\"https://canal.example/\"><rss:title>Canal log"
                        + "</rss:title></rss:channel><rss:item rdf:about=\"https://canal.example/ice\"><rss:title>Ice</rss:title>"
                        + "<m:description>A module's note.</m:description><rss:description>The canal froze.</rss:description>"
                        + "</rss:item></rdf:RDF>";
        assertEquals("The canal froze.", one(rdf).bodyText());
    }

    @Test
    void anRssItemsXhtmlBodyIsItsWholeText() {
        Article plain = one(RSS
                + "<item><title>Dredging</title><description>In short.</description>"
                + "<body xmlns=\"http://www.w3.org/1999/xhtml\"><p>The dredger starts <b>Monday</b>.</p>"
                + "<script>track()</script><p>Moorings move west.</p></body></item></channel></rss>");
        assertEquals("The dredger starts Monday.\n\nMoorings move west.", plain.bodyText());
        Article prefixed =
                one("<rss version=\"2.0\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><channel><title>Canal log"
                        + "</title><item><title>Ice</title><xhtml:body><xhtml:p>The canal froze.</xhtml:p></xhtml:body></item>"
                        + "</channel></rss>");
        assertEquals("The canal froze.", prefixed.bodyText());
        Article other = one("<rss version=\"2.0\" xmlns:m=\"urn:x-canal:notes\"><channel><title>Canal log</title><item>"
                + "<title>Ice</title><description>The canal froze.</description><m:body>A module's body.</m:body>"
                + "</item></channel></rss>");
        assertEquals("The canal froze.", other.bodyText(), "a body in another namespace is not the item's text");
    }

    @Test
    void anRssItemDatedOnlyByDctermsCreatedHasThatDate() {
        Article a = one("<rss version=\"2.0\" xmlns:dcterms=\"http://purl.org/dc/terms/\"><channel><title>Canal log"
                + "</title><item><title>Ice</title><description>Froze.</description>"
                + "<dcterms:created>2025-12-02T09:00:00Z</dcterms:created></item></channel></rss>");
        assertEquals("2025-12-02T09:00:00Z", a.published());
    }

    @Test
    void anAtomFeedsOwnTitleIsReadAsTheTextConstructItIs() {
        // The site an item is listed under: it had kept "&lt;" read as a tag (and lost it), and Base64 as letters.
        Article xhtml = one("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"xhtml\">"
                + "<div xmlns=\"http://www.w3.org/1999/xhtml\">The &lt;gate&gt; tag &amp; <b>weirs</b></div></title>"
                + "<entry><title>Ice</title><summary>Froze.</summary></entry></feed>");
        assertEquals("The <gate> tag & weirs", xhtml.site());
        Article encoded = one("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"application/octet-stream\">"
                + base64("Canal <b>log</b>")
                + "</title><entry><title>Ice</title><summary>Froze.</summary></entry></feed>");
        assertEquals("Canal log", encoded.site());
        Article plain =
                one("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">Locks &lt;7&gt; to 9</title>"
                        + "<entry><title>Ice</title><summary>Froze.</summary></entry></feed>");
        assertEquals("Locks <7> to 9", plain.site());
    }
}
