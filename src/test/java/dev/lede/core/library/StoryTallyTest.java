package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stories told from numbers, dates and headlines alone are those of the library's {@link LinkGraph}. */
class StoryTallyTest {

    /**
     * Dates as sources state them, including those where UTF-16's order is not UTF-8's (a character above
     * U+E000 against one beyond the Basic Multilingual Plane) and a lone surrogate, which entries hold
     * as UTF-16.
     */
    private static final String[] DATES = {
        null,
        "2025-03-01",
        "2025-03-01T08:00:00Z",
        "2025-03-01T08:00:00+02:00",
        "2025-03-02",
        "2025-02-28T23:59:59Z",
        "2024-12-31",
        "2025",
        "",
        "\uFF12025-01-01",
        "\uD83D\uDCC5 2025-01-01",
        "\uD800 2025-01-01",
        "2025-03-01 (local)",
    };

    /** A library resolved ahead: {@code articles} articles, random dates and random targets, some none. */
    private static Library library(int articles, int maxLinks, long seed) {
        List<ArticleId> ids = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            ids.add(new ArticleId(String.format("%012x", 0x5107L << 24 | i)));
        }
        SplittableRandom random = new SplittableRandom(seed);
        LibraryBuilder builder = LibraryBuilder.withoutSearch().resolvedAhead();
        for (int i = 0; i < articles; i++) {
            int count = random.nextInt(maxLinks + 1);
            List<RelatedHeadline> related = new ArrayList<>(count);
            List<ArticleId> targets = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                related.add(new RelatedHeadline("Related headline " + k, null));
                // Nearby articles mostly, so that there are many stories of a few articles each.
                int target = Math.floorMod(i + random.nextInt(-12, 13), articles);
                targets.add(random.nextInt(4) == 0 ? null : ids.get(target));
            }
            builder.accept(
                    List.of(new ListedArticle(
                            ids.get(i),
                            Source.of(String.format("tally/%05d.txt", i)),
                            Format.TEXT,
                            "Headline of article " + i,
                            null,
                            DATES[random.nextInt(DATES.length)],
                            null,
                            related,
                            List.of(),
                            targets,
                            ListedArticle.WITH_ARTICLE)),
                    List.of());
        }
        return builder.finish();
    }

    /** The tally fed as the stored listing feeds it: numbers, dates, headlines, targets' numbers. */
    private static List<StorySummary> tallied(Library library) {
        StoryTally tally = new StoryTally();
        for (LibraryEntry entry : library.entries()) {
            List<ArticleId> targets = entry.storedTargets();
            int[] numbers = targets.stream()
                    .filter(id -> id != null)
                    .mapToInt(id -> library.positionOf(id) + 1)
                    .filter(number -> number > 0)
                    .toArray();
            tally.add(entry.position() + 1, entry.id(), entry.published(), entry.headline(), numbers);
        }
        return tally.stories();
    }

    private static List<StorySummary> linked(Library library) {
        return LinkGraph.of(library).stories().stream().map(StorySummary::of).toList();
    }

    @Test
    void theSameStoriesAsTheLinkGraphsInTheSameOrder() {
        for (long seed = 1; seed <= 20; seed++) {
            Library library = library(400, 1, seed);
            List<StorySummary> expected = linked(library);
            assertTrue(expected.size() > 10, "many stories: " + expected.size());
            assertEquals(expected, tallied(library), "seed " + seed);
        }
    }

    @Test
    void oneLargeStoryAndNone() {
        Library connected = library(300, 8, 7);
        assertEquals(linked(connected), tallied(connected));
        Library apart = library(50, 0, 7);
        assertEquals(List.of(), tallied(apart));
        assertEquals(List.of(), new StoryTally().stories(), "an empty library");
    }

    @Test
    void datesAsStringsCompareAsTheEntriesCompareTheirs() {
        Library library = library(DATES.length * 4, 0, 3);
        for (LibraryEntry a : library.entries()) {
            for (LibraryEntry b : library.entries()) {
                assertEquals(
                        Integer.signum(a.comparePublished(b)),
                        Integer.signum(EntryPacking.comparePublished(a.published(), b.published())),
                        a.published() + " against " + b.published());
            }
        }
    }

    @Test
    void theSpanIsTheFirstAndLastCalendarDayAndTheHeadlineTheEarliestArticles() {
        StoryTally tally = new StoryTally();
        tally.add(1, id("a1"), "2025-03-12T09:00:00Z", "Pilots", new int[] {3});
        tally.add(2, id("a2"), "2025-03-01", "Bakery", new int[0]);
        tally.add(3, id("a3"), "2025-03-10", "Vote", new int[0]);
        tally.add(4, id("a4"), null, "Timetable", new int[] {1, 1, 4});
        tally.add(5, id("a5"), null, "Undated one", new int[] {6});
        tally.add(6, id("a6"), null, "Undated two", new int[0]);
        assertEquals(
                List.of(
                        // The timeline's order: by date, the undated last, each in load order.
                        new StorySummary("2025-03-10", "2025-03-12", 2, "Vote", ids("a3", "a1", "a4")),
                        new StorySummary(null, null, 0, "Undated one", ids("a5", "a6"))),
                tally.stories());
    }

    private static ArticleId id(String value) {
        return new ArticleId(value);
    }

    private static List<ArticleId> ids(String... values) {
        return java.util.Arrays.stream(values).map(ArticleId::new).toList();
    }
}
