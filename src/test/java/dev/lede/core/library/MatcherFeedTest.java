package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.ui.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reader's library loads without building the headline matcher, which the first question that needs it
 * builds, for its own snapshot (MatcherFeed); what every line resolves to is what a library fed as it loads
 * (the commands that print) finds.
 */
class MatcherFeedTest {

    private static final String[][] STORIES = {
        {"Harbour town of Maresby votes to keep its last ferry", "The council of Maresby voted for the Grey Heron."},
        {"Maresby ferry crew trains two new pilots", "Two pilots join the Grey Heron's crew for the winter."},
        {"Island bakery wins regional prize for rye loaf", "The Kellan bakery won the prize at the fair in Torvik."},
        {"Torvik fair draws record crowd despite rain", "More than 9,000 people came to the fair in Torvik."},
        {"Kellan bakery opens second shop in Torvik", "The Kellan bakery opened a shop near the harbour."},
    };

    private static final String[][] LINES = {
        {"Maresby council votes to keep its last ferry", "Kellan bakery wins prize for rye loaf"},
        {"Maresby votes to keep the last ferry running"},
        {"Record crowd at Torvik fair despite the rain", "Kellan bakery opens a second shop"},
        {"Island bakery wins regional prize for rye loaf"},
        {"Torvik fair draws a record crowd", "Ferry crew in Maresby trains two pilots"},
    };

    private static Article article(int i) {
        List<RelatedHeadline> related = new ArrayList<>();
        for (String line : LINES[i]) {
            related.add(new RelatedHeadline(line, null));
        }
        return Fixtures.article(
                STORIES[i][0], "2026-01-0" + (i + 1), List.of(new Block.Paragraph(STORIES[i][1])), related, List.of());
    }

    private static List<List<Optional<Integer>>> targets(Library library) {
        List<List<Optional<Integer>>> all = new ArrayList<>();
        for (LibraryEntry entry : library.entries()) {
            List<Optional<Integer>> own = new ArrayList<>();
            for (RelatedHeadline line : entry.related()) {
                own.add(library.resolve(entry, line).map(LibraryEntry::position));
            }
            all.add(own);
        }
        return all;
    }

    private static Library build(LibraryBuilder builder, int count) {
        for (int i = 0; i < count; i++) {
            builder.add(article(i));
        }
        return builder.finish();
    }

    @Test
    void theReadersLibraryLoadsWithoutTheMatcherAndResolvesAsOneFedWhileLoading() {
        Library reader = build(new LibraryBuilder(), STORIES.length);
        assertFalse(reader.matcherBuilt(), "loading fed the matcher nothing");
        Library printing = build(LibraryBuilder.forPrinting(), STORIES.length);
        assertTrue(printing.matcherBuilt(), "a library that keeps no lede feeds it as it loads");
        List<List<Optional<Integer>>> found = targets(reader);
        assertTrue(reader.matcherBuilt(), "the first resolution built it");
        assertEquals(targets(printing), found);
        assertTrue(
                found.stream().flatMap(List::stream).filter(Optional::isPresent).count() >= 5, found.toString());
    }

    @Test
    void beforeItsMatcherIsBuiltTheScreenFindsByAddressAloneAndDoesNotBuildIt() {
        LibraryBuilder builder = new LibraryBuilder();
        for (int i = 0; i < STORIES.length; i++) {
            builder.add(article(i));
        }
        Library library = builder.finish();
        LibraryEntry from = library.entry(3);
        RelatedHeadline line = from.related().get(0); // another entry's headline, word for word
        assertEquals(Optional.empty(), library.resolveWithoutWaiting(from, line));
        assertFalse(library.matcherBuilt(), "the screen's question waits for nothing");
        Library built = library.withMatcherBuilt();
        assertEquals(Optional.of(2), built.resolveWithoutWaiting(from, line).map(LibraryEntry::position));
    }

    @Test
    void eachSnapshotResolvesAgainstItsOwnEntriesWhicheverBuildsTheMatcherFirst() {
        for (boolean newerFirst : new boolean[] {true, false}) {
            LibraryBuilder builder = new LibraryBuilder();
            for (int i = 0; i < 3; i++) {
                builder.add(article(i));
            }
            Library older = builder.snapshot();
            for (int i = 3; i < STORIES.length; i++) {
                builder.add(article(i));
            }
            Library newer = builder.finish();
            List<List<Optional<Integer>>> newerFound = newerFirst ? targets(newer) : null;
            List<List<Optional<Integer>>> olderFound = targets(older);
            newerFound = newerFirst ? newerFound : targets(newer);
            assertEquals(targets(build(LibraryBuilder.forPrinting(), 3)), olderFound, "older first: " + !newerFirst);
            assertEquals(targets(build(LibraryBuilder.forPrinting(), STORIES.length)), newerFound);
            // The third story's line names an article only the newer snapshot holds.
            assertEquals(Optional.of(4), newerFound.get(2).get(1));
            assertEquals(Optional.empty(), olderFound.get(2).get(1));
        }
    }
}
