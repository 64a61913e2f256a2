package dev.lede.ui;

import static dev.lede.ui.Keys.press;
import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Typing a related number of two digits: an article with 14 related headlines and 14 articles linking back
 * numbers them 1 to 28, and 12 had opened 1 and then 2 of the article 1 led to.
 */
class LongRelatedNumbersTest {

    private static final int SPOKES = 14;

    private final List<Article> articles = articles();
    private final Library library = library(articles);
    /** The hub (last in the library) open, with its links worked out. */
    private final UiState hub = reading(Keys.start(library, 80, 24), articles, "G", "<enter>");

    private static List<Article> articles() {
        List<Article> spokes = new ArrayList<>();
        for (int i = 1; i <= SPOKES; i++) {
            spokes.add(Fixtures.article(
                    String.format("Council budget change %02d for the %s service", i, SERVICES[i - 1]),
                    String.format("2025-01-%02d", i),
                    List.of(new Block.Paragraph("The " + SERVICES[i - 1] + " service changes this year.")),
                    List.of(new RelatedHeadline(HUB, null)),
                    List.of()));
        }
        Article hub = Fixtures.article(
                HUB,
                "2025-02-01",
                List.of(new Block.Paragraph("Every change in one place.")),
                spokes.stream()
                        .map(a -> new RelatedHeadline(a.headline(), null))
                        .toList(),
                List.of());
        List<Article> all = new ArrayList<>(spokes);
        all.add(hub);
        return all;
    }

    private static final String HUB = "Council budget: every change explained";
    private static final String[] SERVICES = {
        "ferry",
        "harbour",
        "library",
        "cycling",
        "swimming",
        "tram",
        "bins",
        "parks",
        "lighting",
        "museum",
        "market",
        "buses",
        "recycling",
        "care"
    };

    private static Library library(List<Article> articles) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        return builder.finish();
    }

    private String opened(Transition t) {
        List<Effect> work = Keys.work(t);
        assertEquals(1, work.size(), "one article opens: " + work);
        return ((Effect.OpenArticle) work.get(0)).entry().headline();
    }

    @Test
    void theHubNumbersItsJumpsOneToTwentyEight() {
        assertEquals(
                2 * SPOKES, hub.reader().orElseThrow().layout().orElseThrow().jumpCount());
    }

    @Test
    void twelveOpensTheTwelfthRelatedHeadlineNotTheFirstThenTheSecond() {
        Transition one = press(hub, "1");
        assertEquals(Optional.of(Prompt.Target.COUNT), one.state().prompt().map(Prompt::target), "1 waits");
        assertEquals(List.of(new Effect.CountTimer(CountUpdate.WAIT_MILLIS)), Keys.work(one));
        assertEquals(articles.get(11).headline(), opened(press(hub, "1", "2")), "no 120: 12 opens at once");
        assertEquals(articles.get(11).headline(), opened(press(hub, "r", "1", "2")), "the same after r");
    }

    @Test
    void aLinkedFromNumberOfTwoDigitsOpensThatArticle() {
        // 15 to 28 are the articles linking to the hub, in library order.
        assertEquals(articles.get(5).headline(), opened(press(hub, "2", "0")));
    }

    @Test
    void aDigitThatAloneOpensWaitsAndEnterOrTheTimeOpensIt() {
        Transition expired = Update.update(press(hub, "2").state(), new Event.CountExpired());
        assertEquals(articles.get(1).headline(), opened(expired));
        assertEquals(articles.get(1).headline(), opened(press(hub, "2", "<enter>")), "Enter does not wait");
    }

    @Test
    void theStatusLineSaysWhatTheNumberWaitsFor() {
        List<String> rows =
                Views.frame(press(hub, "1").state()).toPlainText().lines().toList();
        String status = rows.get(rows.size() - 1);
        // The hub has no link [1]: o and y would not take the number, so they are not offered.
        assertEquals(" 1 — related headline 1, or type the next digit", status.stripTrailing());
    }

    @Test
    void aDigitNoLongerNumberStartsActsAtOnce() {
        Transition three = press(hub, "3");
        assertEquals(Optional.empty(), three.state().prompt(), "30 is past 28");
        assertEquals(articles.get(2).headline(), opened(three));
    }
}
