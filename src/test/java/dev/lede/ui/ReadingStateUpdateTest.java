package dev.lede.ui;

import static dev.lede.ui.Keys.press;
import static dev.lede.ui.Keys.pressed;
import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.core.state.Place;
import dev.lede.core.state.ReadingState;
import dev.lede.ui.view.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Read marks, stars, places and links: the actions of the reading state. */
class ReadingStateUpdateTest {

    private final List<Article> articles = Keys.all(40);
    private final Library library = Fixtures.library(40);
    private final UiState narrow = Keys.start(library, 80, 24);

    @Test
    void mTogglesTheSelectedHeadlineAndAsksToSave() {
        Transition t = press(narrow, "j", "m");
        assertTrue(t.state().isRead(library.entry(1).id()));
        assertEquals(List.of(new Effect.SaveState(t.state().reading())), t.effects());
        assertEquals(Optional.of("marked read"), t.state().message());
        UiState again = pressed(t.state(), "m");
        assertFalse(again.isRead(library.entry(1).id()));
        assertEquals(42, again.unreadCount());
    }

    @Test
    void aStateThatWillNotBeKeptIsSaidWithTheFirstMarkThenNoMore() {
        UiState unkept = narrow.withUnkept("cannot read /x/lede/state (not a directory)");
        assertEquals(Optional.empty(), pressed(unkept, "j").message(), "moving changes no state: nothing said");
        UiState marked = pressed(unkept, "j", "m");
        assertEquals(
                Optional.of("marked read — kept for this run only: cannot read /x/lede/state (not a directory)"),
                marked.message());
        assertEquals(
                Optional.of("starred — ' lists the starred articles"),
                pressed(marked, "F").message());
        assertEquals(
                Optional.of("starred — ' lists the starred articles — kept for this run only: "
                        + "cannot read /x/lede/state (not a directory)"),
                pressed(unkept, "F").message());
    }

    @Test
    void mInTheReaderMarksTheOpenArticleUnread() {
        UiState read = reading(narrow, articles, "<enter>", "m");
        assertFalse(read.isRead(library.entry(0).id()));
        assertEquals(Optional.of("marked unread"), read.message());
    }

    @Test
    void aKeyThatChangesNothingSavesNothing() {
        assertEquals(List.of(), press(narrow, "j").effects());
    }

    @Test
    void fStarsAndUnstars() {
        UiState starred = pressed(narrow, "j", "j", "F");
        assertTrue(starred.isStarred(library.entry(2).id()));
        assertFalse(pressed(starred, "F").isStarred(library.entry(2).id()));
    }

    @Test
    void quoteListsTheStarredArticlesAndAgainListsAll() {
        UiState starred = pressed(narrow, "j", "F", "j", "j", "j", "F", "G", "'");
        assertEquals(2, starred.list().order().size());
        assertEquals(library.entry(4).id(), starred.list().selectedId());
        assertEquals(library.entry(1).id(), starred.list().order().entry(0).id());
        assertEquals(42, pressed(starred, "'").list().order().size());
        assertEquals(42, pressed(starred, "<esc>").list().order().size());
        assertEquals(
                Optional.of("no starred articles — F stars one"),
                pressed(narrow, "'").message());
    }

    @Test
    void theStarredAndUnreadFiltersCombineAndEachKeyLiftsItsOwn() {
        UiState starredRead = pressed(narrow, "j", "F", "m", "'");
        UiState both = pressed(starredRead, "u");
        assertEquals(0, both.list().order().size());
        assertEquals(Optional.of("no unread starred articles — u shows the read ones too"), both.message());
        assertTrue(
                Views.frame(both).toPlainText().contains("no unread starred articles — Esc shows all"),
                "not 'no starred articles': one is starred, and read");
        UiState unreadOnly = pressed(both, "'");
        assertTrue(unreadOnly.list().order().isUnreadOnly(), "' lifts the star filter only, as u lifts its own");
        assertEquals(41, unreadOnly.list().order().size());
        assertEquals(1, pressed(both, "u").list().order().size(), "u lifts the unread filter only");
    }

    @Test
    void aSearchWithTheUnreadFilterSaysWhenOnlyReadArticlesMatch() {
        UiState searched = pressed(narrow, "m", "/", "M", "a", "r", "e", "s", "b", "y", "<enter>");
        int matches = searched.list().order().size();
        assertTrue(matches > 0);
        UiState allRead = pressed(searched, "A", "u");
        assertEquals(0, allRead.list().order().size());
        String frame = Views.frame(allRead).toPlainText();
        assertTrue(frame.contains("nothing unread matches “Maresby” — Esc shows all"), frame);
    }

    @Test
    void pGoesToThePreviousUnreadEvenWhileASearchIsActive() {
        UiState state =
                narrow.withReading(ReadingState.EMPTY.withRead(library.entry(3).id(), true));
        UiState moved = pressed(state, "j", "j", "j", "j", "p");
        assertEquals(2, moved.list().selected());
        assertEquals(
                Optional.of("no unread headlines above"), pressed(narrow, "p").message());
    }

    @Test
    void anArticleOpensWhereItWasLeftInAnEarlierRun() {
        UiState scrolled = reading(narrow, articles, "<enter>", "<space>");
        Place left = scrolled.reading().place(library.entry(0).id());
        assertFalse(left.equals(Place.TOP));
        UiState nextRun = Keys.start(library, 80, 24).withReading(scrolled.reading());
        UiState reopened = reading(nextRun, articles, "<enter>");
        assertEquals(scrolled.reader().get().top(), reopened.reader().get().top());
    }

    @Test
    void oOpensTheArticlesLinkAndYCopiesIt() {
        UiState read = reading(narrow, articles, "<enter>");
        assertEquals(
                List.of(new Effect.OpenLink("https://maresby.example/news/ferry", "link")),
                press(read, "o").effects());
        assertEquals(
                List.of(new Effect.CopyToClipboard("https://maresby.example/news/ferry", "link")),
                press(read, "y").effects());
    }

    @Test
    void capitalYCopiesTheHeadlineAndText() {
        UiState read = reading(narrow, articles, "j", "<enter>");
        Effect.CopyToClipboard copy =
                (Effect.CopyToClipboard) press(read, "Y").effects().get(0);
        assertEquals(Fixtures.SEQUEL + "\n\n" + Fixtures.sequel().bodyText(), copy.text());
    }

    @Test
    void anArticleWithoutALinkSaysSo() {
        UiState read = reading(narrow, articles, "j", "<enter>");
        Transition t = press(read, "o");
        assertEquals(List.of(), t.effects());
        assertEquals(Optional.of("this article has no link"), t.state().message());
    }

    @Test
    void capitalUListsTheLinksAndQClosesThem() {
        UiState links = reading(narrow, articles, "<enter>", "U");
        assertEquals(Optional.of(new Overlay.Links(0, 0, "")), links.overlay());
        assertEquals(Optional.empty(), pressed(links, "q").overlay());
        assertTrue(dev.lede.ui.view.Views.frame(links).toPlainText().contains("[2] harbour fund accounts"));
    }

    @Test
    void onlyWebLinksAreHandedOn() {
        assertEquals(Optional.of("https://a.example/x"), WebLink.clean(" https://a.example/x "));
        assertEquals(Optional.of("mailto:desk@a.example"), WebLink.clean("mailto:desk@a.example"));
        assertEquals(Optional.empty(), WebLink.clean("javascript:alert(1)"));
        assertEquals(Optional.empty(), WebLink.clean("file:///etc/passwd"));
        assertEquals(Optional.empty(), WebLink.clean("https://a.example/\u001b]52;c;x\u0007"));
        assertEquals(Optional.empty(), WebLink.clean("https://a.example/a b"));
        assertEquals(Optional.empty(), WebLink.clean(null));
    }

    @Test
    void aNoticeFromTheTuiGoesToTheStatusLine() {
        assertEquals(
                Optional.of("link copied"),
                Update.update(narrow, new Event.Notice("link copied")).state().message());
    }
}
