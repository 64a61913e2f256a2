package dev.lede.ui;

import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.library.LibraryBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The open article's file deleted or edited (an edit gives another id) while the reader shows it: the folders'
 * watch loads the library again without it, and the reader went on showing it, its row gone and the position
 * counting another, without a word (found by qa7 with rm under an open reader). It says so once; the text
 * stays, as it was being read.
 */
class OpenArticleGoneTest {

    private final List<Article> articles = Keys.all(5);

    private static LibraryBuilder libraryOf(List<Article> articles) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        return builder;
    }

    @Test
    void anOpenArticleThatLeavesTheLibraryIsSaidToHaveGone() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        Article shown = articles.get(1);
        assertEquals(shown.id(), open.reader().orElseThrow().entry().id());
        List<Article> left = articles.stream().filter(a -> a != shown).toList();
        UiState after = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(left).finish()))
                .state();
        assertEquals(
                Optional.of("this article's file was changed or deleted: it is no longer in the list"),
                after.message());
        assertTrue(after.reader().isPresent(), "the text being read stays");
    }

    /**
     * R's set keep pruning the article open: its outcome ("2 new") and the deleted file's line had followed each
     * other on the status line, the second replacing the first, whichever came first. One line says both.
     */
    @Test
    void theReadersFetchPruningTheOpenArticleSaysSoInOneLine() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>", "R");
        Article shown = articles.get(1);
        List<Article> left = articles.stream().filter(a -> a != shown).toList();
        Event.FetchEnded ended = new Event.FetchEnded(3, 2, 0, null, true, false, 0, java.util.Set.of(shown.id()));
        String one = "2 new · set keep pruned the article open here";

        UiState endedFirst = Update.update(open, ended).state();
        assertEquals(Optional.of(one), endedFirst.message());
        assertEquals(
                Optional.of(one),
                Update.update(
                                endedFirst,
                                new Event.LibraryUpdated(libraryOf(left).finish()))
                        .state()
                        .message(),
                "the deleted file is not said again after it");

        UiState goneFirst = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(left).finish()))
                .state();
        assertEquals(Optional.of(one), Update.update(goneFirst, ended).state().message());
    }

    /** Its file read again as the folders changed, and deleted before the read: said once, by the library's update. */
    @Test
    void aReadAgainThatFindsTheFileGoneSaysNothingMore() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        Article shown = articles.get(1);
        List<Article> left = articles.stream().filter(a -> a != shown).toList();
        UiState gone = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(left).finish()))
                .state();
        assertEquals(
                gone.message(),
                Update.update(
                                gone,
                                new Event.ArticleUnavailable(
                                        open.reader().orElseThrow().entry(), "can no longer be read"))
                        .state()
                        .message());
    }

    /** F or m on it had starred or marked an id no list shows again: ' then said no article was starred (qa25). */
    @Test
    void anOpenArticleThatLeftTheLibraryIsNeitherStarredNorMarked() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        Article shown = articles.get(1);
        List<Article> left = articles.stream().filter(a -> a != shown).toList();
        UiState gone = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(left).finish()))
                .state();
        UiState starred = reading(gone, articles, "F");
        assertEquals(Optional.of("this article's file was changed or deleted: nothing to star"), starred.message());
        assertTrue(starred.reading().starred().isEmpty(), "no star kept for an article no list shows");
        UiState marked = reading(gone, articles, "m");
        assertEquals(Optional.of("this article's file was changed or deleted: nothing to mark"), marked.message());
        assertEquals(gone.reading(), marked.reading());
    }

    /**
     * The open article's file rewritten under the same id (a fetched item updated by R, an edit keeping its Id:
     * line) while the reader shows it: it kept showing the old text, and nothing said so (qa25, R in tmux). The
     * library loaded again has it read again; new words are shown at the same place and said, the same words
     * change nothing.
     */
    @Test
    void anOpenArticleRewrittenUnderTheSameIdShowsItsNewText() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        Article shown = articles.get(1);
        Transition reloaded =
                Update.update(open, new Event.LibraryUpdated(libraryOf(articles).finish()));
        List<Effect.OpenArticle> reads = reloaded.effects().stream()
                .filter(Effect.OpenArticle.class::isInstance)
                .map(Effect.OpenArticle.class::cast)
                .toList();
        assertEquals(1, reads.size(), "the open article is read again");
        assertEquals(shown.id(), reads.get(0).entry().id());

        UiState same = Update.update(
                        reloaded.state(), new Event.ArticleOpened(reads.get(0).entry(), shown))
                .state();
        assertEquals(reloaded.state(), same, "the same text changes nothing");

        List<Block> body = new ArrayList<>(shown.body());
        body.add(0, new Block.Paragraph("Corrected on Monday: the vote was seven to two.", List.of()));
        Article rewritten = new Article(
                shown.id(),
                shown.source(),
                shown.format(),
                shown.headline(),
                shown.byline(),
                shown.published(),
                shown.url(),
                shown.site(),
                body,
                shown.related(),
                shown.links(),
                shown.problems(),
                shown.addresses());
        UiState renewed = Update.update(
                        reloaded.state(), new Event.ArticleOpened(reads.get(0).entry(), rewritten))
                .state();
        assertEquals(Optional.of(rewritten), renewed.reader().orElseThrow().article());
        assertEquals(Optional.of("this article's file changed: its new text is shown"), renewed.message());
    }

    @Test
    void anOpenArticleStillThereSaysNothing() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        UiState after = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(articles).finish()))
                .state();
        assertEquals(Optional.empty(), after.message());
    }
}
