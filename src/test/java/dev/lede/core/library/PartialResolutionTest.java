package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.ui.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resolving only what changed (LibraryResolutions): a library resolved in full, then changed, keeps its unchanged
 * lines' targets and resolves again exactly the lines the change may have changed, with what a full resolution of
 * the changed library gives them; past a share of the library changed, it resolves everything.
 */
class PartialResolutionTest {

    /** Stories of a small island's news, each article one line of another story, none naming the new ones. */
    private static final String[][] STORIES = {
        {"Harbour town of Maresby votes to keep its last ferry", "The council of Maresby voted for the Grey Heron."},
        {"Maresby ferry crew trains two new pilots", "Two pilots join the Grey Heron's crew for the winter."},
        {"Island bakery wins regional prize for rye loaf", "The Kellan bakery won the prize at the fair in Torvik."},
        {"Torvik fair draws record crowd despite rain", "More than 9,000 people came to the fair in Torvik."},
        {"Quarry at Ostrand closes after ninety years", "The last lorry left the Ostrand quarry on Friday."},
        {"Ostrand choir sings at the cathedral in Dunmore", "Forty singers from Ostrand travelled to Dunmore."},
        {"Avonby library reopens after the flood", "Books dried in the sun for a month in Avonby."},
        {"Kilbrae lighthouse keeper retires", "Morag Fenn kept the Kilbrae light for thirty years."},
    };

    private static final String[][] LINES = {
        {"Maresby ferry crew trains new pilots", "Tessaly swimmers cross the sound in record time"},
        {"Maresby votes to keep the last ferry running"},
        {"Record crowd at Torvik fair despite the rain", "Halvern bus depot to close in spring"},
        {"Island bakery wins regional prize for rye loaf"},
        {"Ostrand choir sings in Dunmore cathedral"},
        {"Ostrand quarry closes after ninety years"},
        {"Kilbrae lighthouse keeper Morag Fenn retires"},
        {"Avonby library reopens its doors after the flood"},
    };

    private static Article article(String headline, String lede, String date, String... lines) {
        List<RelatedHeadline> related = new ArrayList<>();
        for (String line : lines) {
            related.add(new RelatedHeadline(line, null));
        }
        return Fixtures.article(headline, date, List.of(new Block.Paragraph(lede)), related, List.of());
    }

    /** The stories, then twelve market days: one article added is under a tenth of the library. */
    private static List<Article> island() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < STORIES.length; i++) {
            articles.add(article(STORIES[i][0], STORIES[i][1], "2026-01-0" + (i + 1), LINES[i]));
        }
        for (int i = 0; i < 12; i++) {
            articles.add(article(
                    "Dunmore market day number " + (i + 1),
                    "Stalls filled the square in Dunmore.",
                    "2026-02-0" + (i % 9 + 1)));
        }
        return articles;
    }

    /** The target of the line {@code line} of the article whose headline is {@code headline}, as its headline. */
    private static String target(Library library, String headline, String line) {
        LibraryEntry entry = library.entries().stream()
                .filter(e -> e.headline().equals(headline))
                .findFirst()
                .orElseThrow();
        RelatedHeadline related = entry.related().stream()
                .filter(r -> r.headline().equals(line))
                .findFirst()
                .orElseThrow();
        return library.resolve(entry, related).map(LibraryEntry::headline).orElse("nothing");
    }

    private static Library partial(ChangedLibraries.Stored stored, List<Article> now, List<Article> removed) {
        return ChangedLibraries.build(now, stored.targets(), stored.earlier(removed))
                .withRelatedWorkedOut();
    }

    @Test
    void aNewArticlesOwnLinesAreResolvedAndTheRestKept() {
        List<Article> before = island();
        List<Article> now = new ArrayList<>(before);
        now.add(article(
                "Kilbrae keeper hands over the light",
                "A new keeper takes over the Kilbrae light.",
                "2026-01-20",
                "Kilbrae lighthouse keeper retires after thirty years"));
        ChangedLibraries.Comparison compared = ChangedLibraries.compare(before, now);
        assertTrue(compared.partial(), "one article in 21 is under the share past which all is resolved");
        // Word weights drift with the library's size: on 20 articles, one line near the least score of the 16 here
        // ("Maresby votes to keep the last ferry", which a library one larger resolves) may come out otherwise.
        assertTrue(compared.differing() <= 1, compared.examples().toString());
        // Its own line, and none of the old ones: it holds no seed of theirs but Kilbrae's.
        Library library = partial(ChangedLibraries.resolvedInFull(before), now, List.of());
        assertEquals(
                "Kilbrae lighthouse keeper retires",
                target(
                        library,
                        "Kilbrae keeper hands over the light",
                        "Kilbrae lighthouse keeper retires after thirty years"));
        assertTrue(library.linesResolved() < compared.lines() / 2, library.linesResolved() + " lines resolved");
    }

    @Test
    void aNewArticleTakesAnOldLineThatNamedNothingBefore() {
        List<Article> before = island();
        ChangedLibraries.Stored stored = ChangedLibraries.resolvedInFull(before);
        assertEquals(
                "nothing",
                target(stored.library(), STORIES[2][0], "Halvern bus depot to close in spring"),
                "no article of the first library tells it");
        List<Article> now = new ArrayList<>(before);
        now.add(article(
                "Halvern bus depot to close in spring",
                "The Halvern depot closes in April, the council said.",
                "2026-01-21"));
        Library library = partial(stored, now, List.of());
        assertEquals(
                "Halvern bus depot to close in spring",
                target(library, STORIES[2][0], "Halvern bus depot to close in spring"),
                "the new article is the old line's candidate: the line is resolved again");
    }

    @Test
    void aLineWhoseTargetWasDeletedIsResolvedAgain() {
        List<Article> before = island();
        ChangedLibraries.Stored stored = ChangedLibraries.resolvedInFull(before);
        assertEquals(STORIES[4][0], target(stored.library(), STORIES[5][0], LINES[5][0]));
        List<Article> now = new ArrayList<>(before);
        Article quarry = now.remove(4);
        Library library = partial(stored, now, List.of(quarry));
        assertEquals("nothing", target(library, STORIES[5][0], LINES[5][0]), "its target is gone: resolved again");
        // Without the removed article's text (a load that could not read it back), the gone target alone says so.
        Library unread = partial(stored, now, List.of());
        assertEquals("nothing", target(unread, STORIES[5][0], LINES[5][0]));
        assertTrue(unread.linesResolved() < ChangedLibraries.targets(unread).size() / 2);
    }

    @Test
    void aRemovedRunnerUpLetsAnOldLineResolve() {
        List<Article> before = island();
        // A second telling of the quarry's story, its headline the same: the line could be either's.
        before.add(article(STORIES[4][0], "Ostrand's quarry shut its gates for good on Friday.", "2026-01-22"));
        ChangedLibraries.Stored stored = ChangedLibraries.resolvedInFull(before);
        assertEquals("nothing", target(stored.library(), STORIES[5][0], LINES[5][0]), "two tellings, no margin");
        List<Article> now = new ArrayList<>(before);
        Article second = now.remove(now.size() - 1);
        Library library = partial(stored, now, List.of(second));
        assertEquals(
                STORIES[4][0],
                target(library, STORIES[5][0], LINES[5][0]),
                "the removed telling held the line's seeds: it is resolved again, to the one left");
    }

    @Test
    void pastTheShareChangedSinceTheLastFullResolutionEverythingIsResolvedAgain() {
        List<Article> before = island();
        ChangedLibraries.Stored stored = ChangedLibraries.resolvedInFull(before);
        assertEquals(0, stored.basis().changedSinceFull(), "a full resolution rests on no change");
        Article swimmers =
                article("Tessaly swimmers cross the sound", "Twelve swimmers crossed from Tessaly.", "2026-01-24");
        Article depot = article("Halvern bus depot to close in spring", "The depot closes in April.", "2026-01-25");
        Article fair = article("Torvik autumn fair is cancelled", "No fair in Torvik this year.", "2026-01-26");

        List<Article> one = new ArrayList<>(before);
        one.add(swimmers);
        Library partial = partial(stored, one, List.of());
        assertEquals(1, partial.resolutionBasis().changedSinceFull(), "one in 21: resolved in part, and counted");
        assertTrue(partial.linesResolved() < ChangedLibraries.targets(partial).size());

        // Three more since the full resolution: 3 of 23 is past a tenth. Every line is resolved, the count starts
        // again.
        ResolutionBasis twice =
                new ResolutionBasis(2, stored.basis().learned(), stored.basis().signatures());
        List<Article> three = new ArrayList<>(one);
        three.add(depot);
        Library full = ChangedLibraries.build(three, stored.targets(), EarlierResolution.of(twice, List.of()))
                .withRelatedWorkedOut();
        assertEquals(0, full.resolutionBasis().changedSinceFull());
        assertEquals(ChangedLibraries.targets(full).size(), full.linesResolved());

        // Two at once on a fresh count: 2 of 22, under a tenth.
        List<Article> two = new ArrayList<>(before);
        two.add(depot);
        two.add(fair);
        Library again = partial(stored, two, List.of());
        assertEquals(2, again.resolutionBasis().changedSinceFull());
    }
}
