package dev.lede.ui;

import static dev.lede.ui.Keys.press;
import static dev.lede.ui.Keys.pressed;
import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Picking one of an article's links: a number before o or y in the reader, and the U list. */
class LinkPickingTest {

    private static final String FUND = "https://maresby.example/harbour/fund-2025";
    private static final String PETITION = "https://maresby.example/petition";

    private final List<Article> articles = Keys.all(4);
    private final Library library = Fixtures.library(4);
    private final UiState read = reading(Keys.start(library, 80, 24), articles, "<enter>");

    @Test
    void aNumberThenOOpensThatLinkAndThenYCopiesIt() {
        Transition waiting = press(read, "2");
        assertEquals(Optional.of(Prompt.Target.COUNT), waiting.state().prompt().map(Prompt::target));
        assertEquals(List.of(new Effect.CountTimer(CountUpdate.WAIT_MILLIS)), Keys.work(waiting));
        Transition opened = press(read, "2", "o");
        assertEquals(List.of(new Effect.OpenLink(FUND, "link [2]")), Keys.work(opened));
        assertEquals(Optional.empty(), opened.state().prompt());
        assertEquals(read.reader(), opened.state().reader(), "the reader stays where it was");
        assertEquals(List.of(new Effect.CopyToClipboard(PETITION, "link [1]")), Keys.work(press(read, "1", "y")));
        // No number: o and y act on the article's own link, as before.
        assertEquals(
                List.of(new Effect.CopyToClipboard("https://maresby.example/news/ferry", "link")),
                Keys.work(press(read, "y")));
    }

    @Test
    void digitsAddUpAndANumberWithNoLinkSaysWhichThereAre() {
        Transition t = press(read, "1", "2", "o");
        assertEquals(List.of(), Keys.work(t));
        assertEquals(
                Optional.of("no link [12]: links go from 1 to 2"), t.state().message());
    }

    @Test
    void escForgetsTheNumberAndATimeOutOrAnotherKeyOpensTheRelatedHeadline() {
        Transition cancelled = press(read, "1", "<esc>");
        assertEquals(List.of(), Keys.work(cancelled));
        assertEquals(Optional.empty(), cancelled.state().prompt());
        assertEquals(read.reader(), cancelled.state().reader());

        Transition expired = Update.update(pressed(read, "1"), new Event.CountExpired());
        assertEquals(List.of(new Effect.OpenArticle(library.entry(1))), Keys.work(expired));

        Transition other = press(read, "1", "r");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(1))), Keys.work(other), "1 did what it always did");

        Transition late = Update.update(read, new Event.CountExpired());
        assertEquals(read, late.state(), "a time-out with no number pending changes nothing");
    }

    @Test
    void aDigitThatCannotNameALinkActsAtOnce() {
        // The article has links [1] and [2] only: 7 cannot be a link number, so it is the related jump at once.
        Transition seven = press(read, "7");
        assertEquals(Optional.empty(), seven.state().prompt());
        assertEquals(
                Optional.of("related headlines go from 1 to 2"), seven.state().message());
        // After r, the digits are the related list's: no waiting.
        Transition related = press(pressed(read, "r"), "1");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(1))), Keys.work(related));
    }

    @Test
    void theLinksListMovesItsSelectionAndOpensOrCopiesTheSelectedLink() {
        UiState list = pressed(read, "U");
        assertEquals(Optional.of(new Overlay.Links(0, 0, "")), list.overlay());
        assertEquals(
                List.of(new Effect.CopyToClipboard("https://maresby.example/news/ferry", "link")),
                Keys.work(press(list, "y")));
        UiState second = pressed(list, "j");
        assertEquals(1, ((Overlay.Links) second.overlay().get()).selected());
        assertEquals(List.of(new Effect.CopyToClipboard(PETITION, "link [1]")), Keys.work(press(second, "y")));
        assertEquals(List.of(new Effect.OpenLink(PETITION, "link [1]")), Keys.work(press(second, "<enter>")));
        assertEquals(List.of(new Effect.OpenLink(PETITION, "link [1]")), Keys.work(press(second, "o")));
        assertEquals(0, ((Overlay.Links) pressed(second, "k", "k").overlay().get()).selected());
        assertEquals(2, ((Overlay.Links) pressed(list, "G").overlay().get()).selected());
        assertTrue(pressed(second, "y").overlay().isPresent(), "the list stays open after a copy");
        assertEquals(Optional.empty(), pressed(second, "q").overlay());
    }

    @Test
    void typingANumberInTheLinksListSelectsThatLink() {
        UiState list = pressed(read, "U");
        UiState two = pressed(list, "2");
        assertEquals(2, ((Overlay.Links) two.overlay().get()).selected());
        assertEquals(List.of(new Effect.CopyToClipboard(FUND, "link [2]")), Keys.work(press(two, "y")));
        assertEquals(Optional.of("no link [9]"), pressed(list, "9").message());

        // Two digits: [12] in an article with twelve links.
        Article many = withLinks(12);
        UiState manyList = pressed(reading(Keys.start(build(many), 80, 24), List.of(many), "<enter>"), "U");
        UiState twelve = pressed(manyList, "1", "2");
        Overlay.Links overlay = (Overlay.Links) twelve.overlay().get();
        assertEquals(11, overlay.selected(), "[12] is the twelfth entry (this article has no link of its own)");
        assertEquals(
                List.of(new Effect.CopyToClipboard("https://a.example/12", "link [12]")),
                Keys.work(press(twelve, "y")));
    }

    @Test
    void theSelectionIsAlwaysInView() {
        Article many = withLinks(40);
        UiState state = reading(Keys.start(build(many), 60, 12), List.of(many), "<enter>", "U");
        for (String key : new String[] {"G", "k", "g", "3", "0", "j", "j"}) {
            state = pressed(state, key);
            Overlay.Links overlay = (Overlay.Links) state.overlay().get();
            int[] rows = OverlayRows.links(state).orElseThrow().rowsOf(overlay.selected());
            // Under the title that stays put, the list shows its rows from top on.
            int first = rows[0] - OverlayRows.HEADER_ROWS;
            int last = rows[1] - OverlayRows.HEADER_ROWS;
            int page = state.geometry().page() - OverlayRows.HEADER_ROWS;
            assertTrue(
                    first >= overlay.top() && last < overlay.top() + page,
                    key + ": entry rows " + first + "-" + last + " not within " + overlay.top() + "+" + page);
        }
    }

    static Article withLinks(int count) {
        List<Link> links = new ArrayList<>();
        List<LinkMark> marks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("word").append(i).append(' ');
            marks.add(new LinkMark(text.length() - 1, i));
            links.add(new Link(i, "link number " + i, "https://a.example/" + i));
        }
        return Fixtures.article(
                "An article with " + count + " links",
                "2025-03-13",
                List.of(new Block.Paragraph(text.toString().strip(), marks)),
                List.of(),
                links);
    }

    private static Library build(Article article) {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(article);
        return builder.finish();
    }
}
