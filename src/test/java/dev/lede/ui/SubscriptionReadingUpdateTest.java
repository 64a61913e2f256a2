package dev.lede.ui;

import static dev.lede.ui.Keys.press;
import static dev.lede.ui.Keys.pressed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** u (unread only), A (mark all in view read), R (fetch in the background) and new snapshots arriving under them. */
class SubscriptionReadingUpdateTest {

    private final Library library = Fixtures.library(10); // 12 articles
    private final UiState start = Keys.start(library, 80, 24);

    private static String statusLine(UiState state) {
        List<String> lines = Views.frame(state).toPlainText().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void uShowsOnlyTheUnreadAndAgainShowsAll() {
        UiState read = pressed(start, "m", "j", "j", "m"); // rows 0 and 2 read, row 2 selected
        UiState unread = pressed(read, "u");
        assertEquals(10, unread.list().order().size());
        assertTrue(unread.list().order().isUnreadOnly());
        assertEquals(library.entry(3).id(), unread.list().selectedId(), "the nearest unread below the read selection");
        assertTrue(statusLine(unread).contains("unread"), statusLine(unread));
        UiState all = pressed(unread, "u");
        assertEquals(12, all.list().order().size());
        assertEquals(library.entry(3).id(), all.list().selectedId(), "the same article stays selected");
    }

    @Test
    void anArticleReadWhileFilteredStaysUntilTheFilterIsAppliedAgain() {
        UiState unread = pressed(start, "u", "j", "m");
        assertEquals(12, unread.list().order().size(), "marked read, still in view: the list does not jump");
        assertEquals(1, unread.list().selected());
        UiState reapplied = pressed(unread, "u", "u");
        assertEquals(11, reapplied.list().order().size());
        assertFalse(
                reapplied.list().order().entry(1).id().equals(library.entry(1).id()));
    }

    @Test
    void escAndQClearTheUnreadFilter() {
        UiState unread = pressed(start, "m", "u");
        assertEquals(11, unread.list().order().size());
        assertEquals(12, pressed(unread, "<esc>").list().order().size());
        assertEquals(12, pressed(unread, "q").list().order().size());
    }

    @Test
    void ctrlUStillPagesUpInTheListAndUInTheReader() {
        UiState down = pressed(start, "G");
        UiState up = pressed(down, "<c-u>");
        assertTrue(up.list().selected() < down.list().selected());
        assertFalse(up.list().order().isUnreadOnly());
        assertEquals(
                Optional.of(dev.lede.ui.keys.Action.HALF_PAGE_UP),
                start.options().keymap().find(dev.lede.ui.keys.Context.READER, dev.lede.ui.keys.Key.of("u")),
                "as in less");
    }

    @Test
    void aMarksEveryArticleInViewReadAndSavesIt() {
        Transition marked = press(start, "m", "A");
        assertEquals(0, marked.state().unreadCount());
        assertEquals(Optional.of("11 marked read"), marked.state().message(), "the one read already is not counted");
        assertEquals(List.of(new Effect.SaveState(marked.state().reading())), marked.effects());
        assertEquals(
                Optional.of("all read already"), pressed(marked.state(), "A").message());
    }

    @Test
    void aMarksOnlyWhatTheFiltersLeaveInView() {
        UiState searched = pressed(start, "/", "Story 0", "<enter>");
        int matching = searched.list().order().size();
        assertTrue(matching > 0 && matching < 12, "the search narrows the list: " + matching);
        UiState marked = pressed(searched, "A");
        assertEquals(12 - matching, marked.unreadCount());
        assertEquals(Optional.of(matching + " marked read"), marked.message());
    }

    @Test
    void rAsksTheTuiToFetchAndShowsItsProgressThenItsOutcome() {
        Transition asked = press(start, "R");
        assertEquals(List.of(new Effect.FetchSubscriptions()), asked.effects());
        assertTrue(statusLine(asked.state()).contains("fetching…"), statusLine(asked.state()));
        Transition again = press(asked.state(), "R");
        assertEquals(List.of(), again.effects(), "one fetch at a time");
        assertEquals(Optional.of("already fetching"), again.state().message());

        UiState progressed = Update.update(asked.state(), new Event.FetchProgressed(12, 40, 3))
                .state();
        assertTrue(statusLine(progressed).contains("fetching… 12/40 · 3 new"), statusLine(progressed));
        UiState ended =
                Update.update(progressed, new Event.FetchEnded(40, 3, 0, null)).state();
        assertEquals(Optional.empty(), ended.fetch());
        assertEquals(Optional.of("3 new"), ended.message());
        assertFalse(statusLine(ended).contains("fetching"), statusLine(ended));
    }

    /**
     * Esc while R fetches stops it (found by qa11: Esc, which the help says stops the fetches in progress, did nothing
     * while a feed that never answered held "fetching… 13/14" for 20 s). A search is cleared first, as ever.
     */
    @Test
    void escStopsTheFetchAndSaysWhatIsLeftToTheNextOne() {
        UiState progressed = Update.update(pressed(start, "R"), new Event.FetchProgressed(13, 14, 2))
                .state();
        Transition searching = press(progressed, "/", "x", "<enter>", "<esc>");
        assertEquals(List.of(), searching.effects(), "Esc clears the search first");
        Transition stop = press(progressed, "<esc>");
        assertEquals(List.of(new Effect.StopSubscriptionFetch()), stop.effects());
        assertTrue(statusLine(stop.state()).contains("stopping the fetch…"), statusLine(stop.state()));
        assertEquals(List.of(), press(stop.state(), "<esc>").effects(), "asked once");
        UiState late = Update.update(stop.state(), new Event.FetchProgressed(14, 14, 3))
                .state();
        assertTrue(statusLine(late).contains("stopping the fetch…"), statusLine(late));
        UiState ended =
                Update.update(late, new Event.FetchEnded(13, 3, 0, null)).state();
        assertEquals(Optional.empty(), ended.fetch());
        assertEquals(Optional.of("fetch stopped (14 of 14 feeds done, 3 new); R fetches the rest"), ended.message());
        assertEquals(List.of(), press(start, "<esc>").effects(), "no fetch, nothing to stop");
    }

    /**
     * R in a reader started with no input before the first fetch: the fetched library's folder did not exist, so it
     * is not shown, and "lede with no input opens it" told the reader to do what it had just done (qa25). The next
     * start with no input opens it.
     */
    @Test
    void aReaderStartedWithNoInputIsToldItsNextStartShowsTheNewArticles() {
        UiState asked = pressed(start, "R");
        assertEquals(
                Optional.of("2 new, in the fetched library: lede opens it from its next start"),
                Update.update(asked, new Event.FetchEnded(1, 2, 0, null, false, true, 0))
                        .state()
                        .message());
    }

    /**
     * R in a reader that does not show the fetched library (opened before the first fetch, so on the samples or
     * ./feeds, or on inputs named): it said "2 new" and no new article came (found by qa7). It says where they are.
     */
    @Test
    void newArticlesTheReaderDoesNotShowAreSaidToBeInTheFetchedLibrary() {
        UiState asked = pressed(start, "R");
        assertEquals(
                Optional.of("2 new, in the fetched library: lede with no input opens it"),
                Update.update(asked, new Event.FetchEnded(1, 2, 0, null, false))
                        .state()
                        .message());
        assertEquals(
                Optional.of("0 new"),
                Update.update(asked, new Event.FetchEnded(1, 0, 0, null, false))
                        .state()
                        .message());
    }

    @Test
    void rInTheReaderFetchesToo() {
        UiState reading = Keys.reading(start, Keys.all(10), "<enter>");
        assertEquals(
                List.of(new Effect.FetchSubscriptions()), press(reading, "R").effects());
    }

    /**
     * Full-text failures were said only after quitting, while the status line said "20 new" as if all had gone well.
     * The count of feeds is said at once; the lines themselves still follow the reader's end.
     */
    @Test
    void feedsWhosePagesGaveNoFullTextAreCountedOnTheStatusLine() {
        UiState asked = pressed(start, "R");
        assertEquals(
                Optional.of("20 new · full text missing in 1 feed (details on quit)"),
                Update.update(asked, new Event.FetchEnded(3, 20, 0, null, true, false, 1))
                        .state()
                        .message());
        assertEquals(
                Optional.of("2 new, 1 failed — tides: timed out · full text missing in 2 feeds (details on quit)"),
                Update.update(asked, new Event.FetchEnded(4, 2, 1, "tides: timed out", true, false, 2))
                        .state()
                        .message());
        UiState stopping = press(
                        Update.update(asked, new Event.FetchProgressed(1, 4, 1)).state(), "<esc>")
                .state();
        assertEquals(
                Optional.of("fetch stopped (1 of 4 feeds done, 1 new); R fetches the rest"
                        + " · full text missing in 1 feed (details on quit)"),
                Update.update(stopping, new Event.FetchEnded(1, 1, 0, null, true, false, 1))
                        .state()
                        .message());
    }

    /** R kept out by another fetch: once that one ends, the line saying it runs says so, unless a key cleared it. */
    @Test
    void theLineThatAnotherFetchRunsIsReplacedWhenItEnds() {
        String running = "another lede fetch is running (pid 7)";
        UiState lockedOut = Update.update(pressed(start, "R"), new Event.FetchEnded(0, 0, 0, running))
                .state();
        assertEquals(
                Optional.of("the other lede fetch ended"),
                Update.update(lockedOut, new Event.NoticeOutdated(running, "the other lede fetch ended"))
                        .state()
                        .message());
        UiState moved = pressed(lockedOut, "j");
        assertEquals(
                moved.message(),
                Update.update(moved, new Event.NoticeOutdated(running, "the other lede fetch ended"))
                        .state()
                        .message(),
                "a line no longer shown is not brought back");
    }

    @Test
    void aFailedFetchIsOneLine() {
        UiState asked = pressed(start, "R");
        assertEquals(
                Optional.of("38 new, 2 failed — tides: timed out"),
                Update.update(asked, new Event.FetchEnded(40, 38, 2, "tides: timed out"))
                        .state()
                        .message());
        assertEquals(
                Optional.of("another lede fetch is running (pid 7)"),
                Update.update(asked, new Event.FetchEnded(0, 0, 0, "another lede fetch is running (pid 7)"))
                        .state()
                        .message());
        assertEquals(
                Optional.of("no subscriptions — lede subscribe URL adds one"),
                Update.update(asked, new Event.FetchEnded(0, 0, 0, null))
                        .state()
                        .message());
    }

    @Test
    void newArticlesJoinTheListWithoutMovingTheSelectionAndShowUnderTheUnreadFilter() {
        UiState unread = pressed(start, "j", "j", "j", "m", "u");
        var selected = unread.list().selectedId();
        int row = unread.list().selected() - unread.list().top();
        List<Article> more = new ArrayList<>(List.of(Fixtures.feature(), Fixtures.sequel()));
        more.addAll(Fixtures.numbered(10));
        more.add(Fixtures.simple("Ferry strike ends", "2025-04-01", "The crews went back to work this morning."));
        LibraryBuilder builder = new LibraryBuilder();
        more.forEach(builder::add);
        UiState updated = Update.update(unread, new Event.LibraryUpdated(builder.finish()))
                .state();
        assertEquals(selected, updated.list().selectedId());
        assertEquals(row, updated.list().selected() - updated.list().top(), "at the same height on screen");
        assertEquals(12, updated.list().order().size(), "11 unread and the new one");
        assertEquals("Ferry strike ends", updated.list().order().entry(11).headline());
    }
}
