package dev.lede.core.subscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.PlainTextParser;
import dev.lede.core.parse.RelatedBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fetched item written as a plain-text article reads back as the same article under the same id. */
class ArticleTextTest {

    private static Article read(String text) {
        return new PlainTextParser()
                .parse(Input.of(Source.of("a.txt"), text.getBytes(StandardCharsets.UTF_8)))
                .articles()
                .get(0);
    }

    private static Article article(List<Block> body, List<Link> links, List<RelatedHeadline> related) {
        return new Article(
                new ArticleId("feedid"),
                Source.of("https://h.example/feed").forItem(1),
                Format.RSS,
                "Ferry returns to Halvern",
                "Mira Holt",
                "2026-12-02T08:00:00Z",
                "https://h.example/ferry",
                "Harbour News",
                body,
                related,
                links,
                List.of());
    }

    @Test
    void headerBodyLinksAndRelatedReadBack() {
        Article item = article(
                List.of(
                        new Block.Paragraph("The ferry is back after a month.", List.of(new LinkMark(9, 1))),
                        new Block.ListItem("•", 0, "Sailings at nine", List.of()),
                        new Block.Paragraph("Tickets are half price.")),
                List.of(new Link(1, "ferry", "https://h.example/ferry-times")),
                List.of(
                        new RelatedHeadline("Quay reopens after the storm", "https://other.example/quay"),
                        new RelatedHeadline("Tide tables", null)));
        ArticleId id = ArticleId.forContent("x");
        String text = ArticleText.of(item, id, "Harbour News");
        assertTrue(
                text.startsWith("Id: " + id.value() + "\nTitle: Ferry returns to Halvern\nBy: Mira Holt\n"
                        + "Date: 2026-12-02T08:00:00Z\nSource: Harbour News\nURL: https://h.example/ferry\n\n"
                        + "The ferry[1] is back after a month.\n\n• Sailings at nine\n\n"),
                text);
        Article back = read(text);
        assertEquals(id, back.id());
        assertEquals("Ferry returns to Halvern", back.headline());
        assertEquals("Mira Holt", back.byline());
        assertEquals("2026-12-02T08:00:00Z", back.published());
        assertEquals("https://h.example/ferry", back.url());
        assertEquals("Harbour News", back.site());
        assertEquals(item.related(), back.related());
        assertEquals(4, back.body().size(), "three paragraphs and the links");
    }

    @Test
    void theLinkListIsNeverTakenForRelatedHeadlines() {
        Article item = article(
                List.of(new Block.Paragraph(
                        "See the timetable and the fares.", List.of(new LinkMark(13, 1), new LinkMark(32, 2)))),
                List.of(new Link(1, "timetable", "https://h.example/t"), new Link(2, "fares", "https://h.example/f")),
                List.of());
        Article back = read(ArticleText.of(item, new ArticleId("abc"), null));
        assertEquals(List.of(), back.related());
        assertEquals("Harbour News", back.site());
    }

    @Test
    void aPageWithMoreRelatedLinksThanARelatedBlockHoldsKeepsTheFirstOnes() {
        List<RelatedHeadline> many = new java.util.ArrayList<>();
        for (int i = 1; i <= RelatedBlock.MAX_LINES + 20; i++) {
            many.add(new RelatedHeadline("Harbour story number " + i, "https://h.example/s/" + i));
        }
        Article item = article(List.of(new Block.Paragraph("The ferry is back after a month.")), List.of(), many);
        Article back = read(ArticleText.of(item, new ArticleId("abc"), "S"));
        assertEquals(many.subList(0, RelatedBlock.MAX_LINES), back.related());
        assertEquals(
                List.of("The ferry is back after a month."),
                back.body().stream().map(Block::text).toList());
    }

    @Test
    void anItemWithoutTextStillHasABody() {
        Article back = read(ArticleText.of(article(List.of(), List.of(), List.of()), new ArticleId("abc"), "S"));
        assertEquals("Ferry returns to Halvern", back.headline());
        assertEquals("https://h.example/ferry", back.bodyText());
    }

    /** A fetched page's pictures stay pictures, with their addresses: the export lists them apart from its text. */
    @Test
    void picturesReadBackAsPicturesWithTheirAddresses() {
        Article item = article(
                List.of(
                        new Block.Image("The ferry at the quay", "https://h.example/img/ferry.jpg"),
                        new Block.Paragraph("The ferry is back after a month."),
                        new Block.Image("A chart of the crossings")),
                List.of(),
                List.of());
        String text = ArticleText.of(item, new ArticleId("abc"), null);
        assertTrue(text.contains("\n[image: The ferry at the quay] <https://h.example/img/ferry.jpg>\n"), text);
        Article back = read(text);
        assertEquals(item.body(), back.body());
        assertEquals("The ferry is back after a month.", back.lede());
        assertEquals("The ferry is back after a month.", back.text());
        assertEquals(
                "[image: The ferry at the quay]\n\nThe ferry is back after a month.\n\n[image: A chart of the crossings]",
                back.bodyText(),
                "the reader still shows them where they stand");
    }

    /** A picture a page set in a quotation is written as any picture: it reads back as one, address and all. */
    @Test
    void aQuotedPictureIsWrittenAsAPicture() {
        Block.Image picture = new Block.Image("The quay", "https://h.example/img/quay.jpg");
        Article item = article(
                List.of(new Block.Quote("Look:", List.of()), new Block.Quoted(picture, 1)), List.of(), List.of());
        Article back = read(ArticleText.of(item, new ArticleId("abc"), null));
        assertEquals(List.of(picture), back.pictures());
    }
}
