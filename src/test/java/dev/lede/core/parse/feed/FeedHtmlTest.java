package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Block;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedHtmlTest {

    @Test
    void marksLinksWhereTheirTextEnds() {
        FeedHtml.Rendered rendered = FeedHtml.render(
                "<p>See <a href='/a'>the  first</a>, then <a href='https://b.example/'>another</a> one.</p>",
                "https://site.example/news/");
        assertEquals(List.of(new Block.Paragraph("See the first, then another one.",
                List.of(new LinkMark(13, 1), new LinkMark(27, 2)))), rendered.blocks());
        assertEquals(List.of(new Link(1, "the first", "https://site.example/a"),
                new Link(2, "another", "https://b.example/")), rendered.links());
    }

    @Test
    void numbersOrderedListsFromTheirStartAndNestsDepth() {
        FeedHtml.Rendered rendered = FeedHtml.render(
                "<ol start='3'><li>Three<ul><li>inner</li></ul></li><li>Four</li></ol>", "");
        assertEquals(List.of(new Block.ListItem("3.", 0, "Three", List.of()),
                new Block.ListItem("•", 1, "inner", List.of()),
                new Block.ListItem("4.", 0, "Four", List.of())), rendered.blocks());
    }

    @Test
    void treatsLooseTextAndLineBreaksAsParagraphs() {
        FeedHtml.Rendered rendered = FeedHtml.render("First line<br>second line<br><br><div>Third</div>", "");
        assertEquals(List.of(new Block.Paragraph("First line"), new Block.Paragraph("second line"),
                new Block.Paragraph("Third")), rendered.blocks());
    }

    @Test
    void dropsScriptsStylesAndUnlabelledImagesAndSkipsFragmentLinks() {
        FeedHtml.Rendered rendered = FeedHtml.render("<style>p{}</style><script>x()</script>"
                + "<img src='p.gif'><p><a href='#top'>Top</a> <a href='javascript:void(0)'>js</a></p>"
                + "<figure><img src='a.jpg' alt='A harbour'><figcaption>Boats at dawn</figcaption></figure>", "");
        assertEquals(List.of(new Block.Paragraph("Top js"), new Block.Image("A harbour"),
                new Block.Caption("Boats at dawn", List.of())), rendered.blocks());
        assertEquals(List.of(), rendered.links());
    }

    @Test
    void keepsHeadingLevelsAndQuotedParagraphs() {
        FeedHtml.Rendered rendered = FeedHtml.render(
                "<h3>Results</h3><blockquote><p>One</p><p>Two</p></blockquote>", "");
        assertEquals(List.of(new Block.Heading(3, "Results", List.of()), new Block.Quote("One", List.of()),
                new Block.Quote("Two", List.of())), rendered.blocks());
    }

    @Test
    void survivesVeryDeepNesting() {
        String html = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);
        assertEquals(List.of(new Block.Paragraph("deep")), FeedHtml.render(html, "").blocks());
    }
}
