package dev.lede.ui;

import static dev.lede.ui.Keys.press;
import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Backlinks ("Linked from") and the story timeline ({@code s}) in the state machine. */
class StoryUpdateTest {

    private final List<Article> articles = Keys.all(6);
    private final Library library = Fixtures.library(6);
    /** The feature (first in the list) names the sequel (second) as related: one story of two. */
    private final UiState start = Keys.start(library, 80, 24);

    private static Overlay.Story story(UiState state) {
        return (Overlay.Story) state.overlay().orElseThrow();
    }

    private static List<String> headlines(List<LibraryEntry> entries) {
        return entries.stream().map(LibraryEntry::headline).toList();
    }

    @Test
    void sOpensTheStoryOldestFirstWithTheOpenArticleSelectedAndMarked() {
        UiState open = reading(start, articles, "<enter>", "s");
        Overlay.Story story = story(open);
        assertEquals(List.of(Fixtures.FEATURE, Fixtures.SEQUEL), headlines(story.entries()));
        assertEquals(library.entry(0).id(), story.current());
        assertEquals(0, story.selected());
        UiState fromSequel = reading(start, articles, "j", "<enter>", "s");
        assertEquals(1, story(fromSequel).selected(), "the sequel is the later one");
        assertEquals(library.entry(1).id(), story(fromSequel).current());
    }

    @Test
    void jAndKMoveTheSelectionAndEnterOpensTheSelectedArticle() {
        UiState open = reading(start, articles, "<enter>", "s", "j");
        assertEquals(1, story(open).selected());
        assertEquals(1, story(reading(open, articles, "j")).selected(), "the last stays selected");
        assertEquals(0, story(reading(open, articles, "k")).selected());
        Transition chosen = press(open, "<enter>");
        assertEquals(Optional.empty(), chosen.state().overlay(), "the story closes");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(1))), Keys.work(chosen));
        UiState arrived = Keys.answer(chosen, articles);
        assertEquals(Fixtures.SEQUEL, arrived.reader().orElseThrow().entry().headline());
        assertEquals(
                Fixtures.FEATURE,
                Keys.pressed(arrived, "h").reader().orElseThrow().entry().headline(),
                "h goes back as after a related jump");
    }

    @Test
    void pageKeysMoveTheSelectionByAPageSoWhatEnterOpensIsInView() {
        UiState open = reading(start, articles, "<enter>", "s");
        assertEquals(1, story(reading(open, articles, "<space>")).selected(), "to the last, a page being longer");
        assertEquals(1, story(reading(open, articles, "<c-d>")).selected());
        assertEquals(0, story(reading(open, articles, "<space>", "b")).selected());
        assertEquals(0, story(reading(open, articles, "G", "<c-u>")).selected());
    }

    @Test
    void enterOnTheOpenArticleEscAndSAgainCloseTheStory() {
        UiState open = reading(start, articles, "<enter>", "s");
        for (String key : new String[] {"<enter>", "<esc>", "s", "q"}) {
            Transition closed = press(open, key);
            assertEquals(Optional.empty(), closed.state().overlay(), key);
            assertEquals(List.of(), Keys.work(closed), key + " opens nothing");
            assertEquals(
                    Fixtures.FEATURE,
                    closed.state().reader().orElseThrow().entry().headline(),
                    key);
        }
    }

    @Test
    void sSaysWhyWhenThereIsNoStoryToShow() {
        UiState alone = reading(start, articles, "j", "j", "<enter>", "s");
        assertEquals(Optional.empty(), alone.overlay());
        assertEquals(Optional.of("no related link connects this article to another"), alone.message());
        UiState notYet = reading(UiState.initial(library, "feeds/", 80, 24), articles, "<enter>", "s");
        assertEquals(Optional.empty(), notYet.overlay());
        assertTrue(
                notYet.message().orElseThrow().contains("still being worked out"),
                notYet.message().orElseThrow());
    }

    @Test
    void theSequelListsTheFeatureAsLinkedFromNumberedAfterItsRelatedHeadlines() {
        UiState sequel = reading(start, articles, "j", "<enter>");
        ReaderLayout layout = sequel.reader().orElseThrow().layout().orElseThrow();
        assertEquals(List.of(Fixtures.FEATURE), headlines(layout.linkedFrom()));
        assertEquals(0, layout.relatedCount(), "the sequel names no related headline of its own");
        assertEquals("Linked from", layout.line(layout.linkedStart() - 1).text());
        Transition jump = press(sequel, "1");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(0))), Keys.work(jump));
        UiState focused = Keys.pressed(sequel, "r");
        assertEquals(0, focused.reader().orElseThrow().relatedFocus(), "r focuses the Linked from list too");
        assertEquals(List.of(new Effect.OpenArticle(library.entry(0))), Keys.work(press(focused, "<enter>")));
    }

    @Test
    void theFeatureNumbersItsRelatedHeadlinesFirst() {
        UiState feature = reading(start, articles, "<enter>");
        ReaderLayout layout = feature.reader().orElseThrow().layout().orElseThrow();
        assertEquals(2, layout.relatedCount());
        assertEquals(List.of(), layout.linkedFrom(), "nothing names the feature");
        assertEquals(
                Optional.of("related headlines go from 1 to 2"),
                Keys.pressed(feature, "3").message());
    }

    @Test
    void anArticleAddedWhileTheReaderIsOpenJoinsTheStoryAndShowsAsLinkedFrom() {
        UiState sequel = reading(start, articles, "j", "<enter>");
        Article follow = trainingFollowUp();
        LibraryBuilder builder = new LibraryBuilder();
        List<Article> more = new ArrayList<>(articles);
        more.add(follow);
        more.forEach(builder::add);
        Library grown = builder.finish();
        Transition updated = Update.update(sequel, new Event.LibraryUpdated(grown));
        assertEquals(
                List.of(
                        new Effect.BuildLinks(grown),
                        new Effect.OpenArticle(
                                grown.find(sequel.reader().orElseThrow().entry().id())
                                        .orElseThrow())),
                Keys.work(updated),
                "the complete library's links are asked for, and the open article read again (its file may have changed)");
        UiState linked = Update.update(updated.state(), new Event.LinksBuilt(LinkGraph.of(grown)))
                .state();
        ReaderLayout layout = linked.reader().orElseThrow().layout().orElseThrow();
        assertEquals(List.of(Fixtures.FEATURE, follow.headline()), headlines(layout.linkedFrom()));
        assertEquals(
                List.of(Fixtures.FEATURE, Fixtures.SEQUEL, follow.headline()),
                headlines(story(Keys.pressed(linked, "s")).entries()));
    }

    /** An article that arrives later, whose related headline names the sequel. */
    private static Article trainingFollowUp() {
        return Fixtures.article(
                "Maresby pilots finish their winter training",
                "2025-03-20",
                List.of(new dev.lede.core.article.Block.Paragraph("Both pilots passed.")),
                List.of(new RelatedHeadline(Fixtures.SEQUEL, null)),
                List.of());
    }

    @Test
    void anOpenStoryFollowsTheLibraryAsArticlesArriveAndGo() {
        UiState open = reading(start, articles, "j", "<enter>", "s");
        assertEquals(1, story(open).selected(), "the sequel");
        Article follow = trainingFollowUp();
        List<Article> more = new ArrayList<>(articles);
        more.add(0, follow);
        UiState grown = linkedTo(open, more);
        assertEquals(
                List.of(Fixtures.FEATURE, Fixtures.SEQUEL, follow.headline()),
                headlines(story(grown).entries()));
        assertEquals(
                Fixtures.SEQUEL,
                story(grown).entries().get(story(grown).selected()).headline(),
                "the selection stays on the article it was on");
        UiState shrunk = linkedTo(grown, articles);
        assertEquals(
                List.of(Fixtures.FEATURE, Fixtures.SEQUEL),
                headlines(story(shrunk).entries()));
        UiState alone = linkedTo(shrunk, articles.subList(1, articles.size()));
        assertEquals(Optional.empty(), alone.overlay(), "nothing links the sequel to another any more");
        assertEquals(Optional.of("no related link connects this article to another"), alone.message());
    }

    @Test
    void theHelpOrTheLinksKeyInTheStoryShowsThatOverlayInstead() {
        UiState open = reading(start, articles, "<enter>", "s");
        assertEquals(Optional.of(new Overlay.Help(0)), Keys.pressed(open, "?").overlay(), "? shows the help");
        assertTrue(Keys.pressed(open, "U").overlay().orElseThrow() instanceof Overlay.Links, "U the links");
        assertTrue(
                Keys.pressed(open, "U", "s").overlay().orElseThrow() instanceof Overlay.Story,
                "and s in the links list the story");
        assertEquals(Optional.empty(), Keys.pressed(open, "?", "?").overlay(), "the help's own key closes it");
    }

    @Test
    void theFocusedLinkedFromArticleStaysFocusedAsTheLinksChange() {
        Article follow = trainingFollowUp();
        List<Article> more = new ArrayList<>(articles);
        more.add(follow);
        UiState sequel = linkedTo(reading(start, articles, "j", "<enter>"), more);
        // The sequel names no related headline; Linked from: 1 the feature, 2 the follow-up.
        UiState onFollow = Keys.pressed(sequel, "r", "<tab>");
        assertEquals(1, onFollow.reader().orElseThrow().relatedFocus());
        // The feature goes: the follow-up is number 1 now, and keeps the focus.
        List<Article> withoutFeature = new ArrayList<>(more.subList(1, more.size()));
        UiState featureGone = linkedTo(onFollow, withoutFeature);
        assertEquals(0, featureGone.reader().orElseThrow().relatedFocus());
        assertEquals(
                List.of(new Effect.OpenArticle(
                        featureGone.library().entry(featureGone.library().size() - 1))),
                Keys.work(press(featureGone, "<enter>")),
                "Enter opens the follow-up");
        // The follow-up goes instead: the focus falls back on the last article still linking here.
        UiState followGone = linkedTo(onFollow, articles);
        assertEquals(0, followGone.reader().orElseThrow().relatedFocus());
        assertEquals(List.of(new Effect.OpenArticle(library.entry(0))), Keys.work(press(followGone, "<enter>")));
    }

    @Test
    void theStoryOfAnOpenArticleWhoseFileGoesClosesSayingThatItWent() {
        UiState open = reading(start, articles, "j", "<enter>", "s");
        List<Article> left = new ArrayList<>(articles);
        left.remove(1); // the sequel, open
        UiState gone = linkedTo(open, left);
        assertEquals(Optional.empty(), gone.overlay());
        assertEquals(Optional.of(SnapshotUpdate.GONE), gone.message(), "not 'no related link connects…'");
        assertEquals(Optional.of(SnapshotUpdate.GONE), Keys.pressed(gone, "s").message(), "s says it again");
    }

    /** The state after a complete library of {@code loaded} arrives and its links are built. */
    private static UiState linkedTo(UiState state, List<Article> loaded) {
        LibraryBuilder builder = new LibraryBuilder();
        loaded.forEach(builder::add);
        Library library = builder.finish();
        UiState updated =
                Update.update(state, new Event.LibraryUpdated(library)).state();
        return Update.update(updated, new Event.LinksBuilt(LinkGraph.of(library)))
                .state();
    }
}
