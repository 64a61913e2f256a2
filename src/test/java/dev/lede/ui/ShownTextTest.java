package dev.lede.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.LinkMark;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTextTest {

    private final ShownText ascii = ShownText.in(StandardCharsets.US_ASCII);

    @Test
    void aLinkNumberStaysAfterTheSameWordWhenTheTextBeforeItWidens() {
        // "[1]" goes after "fares": in "GBP5 fares" that is two characters further on.
        Article article = Fixtures.article(
                "Zoë’s £5 fares",
                null,
                List.of(new Block.Paragraph("£5 fares and more", List.of(new LinkMark(8, 1)))),
                List.of(),
                List.of());
        Article shown = ascii.article(article);
        assertEquals("Zoe's GBP5 fares", shown.headline());
        Block.Paragraph paragraph = (Block.Paragraph) shown.body().get(0);
        assertEquals("GBP5 fares and more", paragraph.text());
        assertEquals(List.of(new LinkMark(10, 1)), paragraph.marks());
        assertEquals(article.id(), shown.id());
    }

    @Test
    void aUnicodeTerminalGetsTheArticleAsItIs() {
        Article article = Fixtures.feature();
        assertSame(article, ShownText.in(StandardCharsets.UTF_8).article(article));
        assertSame(ShownText.UNICODE, ShownText.in(StandardCharsets.UTF_8));
    }

    @Test
    void aLatin1TerminalKeepsWhatItCanShow() {
        assertEquals("Zoë £5 - ...", ShownText.in(StandardCharsets.ISO_8859_1).line("Zoë £5 — …"));
    }
}
