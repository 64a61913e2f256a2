package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.BodySearch;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.io.index.LibraryIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's start from the whole listing kept beside its first screen ({@link ListingFile}): the library
 * is previewed whole before the index is open, and the index opened after must still hold that listing.
 */
class IndexedLoadKeptListingTest {

    private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path dir;

    /** What happened, in order: "index opened", "preview Headline", "listed Headline", … */
    private final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

    private Path news;

    private void write(String name, String text) throws IOException {
        Path file = news.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, AN_HOUR_AGO); // older than the index: trusted by its stamp
    }

    private void writeLibrary() throws IOException {
        news = Files.createDirectories(dir.resolve("news"));
        write(
                "b.txt",
                "Title: Harbour pilots vote to strike\n\nPilots at the harbour voted on Monday.\n\n"
                        + "Related\nFerry timetable changes after the vote\n");
        write("c.txt", "Title: Ferry timetable changes after the vote\n\nThe ferry runs less often from May.\n");
    }

    private IndexedLoad indexedLoad(boolean preview) {
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        LoadOptions options = LoadOptions.defaults();
        return new IndexedLoad(
                () -> {
                    calls.add("index opened");
                    return LibraryIndex.open(
                            dir.resolve("cache/lede/index.db"), environment, line -> calls.add("warning " + line));
                },
                new Loader(options),
                options,
                line -> calls.add("warning " + line),
                preview);
    }

    private FirstScreen screen() {
        return new FirstScreen(dir.resolve("cache/lede"));
    }

    /**
     * Loads the news as the reader does, and once its library is complete stores what the reader stores:
     * the first screen, the resolutions and listing, and the listing kept beside the first screen.
     */
    private Library readerRun() {
        calls.clear();
        try (IndexedLoad load = indexedLoad(true).showingFirst(screen(), Path.of(""))) {
            Sink sink = new Sink();
            load.load(List.of(news.toString()), sink);
            Library library = sink.library();
            load.storeFirstScreen(library);
            load.storeResolutionsAndListing(new ResolvedRelated(library));
            load.storeListing();
            return library;
        }
    }

    /**
     * A quit that waits for resolutions still being stored says so after a second, before the listing is kept
     * beside the first screen: it waited there first, seconds after a reload on 10,000 articles, without a
     * word, the terminal given back and the shell not (found by chaos).
     */
    @Test
    void keepingTheListingAtAQuitSaysWhenItWaitsForTheIndexsWrites() throws Exception {
        writeLibrary();
        readerRun();
        write("d.txt", "Title: Pilots return to work\n\nThe strike ended.\n"); // the listing kept is no longer it
        try (IndexedLoad load = indexedLoad(true).showingFirst(screen(), Path.of(""))) {
            Sink sink = new Sink();
            load.load(List.of(news.toString()), sink);
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> load.storing.run(() -> {
                held.countDown();
                sleep(1_500); // resolutions being stored, as after a reload
            }));
            writer.start();
            held.await();
            List<String> said = new ArrayList<>();
            load.storeListingSaying(said::add);
            writer.join();
            assertEquals(1, said.size(), "said once: " + said);
            assertTrue(said.get(0).startsWith("lede: storing where related headlines lead"), said.get(0));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anUnchangedLibraryIsPreviewedWholeFromTheKeptListingBeforeTheIndexOpens() throws IOException {
        writeLibrary();
        readerRun(); // parsed, resolved, stored
        readerRun(); // the stored listing is kept beside the first screen
        assertTrue(Files.isRegularFile(listingFile()), "kept: " + listingFile());

        Library library = readerRun();
        calls.remove("search in the index");
        assertEquals(
                List.of(
                        "first screen Harbour pilots vote to strike",
                        "first screen Ferry timetable changes after the vote",
                        "preview kept apart",
                        "preview kept apart",
                        "preview complete",
                        "index opened"),
                calls.subList(0, 6),
                "the whole library previewed, then the index opened");
        assertTrue(calls.contains("confirmed"), "the index holds that listing, and no file changed: " + calls);
        LibraryEntry vote = library.entry(0);
        assertEquals("Harbour pilots vote to strike", vote.headline());
        assertEquals("Pilots at the harbour voted on Monday.", vote.lede());
        assertEquals(
                List.of("Ferry timetable changes after the vote"),
                vote.related().stream().map(RelatedHeadline::headline).toList());
        assertEquals(
                Optional.of(library.entry(1)),
                library.resolve(vote, vote.related().get(0)),
                "the stored target");

        write("d.txt", "Title: Quay market reopens\n\nStalls return to the quay.\n");
        Library changed = readerRun();
        assertTrue(
                calls.indexOf("preview complete") < calls.indexOf("index opened"), "from the kept listing: " + calls);
        assertFalse(calls.contains("confirmed"), "a file was added while the reader was closed");
        assertTrue(calls.contains("parsed Quay market reopens"), "and it is read: " + calls);
        assertEquals(3, changed.size());
    }

    /**
     * The reader quit while the folders were still being checked (seconds on a million files): the check is
     * given up, nothing is loaded after it, and what the complete library sets off changes nothing in the index.
     */
    @Test
    void aReaderGoneGivesUpTheCheckAndLoadsNothingAfterIt() throws IOException {
        writeLibrary();
        readerRun(); // parsed, resolved, stored
        readerRun(); // the stored listing is kept beside the first screen
        long before = generation();
        calls.clear();
        try (IndexedLoad load = indexedLoad(true).showingFirst(screen(), Path.of(""))) {
            load.readerGone(); // here before the check begins; a check under way stops likewise (UnchangedCheckTest)
            Sink sink = new Sink();
            load.load(List.of(news.toString()), sink);
            Library previewed = sink.previewed();
            assertEquals(2, previewed.size());
            load.storeFirstScreen(previewed);
            load.storeResolutionsAndListing(new ResolvedRelated(previewed));
            load.storeListing();
        }
        assertFalse(calls.contains("confirmed"), "the check was given up: " + calls);
        assertTrue(
                calls.stream().noneMatch(call -> call.startsWith("parsed") || call.startsWith("listed")),
                "nothing loaded after it: " + calls);
        assertEquals(before, generation(), "nothing stored again");
    }

    private long generation() {
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("cache/lede/index.db"), environment, line -> {})
                .orElseThrow()) {
            return index.changes();
        }
    }

    @Test
    void aKeptListingTheIndexNoLongerHoldsIsLoadedAgainThoughNoFileChanged() throws IOException {
        writeLibrary();
        write("a.txt", "Title: Quay market reopens\n\nStalls return to the quay.\n");
        readerRun();
        readerRun();
        assertTrue(Files.isRegularFile(listingFile()));
        // While the reader is closed, a file goes and `lede list` stores the library again: the two files left
        // are unchanged, but the listing kept beside the first screen is not the index's any more.
        Files.delete(news.resolve("a.txt"));
        try (IndexedLoad list = indexedLoad(false)) {
            LibraryBuilder builder = LibraryBuilder.forPrinting();
            list.load(List.of(news.toString()), new LoadSink() {
                @Override
                public void loaded(Parsed parsed) {
                    builder.accept(parsed);
                }

                @Override
                public void listed(List<ListedArticle> articles, List<Problem> problems) {
                    builder.accept(articles, problems);
                }

                @Override
                public void resolvedAhead() {}
            });
            list.storeResolutionsAndListing(new ResolvedRelated(builder.finish()));
        }

        Library library = readerRun();
        assertFalse(calls.contains("confirmed"), "not confirmed: " + calls);
        assertTrue(calls.contains("listed Harbour pilots vote to strike"), "loaded again: " + calls);
        assertEquals(2, library.size());
        assertEquals("Pilots at the harbour voted on Monday.", library.entry(0).lede());
    }

    @Test
    void aKeptListingDamagedInItsPartsIsNotTrustedAndTheLibraryIsLoadedAgain() throws IOException {
        writeLibrary();
        readerRun();
        readerRun();
        byte[] bytes = Files.readAllBytes(listingFile());
        long partsAt = java.nio.ByteBuffer.wrap(bytes, bytes.length - 16, 8).getLong();
        for (int i = 0; i < 40; i++) {
            bytes[(int) partsAt + 4 + i] ^= 0x5a; // inside the first part; its length and the file's end intact
        }
        Files.write(listingFile(), bytes);

        Library library = readerRun();
        assertFalse(calls.contains("preview complete"), "a preview cut short is never shown complete: " + calls);
        assertFalse(calls.contains("confirmed"), "not confirmed: " + calls);
        assertTrue(calls.contains("listed Harbour pilots vote to strike"), "loaded again from the index: " + calls);
        assertEquals(2, library.size());
        assertEquals("Harbour pilots vote to strike", library.entry(0).headline());
        assertEquals(
                List.of(),
                calls.stream().filter(call -> call.startsWith("warning")).toList(),
                "said nothing");

        readerRun(); // kept again, whole
        readerRun();
        assertTrue(calls.contains("confirmed"), "the next start trusts the listing kept again: " + calls);
    }

    @Test
    void nothingIsKeptWhileTheIndexHoldsNoListingForTheLibrary() throws IOException {
        writeLibrary();
        calls.clear();
        try (IndexedLoad load = indexedLoad(true).showingFirst(screen(), Path.of(""))) {
            Sink sink = new Sink();
            load.load(List.of(news.toString()), sink);
            load.storeListing(); // the resolutions, and so the listing, are not stored yet
        }
        assertFalse(Files.exists(listingFile()));
    }

    @Test
    void aQuitBeforeTheIndexIsOpenLeavesTheKeptListingAsItWas() throws IOException {
        writeLibrary();
        readerRun();
        readerRun();
        byte[] kept = Files.readAllBytes(listingFile());
        write("d.txt", "Title: Quay market reopens\n\nStalls return to the quay.\n"); // the index will differ
        calls.clear();
        try (IndexedLoad load = indexedLoad(true).showingFirst(screen(), Path.of(""))) {
            load.load(List.of(news.toString()), new Sink() {
                @Override
                public void previewComplete() {
                    super.previewComplete();
                    load.storeListing(); // as a quit at the complete frame, the index not yet open
                }
            });
        }
        assertTrue(calls.contains("preview complete"));
        assertEquals(
                List.of(),
                calls.stream().filter(call -> call.startsWith("warning")).toList(),
                "quietly");
        assertArrayEquals(kept, Files.readAllBytes(listingFile()));
    }

    private Path listingFile() {
        return ListingFile.beside(screen().file(FirstScreen.key(Path.of(""), List.of(news.toString()))));
    }

    /** Builds the library as the reader's feed does (preview or load), recording what it is told. */
    private class Sink implements LoadSink {
        private LibraryBuilder preview;
        private final LibraryBuilder builder = new LibraryBuilder();
        private BodySearch search;
        private EntryDetails details;
        private boolean confirmed;

        @Override
        public void loaded(Parsed parsed) {
            parsed.articles().forEach(article -> calls.add("parsed " + article.headline()));
            builder.add(parsed);
        }

        @Override
        public void listed(List<ListedArticle> articles, List<Problem> problems) {
            articles.forEach(article -> calls.add("listed " + article.headline()));
            builder.accept(articles, problems);
        }

        @Override
        public void firstScreen(List<ListedArticle> articles) {
            articles.forEach(article -> calls.add("first screen " + article.headline()));
        }

        @Override
        public void preview(List<ListedArticle> articles, List<Problem> problems) {
            if (preview == null) {
                preview = new LibraryBuilder().searchWith(search);
                if (articles.get(0).isKeptApart()) {
                    preview.resolvedAhead().detailsFrom(details);
                }
            }
            articles.forEach(
                    article -> calls.add("preview " + (article.isKeptApart() ? "kept apart" : article.headline())));
            preview.accept(articles, problems);
        }

        @Override
        public void previewComplete() {
            calls.add("preview complete");
        }

        @Override
        public void previewConfirmed() {
            calls.add("confirmed");
            confirmed = true;
        }

        @Override
        public void searchWith(BodySearch search) {
            calls.add("search in the index");
            this.search = search;
            builder.searchWith(search);
        }

        @Override
        public void detailsFrom(EntryDetails details) {
            this.details = details;
        }

        @Override
        public void resolvedAhead() {
            builder.resolvedAhead();
        }

        Library library() {
            return confirmed ? preview.finish() : builder.finish();
        }

        /** The library as previewed, confirmed or not: what the reader shows as complete meanwhile. */
        Library previewed() {
            return preview.finish();
        }
    }
}
