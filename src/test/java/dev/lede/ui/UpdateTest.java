package dev.lede.ui;

import static dev.lede.ui.Keys.answer;
import static dev.lede.ui.Keys.press;
import static dev.lede.ui.Keys.pressed;
import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.keys.Key;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateTest {

    private final List<Article> articles = Keys.all(40);
    private final Library library = Fixtures.library(40);
    /** 80×24: one pane at a time, 22 body rows. */
    private final UiState narrow = Keys.start(library, 80, 24);
    /** 120×40: side by side. */
    private final UiState wide = Keys.start(library, 120, 40);

    @Test
    void startsOnTheFirstHeadlineWithTheListFocused() {
        assertEquals(0, narrow.list().selected());
        assertEquals(Focus.LIST, narrow.focus());
        assertEquals(Optional.empty(), narrow.reader());
        assertEquals(42, narrow.unreadCount());
    }

    @Test
    void tabAndZWithNoArticleOpenSaySo() {
        UiState tab = pressed(narrow, "<tab>");
        assertEquals(Focus.LIST, tab.focus());
        assertEquals(Optional.of("no article open"), tab.message());
        UiState z = pressed(narrow, "z");
        assertEquals(false, z.fullScreen());
        assertEquals(Optional.of("no article open"), z.message());
    }

    @Test
    void jAndKMoveTheSelectionAndStopAtTheEnds() {
        assertEquals(2, pressed(narrow, "j", "<down>", "<c-n>", "k").list().selected());
        assertEquals(0, pressed(narrow, "k", "<up>").list().selected());
        assertEquals(41, pressed(narrow, "G", "j").list().selected());
    }

    @Test
    void gAndGGoToFirstAndLastAndKeepTheSelectionOnScreen() {
        UiState last = pressed(narrow, "G");
        assertEquals(41, last.list().selected());
        assertEquals(42 - 22, last.list().top());
        UiState first = pressed(last, "<home>");
        assertEquals(new ListPage(first.list().order(), 0, 0), first.list());
    }

    @Test
    void pagingMovesViewAndSelectionTogether() {
        UiState paged = pressed(narrow, "j", "<space>");
        assertEquals(23, paged.list().selected());
        assertEquals(20, paged.list().top()); // clamped: 42 rows, 22 on screen
        UiState half = pressed(narrow, "d");
        assertEquals(11, half.list().selected());
        assertEquals(0, pressed(half, "<c-u>").list().selected());
        assertEquals(41, pressed(paged, "f").list().selected()); // already at the end: last row
        assertEquals(0, pressed(paged, "b", "<pgup>").list().selected());
    }

    @Test
    void enterOpensTheSelectedArticleAndMarksItRead() {
        Transition t = press(narrow, "j", "<enter>");
        assertEquals(
                List.of(new Effect.SaveState(t.state().reading()), new Effect.OpenArticle(library.entry(1))),
                t.effects());
        assertEquals(Focus.READER, t.state().focus());
        assertTrue(t.state().isRead(library.entry(1).id()));
        assertEquals(41, t.state().unreadCount());
        assertFalse(t.state().reader().get().isLoaded());
    }

    @Test
    void theArticleArrivesLaidOutAtTheTextWidth() {
        UiState read = reading(narrow, articles, "<enter>");
        ReaderPage reader = read.reader().get();
        assertTrue(reader.isLoaded());
        assertEquals(78, reader.layout().get().width());
        assertEquals(Fixtures.FEATURE, reader.layout().get().line(0).text());
        UiState wideRead = reading(wide, articles, "<enter>");
        assertEquals(69, wideRead.reader().get().layout().get().width());
    }

    @Test
    void anAnswerForAnArticleAlreadyLeftIsIgnored() {
        Transition first = press(narrow, "<enter>");
        UiState moved = pressed(first.state(), "J");
        UiState late = Update.update(moved, new Event.ArticleOpened(library.entry(0), articles.get(0)))
                .state();
        assertEquals(moved, late);
    }

    @Test
    void aOneLineScrollSaysItScrolledByOneLine() {
        UiState read = reading(narrow, articles, "<enter>");
        Transition down = Update.update(read, new Event.KeyPressed(Key.of("j")));
        assertEquals(1, down.state().reader().get().top());
        assertEquals(1, down.scrolled());
        Transition up = Update.update(down.state(), new Event.KeyPressed(Key.of("k")));
        assertEquals(-1, up.scrolled());
        // at the top already: nothing moved
        assertEquals(
                0, Update.update(up.state(), new Event.KeyPressed(Key.of("k"))).scrolled());
        assertEquals(
                0,
                Update.update(down.state(), new Event.KeyPressed(Key.of("?"))).scrolled());
        assertEquals(read, up.state(), "a scroll down and back up is the state it left: no paint hint is kept in it");
    }

    @Test
    void readerPagesHalfPagesAndEnds() {
        UiState read = reading(Keys.start(library, 40, 12), articles, "<enter>");
        int rows = 10;
        int max = read.reader().get().maxTop(rows);
        assertEquals(rows, pressed(read, "<space>").reader().get().top());
        assertEquals(rows / 2, pressed(read, "d").reader().get().top());
        assertEquals(0, pressed(read, "d", "u").reader().get().top());
        assertEquals(max, pressed(read, "G").reader().get().top());
        assertEquals(0, pressed(read, "G", "g").reader().get().top());
        assertEquals(max - rows, pressed(read, "G", "b").reader().get().top());
    }

    @Test
    void spaceAtTheEndOpensTheNextArticle() {
        UiState atEnd = reading(narrow, articles, "<enter>", "G");
        Transition t = press(atEnd, "<space>");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(1))), Keys.work(t));
        assertEquals(1, t.state().list().selected());
    }

    @Test
    void capitalJAndKOpenTheNeighbouringArticles() {
        UiState read = reading(narrow, articles, "j", "<enter>");
        assertEquals(library.entry(2), pressed(read, "J").reader().get().entry());
        assertEquals(library.entry(0), pressed(read, "K").reader().get().entry());
        assertEquals("first article", pressed(read, "K", "K").message().get());
    }

    @Test
    void searchInTheArticleHighlightsAndStepsThroughMatches() {
        UiState read = reading(narrow, articles, "<enter>");
        UiState typed = pressed(read, "/", "h", "e", "r", "o", "n");
        assertTrue(typed.prompt().isPresent());
        ArticleSearch search = typed.reader().get().search().get();
        assertEquals("heron", search.query());
        assertTrue(search.matches().size() >= 3, "Grey Heron appears in the body, the quote and the timetable");
        UiState kept = pressed(typed, "<enter>");
        assertTrue(kept.prompt().isEmpty());
        assertEquals(0, kept.reader().get().search().get().current());
        assertEquals(1, pressed(kept, "n").reader().get().search().get().current());
        int last = search.matches().size() - 1;
        UiState wrapped = pressed(kept, "N");
        assertEquals(last, wrapped.reader().get().search().get().current());
        assertEquals("search wrapped to the bottom", wrapped.message().get());
        assertEquals(Optional.empty(), pressed(kept, "<esc>").reader().get().search());
        // Laid out again (a resize, or backlinks found late): n goes on from the match it was on.
        UiState second = pressed(kept, "n");
        UiState resized = Update.update(second, new Event.Resized(50, 24)).state();
        assertEquals(1, resized.reader().get().search().get().current());
        assertEquals(2, pressed(resized, "n").reader().get().search().get().current());
    }

    @Test
    void escapeWhileTypingASearchPutsTheReaderBack() {
        UiState read = reading(narrow, articles, "<enter>", "j", "j");
        UiState cancelled = pressed(read, "/", "f", "u", "n", "d", "<esc>");
        assertEquals(read.reader().get().top(), cancelled.reader().get().top());
        assertEquals(Optional.empty(), cancelled.reader().get().search());
        assertEquals(Optional.empty(), cancelled.prompt());
    }

    @Test
    void ctrlWErasesTheLastWordOfASearchAndCtrlUAllOfIt() {
        UiState typed = pressed(narrow, "/", "g", "r", "e", "y", "<space>", "f", "e", "r", "r", "y", "<space>");
        UiState word = pressed(typed, "<c-w>");
        assertEquals("grey ", word.prompt().get().text());
        assertEquals("grey", word.list().order().filter().strip(), "the list follows the shorter search");
        UiState erased = pressed(word, "<c-u>");
        assertTrue(erased.prompt().isPresent(), "still typing");
        assertEquals("", erased.prompt().get().text());
        assertFalse(erased.list().order().isFiltered());
        UiState inArticle = pressed(reading(narrow, articles, "<enter>"), "/", "h", "e", "<c-w>");
        assertEquals("", inArticle.prompt().get().text());
    }

    @Test
    void whileASearchIsTypedCtrlZSuspendsAndCtrlLRedrawsAsEverywhere() {
        UiState typing = pressed(narrow, "/", "f", "e");
        Transition suspended = press(typing, "<c-z>");
        assertEquals(List.of(new Effect.Suspend()), suspended.effects());
        assertEquals(Optional.of("fe"), suspended.state().prompt().map(Prompt::text), "still typing after fg");
        assertEquals(List.of(new Effect.Redraw()), press(typing, "<c-l>").effects());
        assertEquals(List.of(new Effect.Quit()), press(typing, "<c-c>").effects());
        UiState inArticle = pressed(reading(narrow, articles, "<enter>"), "/", "h");
        assertEquals(List.of(new Effect.Suspend()), press(inArticle, "<c-z>").effects());
        assertEquals(List.of(), press(typing, "<f5>").effects(), "a key bound to nothing does nothing");
    }

    @Test
    void librarySearchFiltersTheListIncrementallyAndEscShowsAllAgain() {
        UiState typed = pressed(narrow, "j", "j", "/", "f", "e", "r", "r", "y");
        assertTrue(typed.list().order().isFiltered());
        assertEquals(2, typed.list().order().size(), "the feature and its sequel mention the ferry");
        UiState kept = pressed(typed, "<enter>");
        assertEquals("ferry", kept.list().order().filter());
        assertEquals(1, pressed(kept, "n").list().selected());
        UiState cleared = pressed(kept, "n", "<esc>");
        assertFalse(cleared.list().order().isFiltered());
        assertEquals(1, cleared.list().selected(), "the article selected in the filter stays selected");
        UiState cancelled = pressed(typed, "<esc>");
        assertEquals(2, cancelled.list().selected(), "Esc while typing returns to where the search began");
    }

    @Test
    void nAndCapitalNStepThroughUnreadHeadlinesWithoutASearch() {
        UiState read = reading(narrow, articles, "j", "<enter>", "q", "g");
        assertEquals(2, pressed(read, "j", "n").list().selected(), "headline 2 was read: skipped");
        assertEquals(0, pressed(read, "j", "j", "N").list().selected());
    }

    @Test
    void sCyclesTheSortAndKeepsTheSelectedArticle() {
        UiState selected = pressed(narrow, "j");
        UiState newest = pressed(selected, "S");
        assertEquals(Sort.NEWEST, newest.list().order().sort());
        assertEquals(library.entry(1).id(), newest.list().selectedId());
        assertEquals("2025-03-12", newest.list().order().entry(0).published());
        UiState title = pressed(newest, "S");
        assertEquals(Sort.TITLE, title.list().order().sort());
        assertEquals(
                "Harbour town of Maresby votes to keep its last ferry running",
                title.list().order().entry(0).headline());
        assertEquals(Sort.FILE_ORDER, pressed(title, "S").list().order().sort());
    }

    @Test
    void rFocusesTheRelatedHeadlinesAndAgainGoesBack() {
        UiState read = reading(narrow, articles, "<enter>");
        UiState related = pressed(read, "r");
        ReaderPage reader = related.reader().get();
        assertEquals(0, reader.relatedFocus());
        int line = reader.layout().get().relatedLine(1);
        assertTrue(line >= reader.top() && line < reader.top() + 22, "the related headlines are on screen");
        assertEquals(1, pressed(related, "<tab>").reader().get().relatedFocus());
        assertEquals(1, pressed(related, "<s-tab>").reader().get().relatedFocus());
        UiState back = pressed(related, "r");
        assertEquals(-1, back.reader().get().relatedFocus());
        assertEquals(0, back.reader().get().top());
        assertEquals(-1, pressed(related, "<esc>").reader().get().relatedFocus());
    }

    @Test
    void qInTheRelatedHeadlinesGoesBackOneLevelAsRAgainDoes() {
        UiState read = reading(narrow, articles, "<enter>");
        UiState related = pressed(read, "r", "<tab>");
        UiState back = pressed(related, "q");
        assertEquals(Focus.READER, back.focus(), "still reading");
        assertEquals(-1, back.reader().get().relatedFocus());
        assertEquals(
                pressed(related, "r").reader().get().top(), back.reader().get().top());
        assertEquals(Focus.LIST, pressed(back, "q").focus());
    }

    @Test
    void theFocusedRelatedHeadlineStaysInViewWhenTheTerminalShrinks() {
        UiState related = pressed(reading(narrow, articles, "<enter>"), "r", "<tab>");
        for (int[] size : new int[][] {{40, 10}, {80, 6}, {30, 5}}) {
            UiState resized =
                    Update.update(related, new Event.Resized(size[0], size[1])).state();
            ReaderPage reader = resized.reader().get();
            assertEquals(1, reader.relatedFocus(), "still focused");
            int line = reader.layout().get().relatedLine(1);
            int rows = resized.geometry().page();
            assertTrue(
                    line >= reader.top() && line < reader.top() + rows,
                    size[0] + "x" + size[1] + ": line " + line + " out of " + reader.top() + "+" + rows);
        }
    }

    @Test
    void aNumberOpensTheRelatedArticleWhenItIsInTheLibrary() {
        UiState read = reading(narrow, articles, "<enter>", "j", "j");
        // The article has a link [1]: the digit waits a moment for o or y, then opens related headline 1.
        Transition waiting = press(read, "1");
        assertEquals(List.of(new Effect.CountTimer(CountUpdate.WAIT_MILLIS)), Keys.work(waiting));
        Transition t = Update.update(waiting.state(), new Event.CountExpired());
        assertEquals(List.of(new Effect.OpenArticle(library.entry(1))), Keys.work(t));
        assertEquals(Optional.empty(), t.state().prompt());
        assertTrue(t.state().reader().get().jumped());
        assertEquals(
                List.of(new History.Visit(library.entry(0), read.reader().get().anchor())),
                t.state().history().back());
    }

    @Test
    void enterOnAFocusedRelatedHeadlineOpensIt() {
        UiState read = reading(narrow, articles, "<enter>", "r");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(1))), Keys.work(press(read, "<enter>")));
    }

    @Test
    void keysTypedWhileTheArticleIsOnItsWayActOnceItArrives() {
        // Over SSH the keys after Enter often come in the same packet, before the article is read.
        UiState waiting = pressed(narrow, "<enter>", "G", "r");
        assertTrue(waiting.reader().isPresent() && !waiting.reader().get().isLoaded());
        Transition arrived = Update.update(waiting, opened(waiting));
        ReaderPage reader = arrived.state().reader().orElseThrow();
        assertEquals(0, reader.relatedFocus(), "r acted once the article was here");
        assertEquals(List.of(), reader.typedAhead());
        UiState bottom = Update.update(pressed(narrow, "<enter>", "G"), opened(pressed(narrow, "<enter>")))
                .state();
        assertEquals(
                bottom.reader().get().maxTop(bottom.geometry().page()),
                bottom.reader().get().top(),
                "G acted");
    }

    @Test
    void aKeyThatLeavesActsAtOnceAndDropsTheKeysWaitingBeforeIt() {
        UiState left = pressed(narrow, "<enter>", "G", "h");
        assertEquals(Focus.LIST, left.focus(), "h went back at once");
        assertTrue(
                left.reader().isEmpty() || left.reader().get().typedAhead().isEmpty(),
                left.reader().toString());
        assertTrue(press(pressed(narrow, "<enter>", "G"), "Q").effects().contains(new Effect.Quit()));
    }

    @Test
    void keysWaitingForAnArticleThatCannotBeReadAreDropped() {
        UiState waiting = pressed(narrow, "<enter>", "G");
        LibraryEntry entry = waiting.reader().orElseThrow().entry();
        UiState after = Update.update(waiting, new Event.ArticleUnavailable(entry, "file was removed"))
                .state();
        assertEquals(List.of(), after.reader().get().typedAhead());
        assertEquals(Optional.of("cannot show this article: file was removed"), after.message());
    }

    /** The answer to the OpenArticle that {@code state}'s reader waits for. */
    private Event.ArticleOpened opened(UiState state) {
        LibraryEntry entry = state.reader().orElseThrow().entry();
        Article article = articles.stream()
                .filter(a -> a.id().equals(entry.id()))
                .findFirst()
                .orElseThrow();
        return new Event.ArticleOpened(entry, article);
    }

    @Test
    void aRelatedHeadlineNotMatchedYetSearchesForItsWordsAndSaysSo() {
        Library unmatched = Fixtures.library(40);
        // As the reader holds a library between its load and its links being built (Keys.start builds them).
        UiState read = Keys.reading(UiState.initial(unmatched, "feeds/", 80, 24), articles, "<enter>");
        assertFalse(unmatched.resolvedTogether(), "no links built for this library");
        Transition t = Update.update(pressed(read, "2"), new Event.CountExpired());
        assertEquals(Fixtures.MISSING, t.state().list().order().filter());
        assertTrue(
                t.state().message().get().startsWith("not matched yet"),
                t.state().message().get());
    }

    @Test
    void aRelatedHeadlineNotInTheLibrarySearchesForItsWordsInstead() {
        UiState read = reading(narrow, articles, "<enter>");
        Transition t = Update.update(pressed(read, "2"), new Event.CountExpired());
        assertEquals(List.of(), t.effects());
        assertEquals(Focus.LIST, t.state().focus());
        assertEquals(Fixtures.MISSING, t.state().list().order().filter());
        assertTrue(t.state().message().get().startsWith("not in the library"));
        assertEquals(
                "related headlines go from 1 to 2", pressed(read, "7").message().get());
    }

    @Test
    void afterARelatedHeadlinesSearchHInTheListGoesBackToTheArticleItCameFrom() {
        UiState read = reading(narrow, articles, "<enter>", "j", "j");
        UiState searched =
                Update.update(pressed(read, "2"), new Event.CountExpired()).state();
        assertEquals(
                "not in the library — searched for its words; Esc shows all, h goes back",
                searched.message().orElseThrow());
        UiState cleared = pressed(searched, "<esc>");
        assertEquals("", cleared.list().order().filter());
        assertEquals(Optional.empty(), cleared.reader(), "the list's selection is a match, not the article");
        Transition back = press(cleared, "h");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(0))), Keys.work(back));
        UiState restored = answer(back, articles);
        assertEquals(Focus.READER, restored.focus());
        assertEquals(library.entry(0).id(), restored.reader().get().entry().id());
        assertEquals(read.reader().get().anchor(), restored.reader().get().anchor(), "where it was left");
        assertEquals("no article read yet", pressed(narrow, "h").message().orElseThrow());
    }

    @Test
    void backReturnsToTheArticleJumpedFromAtItsPlace() {
        UiState read = reading(Keys.start(library, 40, 8), articles, "<enter>", "j", "j", "j");
        UiState jumped = reading(
                Keys.answer(Update.update(pressed(read, "1"), new Event.CountExpired()), articles), articles, "j");
        Transition back = press(jumped, "h");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(0))), Keys.work(back));
        UiState restored = answer(back, articles);
        assertEquals(3, restored.reader().get().top());
        assertEquals(1, restored.history().forward().size());
        UiState forward = reading(restored, articles, "L");
        assertEquals(library.entry(1), forward.reader().get().entry());
        assertEquals(1, forward.reader().get().top(), "forward restores the place too");
        UiState list = pressed(restored, "h");
        assertEquals(Focus.LIST, list.focus(), "not reached by a jump: h goes to the list");
    }

    @Test
    void historyBackWithoutHistorySaysSo() {
        UiState read = reading(narrow, articles, "<enter>");
        assertEquals("no earlier article", pressed(read, "H").message().get());
        assertEquals("no later article", pressed(read, "L").message().get());
    }

    @Test
    void resizeReflowsAndKeepsTheTopLineInView() {
        UiState read = reading(Keys.start(library, 80, 24), articles, "<enter>", "j", "j", "j", "j", "j");
        ReaderPage before = read.reader().get();
        UiState narrower = Update.update(read, new Event.Resized(40, 24)).state();
        ReaderPage after = narrower.reader().get();
        assertEquals(38, after.layout().get().width());
        Anchor kept = before.anchor();
        ReaderLayout layout = after.layout().get();
        assertEquals(kept.unit(), layout.line(after.top()).unit());
        assertTrue(
                layout.line(after.top()).offset() <= kept.offset(), "the new top line starts at or before the old one");
        ReaderLine below = layout.line(after.top() + 1);
        assertTrue(below.unit() > kept.unit() || below.offset() > kept.offset(), "and the next line starts after it");
    }

    @Test
    void qBacksOutOneLevelAndQuitsAtTheTop() {
        UiState read = reading(narrow, articles, "<enter>");
        Transition back = press(read, "q");
        assertEquals(Focus.LIST, back.state().focus());
        assertEquals(List.of(), back.effects());
        assertEquals(List.of(new Effect.Quit()), press(back.state(), "q").effects());
        assertEquals(List.of(new Effect.Quit()), press(read, "Q").effects());
        assertEquals(List.of(new Effect.Quit()), press(read, "<c-c>").effects());
    }

    @Test
    void escapeNeverQuits() {
        assertEquals(List.of(), press(narrow, "<esc>", "<esc>").effects());
        assertEquals(narrow, pressed(narrow, "<esc>"));
    }

    @Test
    void redrawSuspendAndTerminalGoneAreEffects() {
        assertEquals(List.of(new Effect.Redraw()), press(narrow, "<c-l>").effects());
        assertEquals(List.of(new Effect.Suspend()), press(narrow, "<c-z>").effects());
        assertEquals(
                List.of(new Effect.Quit()),
                Update.update(narrow, new Event.TerminalGone()).effects());
    }

    @Test
    void helpOpensScrollsAndCloses() {
        UiState help = pressed(Keys.start(library, 80, 10), "?");
        assertEquals(Optional.of(new Overlay.Help(0)), help.overlay());
        assertEquals(Optional.of(new Overlay.Help(1)), pressed(help, "j").overlay());
        assertEquals(Optional.empty(), pressed(help, "<esc>").overlay());
        assertEquals(Optional.empty(), pressed(help, "q").overlay());
        assertEquals(Optional.empty(), pressed(help, "?").overlay());
        assertEquals(
                Optional.of(new Overlay.Help(0)),
                pressed(Keys.start(library, 80, 10), "<f1>").overlay());
    }

    @Test
    void aKeyAnOverlayDoesNotTakeSaysHowToCloseIt() {
        UiState help = pressed(narrow, "?");
        UiState slash = pressed(help, "/");
        assertEquals(Optional.of(new Overlay.Help(0)), slash.overlay(), "still open");
        assertEquals(Optional.of("not in the help — q closes it"), slash.message());
        UiState story = reading(Keys.start(Fixtures.library(6), 80, 24), Keys.all(6), "<enter>", "s");
        assertEquals(
                Optional.of("not in the story — q closes it"),
                pressed(story, "r").message());
        assertEquals(Optional.empty(), pressed(help, "j").message(), "a key it takes says nothing");
    }

    @Test
    void pListsProblemsOrSaysThereAreNone() {
        assertEquals("no problems so far", pressed(narrow, "P").message().get());
        Library troubled = Fixtures.withProblems(library, new Problem("feeds/broken.xml", "malformed XML, skipped"));
        assertEquals(
                Optional.of(new Overlay.Problems(0)),
                pressed(Keys.start(troubled, 80, 24), "P").overlay());
    }

    @Test
    void tabSwitchesFocusAndZTogglesFullScreen() {
        UiState read = reading(wide, articles, "<enter>");
        assertEquals(Focus.LIST, pressed(read, "<tab>").focus());
        assertEquals(Focus.READER, pressed(read, "<tab>", "<tab>").focus());
        UiState full = pressed(read, "z");
        assertTrue(full.fullScreen());
        assertEquals(90, full.reader().get().layout().get().width(), "full screen relays out at the capped width");
        assertFalse(pressed(full, "z").fullScreen());
        assertEquals(
                wide.withMessage("no article open"),
                pressed(wide, "<tab>"),
                "nothing to switch to before an article is opened, and it says so");
    }

    @Test
    void afterGoingBackThePreviewFollowsTheSelection() {
        UiState back = pressed(reading(wide, articles, "<enter>", "j", "j"), "q");
        assertEquals(library.entry(0), back.reader().get().entry(), "on its own headline the article stays open");
        assertEquals(Focus.READER, pressed(back, "<tab>").focus(), "and Tab goes back into it");
        UiState moved = pressed(back, "j");
        assertEquals(Optional.empty(), moved.reader(), "the pane previews the selected headline instead");
        assertEquals(library.entry(0), moved.history().previous().get().entry());
        assertEquals(
                Optional.empty(), pressed(moved, "k").reader(), "back on its headline: a preview, not the old page");
        UiState next = reading(moved, articles, "<enter>");
        assertEquals(library.entry(1), next.reader().get().entry());
        Transition historyBack = press(next, "H");
        assertEquals(
                List.of(new Effect.OpenArticle(library.entry(0))),
                Keys.work(historyBack),
                "the article left behind is still on the history");
        assertEquals(2, answer(historyBack, articles).reader().get().top(), "at the place it was left");
    }

    @Test
    void anArticleReopenedFromTheListIsOnTheHistoryOnce() {
        // Opened, left by moving the selection (it goes on the history), opened again, then a related jump.
        UiState reopened = reading(pressed(reading(wide, articles, "<enter>"), "q", "j", "k"), articles, "<enter>");
        assertEquals(
                Optional.of("no earlier article"),
                pressed(reopened, "H").message(),
                "the visit left on the history is of the article open again");
        UiState jumped = reading(reopened, articles, "r", "<enter>");
        assertEquals(library.entry(1), jumped.reader().get().entry());
        assertEquals(List.of(library.entry(0)), entries(jumped.history().back()), "one visit of entry 0, not two");
        UiState back = reading(jumped, articles, "h");
        assertEquals(library.entry(0), back.reader().get().entry());
        Transition again = press(back, "H");
        assertEquals(List.of(), Keys.work(again), "H does not reopen the article already shown");
        assertEquals(Optional.of("no earlier article"), again.state().message());
    }

    private static List<LibraryEntry> entries(List<History.Visit> visits) {
        return visits.stream().map(History.Visit::entry).toList();
    }

    @Test
    void afterALibrarySearchThePreviewIsOfAHeadlineInTheFilteredList() {
        UiState back = pressed(reading(wide, articles, "j", "j", "<enter>"), "q");
        UiState filtered = pressed(back, "/", "f", "e", "r", "r", "y", "<enter>");
        assertEquals(-1, filtered.list().order().indexOf(library.entry(2).id()));
        assertEquals(Optional.empty(), filtered.reader(), "the article left open is not in the list any more");
        assertEquals(library.entry(0).id(), filtered.list().selectedId());
    }

    @Test
    void aGrowingLibraryKeepsTheSelectionOnTheSameArticle() {
        LibraryBuilder builder = new LibraryBuilder();
        articles.subList(0, 5).forEach(builder::add);
        UiState partial = pressed(Keys.start(builder.snapshot(), 80, 24), "j", "j", "S");
        assertEquals(Sort.NEWEST, partial.list().order().sort());
        String selected = partial.list().selectedEntry().get().headline();
        articles.subList(5, articles.size()).forEach(builder::add);
        UiState grown = Update.update(partial, new Event.LibraryUpdated(builder.finish()))
                .state();
        assertEquals(42, grown.list().order().size());
        assertEquals(selected, grown.list().selectedEntry().get().headline());
        assertTrue(grown.library().isComplete());
    }

    @Test
    void aListAtItsTopStaysThereWhenNewerArticlesArriveAboveTheSelection() {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        // S keeps the selected article, which sorts to the second row; k goes back to the first.
        UiState partial = pressed(Keys.start(builder.snapshot(), 80, 24), "S", "k");
        assertEquals(Sort.NEWEST, partial.list().order().sort());
        assertEquals(0, partial.list().selected());
        builder.add(Fixtures.simple("Latecomer: the harbour wall is finished", "2026-06-30", "It opened today."));
        ListPage grown = Update.update(partial, new Event.LibraryUpdated(builder.finish()))
                .state()
                .list();
        assertEquals(0, grown.selected(), "no article chosen yet: the first row stays selected");
        assertEquals(0, grown.top());
        assertEquals(
                "Latecomer: the harbour wall is finished",
                grown.selectedEntry().get().headline());
    }

    @Test
    void aChosenArticleKeepsItsPlaceAndALatecomerAboveItShows() {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add); // more than a page: the list can scroll
        UiState partial = pressed(Keys.start(builder.snapshot(), 80, 24), "S", "j");
        String selected = partial.list().selectedEntry().get().headline();
        builder.add(Fixtures.simple("Latecomer: the harbour wall is finished", "2026-06-30", "It opened today."));
        ListPage grown = Update.update(partial, new Event.LibraryUpdated(builder.finish()))
                .state()
                .list();
        assertEquals(selected, grown.selectedEntry().get().headline(), "the reader's place is kept");
        assertEquals(partial.list().selected() + 1, grown.selected(), "the latecomer sorts above it");
        assertEquals(0, grown.top(), "and shows, not scrolled out of sight");
    }

    @Test
    void aLibraryThatFinishesWithOneArticleOpensItAtOnce() {
        LibraryBuilder builder = new LibraryBuilder();
        UiState waiting = Keys.start(builder.snapshot(), 80, 24);
        builder.add(articles.get(0));
        Transition t = Update.update(waiting, new Event.LibraryUpdated(builder.finish()));
        assertEquals(
                List.of(
                        new Effect.BuildLinks(t.state().library()),
                        new Effect.OpenArticle(t.state().library().entry(0))),
                Keys.work(t));
        assertEquals(Focus.READER, t.state().focus());
        assertTrue(t.state().reader().isPresent());
    }

    @Test
    void qInTheOnlyArticleQuitsAtOnce() {
        LibraryBuilder builder = new LibraryBuilder();
        UiState waiting = Keys.start(builder.snapshot(), 80, 24);
        builder.add(articles.get(0));
        UiState open = answer(Update.update(waiting, new Event.LibraryUpdated(builder.finish())), articles);
        assertEquals(List.of(new Effect.Quit()), Keys.work(press(open, "q")), "no list of one on the way out");
        String status = open.focus() == Focus.READER ? lastRow(open) : "";
        assertTrue(status.contains("q quit") && !status.contains("h back"), "the hint offers what q does: " + status);
        UiState list = pressed(open, "h");
        assertEquals(Focus.LIST, list.focus(), "h still shows the list");
        assertEquals(List.of(new Effect.Quit()), Keys.work(press(list, "q")));
    }

    @Test
    void qInAnArticleOfALibraryStillLoadingGoesBackToTheList() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(articles.get(0));
        UiState open = reading(Keys.start(builder.snapshot(), 80, 24), articles, "<enter>");
        Transition back = press(open, "q");
        assertEquals(List.of(), Keys.work(back), "more articles may still come");
        assertEquals(Focus.LIST, back.state().focus());
    }

    @Test
    void aLibraryOfSeveralArticlesOrOneTheReaderAlreadyLeftOpensNothing() {
        LibraryBuilder several = new LibraryBuilder();
        articles.subList(0, 2).forEach(several::add);
        UiState waiting = Keys.start(new LibraryBuilder().snapshot(), 80, 24);
        Library finished = several.finish();
        assertEquals(
                List.of(new Effect.BuildLinks(finished)),
                Update.update(waiting, new Event.LibraryUpdated(finished)).effects(),
                "nothing opens; the finished library's links are worked out");

        LibraryBuilder one = new LibraryBuilder();
        one.add(articles.get(0));
        UiState searching = pressed(Keys.start(one.snapshot(), 80, 24), "/");
        Library oneFinished = one.finish();
        assertEquals(
                List.of(new Effect.BuildLinks(oneFinished)),
                Update.update(searching, new Event.LibraryUpdated(oneFinished)).effects(),
                "a search being typed is not interrupted");
    }

    @Test
    void theSameCompleteLibraryHandedAgainHasItsLinksBuiltOnce() {
        LibraryBuilder several = new LibraryBuilder();
        articles.subList(0, 2).forEach(several::add);
        Library finished = several.finish();
        UiState shown = Update.update(
                        Keys.start(new LibraryBuilder().snapshot(), 80, 24), new Event.LibraryUpdated(finished))
                .state();
        assertEquals(
                List.of(),
                Update.update(shown, new Event.LibraryUpdated(finished)).effects());
        Library again = several.finish();
        assertEquals(
                List.of(new Effect.BuildLinks(again)),
                Update.update(shown, new Event.LibraryUpdated(again)).effects(),
                "another snapshot builds its own");
    }

    @Test
    void anUnavailableArticleIsReportedOnTheStatusLine() {
        Transition t = press(narrow, "<enter>");
        UiState gone = Update.update(t.state(), new Event.ArticleUnavailable(library.entry(0), "file was removed"))
                .state();
        assertEquals(Optional.of("file was removed"), gone.reader().get().unavailable());
        assertEquals(
                "cannot show this article: file was removed", gone.message().get());
    }

    @Test
    void anUnboundKeyChangesNothingButSaysSo() {
        assertEquals(narrow.withMessage("x is not bound: ? lists the keys"), pressed(narrow, "x"));
        assertEquals(
                narrow.withMessage("F9 is not bound: ? lists the keys"),
                Update.update(narrow, new Event.KeyPressed(Key.of("<f9>"))).state());
    }

    @Test
    void aKeyOfAnotherPlaceSaysWhereItWorks() {
        assertEquals(
                narrow.withMessage("s works in the reader: Enter opens the selected article"), pressed(narrow, "s"));
        UiState reading = press(narrow, "<enter>").state();
        assertEquals(
                "S works in the headline list: q goes back to it",
                pressed(reading, "S").message().orElseThrow());
        assertEquals(reading.reader(), pressed(reading, "S").reader(), "nothing else changes");
        assertEquals(
                "Enter works in the related headlines: r focuses them",
                pressed(reading, "<enter>").message().orElseThrow());
    }

    private static String lastRow(UiState state) {
        List<String> rows =
                dev.lede.ui.view.Views.frame(state).toPlainText().lines().toList();
        return rows.get(rows.size() - 1);
    }
}
