package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The reader's load through the index: the library as the index holds it is previewed before any file
 * is stated; an unchanged folder confirms it and nothing is read; a changed one is loaded again.
 */
class IndexedLoadPreviewTest {

    private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path dir;

    /** What the sink was told, one line per call: "preview Headline", "listed Headline", "parsed Headline", … */
    private final List<String> calls = new ArrayList<>();

    private final LoadSink recording = new LoadSink() {
        @Override
        public void loaded(Parsed parsed) {
            parsed.articles().forEach(article -> calls.add("parsed " + article.headline()));
        }

        @Override
        public void listed(List<ListedArticle> articles, List<Problem> problems) {
            articles.forEach(article -> calls.add("listed " + article.headline()));
        }

        @Override
        public void preview(List<ListedArticle> articles, List<Problem> problems) {
            articles.forEach(article -> calls.add("preview " + article.headline()));
        }

        @Override
        public synchronized void firstScreen(List<ListedArticle> articles) {
            articles.forEach(article -> calls.add("first screen " + article.headline()));
        }

        @Override
        public void previewComplete() {
            calls.add("preview complete");
        }

        @Override
        public void previewConfirmed() {
            calls.add("confirmed");
        }

        @Override
        public void searchWith(BodySearch search) {
            calls.add("search in the index");
        }

        @Override
        public void resolvedAhead() {
            calls.add("resolved ahead");
        }
    };

    private void write(Path folder, String name, String headline) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, headline + " today.\n\nMore words follow here.\n");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
    }

    private List<String> load(Path folder) {
        return load(folder, null);
    }

    /** Loads {@code folder} as the reader does, with the first screen kept in {@code screen} when not null. */
    private List<String> load(Path folder, FirstScreen screen) {
        calls.clear();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        LoadOptions options = LoadOptions.defaults();
        Loader loader = new Loader(options);
        try (IndexedLoad load = new IndexedLoad(
                () -> LibraryIndex.open(
                        dir.resolve("cache/lede/index.db"), environment, line -> calls.add("warning " + line)),
                loader,
                options,
                line -> calls.add("warning " + line),
                true)) {
            if (screen != null) {
                load.showingFirst(screen, Path.of(""));
            }
            load.load(List.of(folder.toString()), recording);
        }
        return List.copyOf(calls);
    }

    @Test
    void theFirstScreenKeptFromTheLastRunComesBeforeTheIndexsPreview() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news, "a.txt", "Harbour pilots vote");
        write(news, "b.txt", "Ferry timetable changes");
        FirstScreen screen = new FirstScreen(dir.resolve("cache/lede"));
        List<String> first = load(news, screen);
        assertTrue(first.stream().noneMatch(call -> call.startsWith("first screen")), "nothing kept yet");

        LibraryBuilder builder = new LibraryBuilder();
        new Loader(LoadOptions.defaults()).load(List.of(news.toString()), builder::add);
        assertTrue(screen.write(Path.of(""), List.of(news.toString()), builder.finish()));
        List<String> calls = new ArrayList<>(load(news, screen));
        calls.remove("search in the index"); // said on the index's own thread, at any moment
        assertEquals(
                List.of(
                        "first screen Harbour pilots vote today.",
                        "first screen Ferry timetable changes today.",
                        "preview Harbour pilots vote today.",
                        "preview Ferry timetable changes today.",
                        "preview complete",
                        "confirmed"),
                calls);
    }

    @Test
    void anUnchangedFolderConfirmsThePreviewAndAChangedOneIsLoadedAgain() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news, "a.txt", "Harbour pilots vote");
        write(news, "b.txt", "Ferry timetable changes");
        assertEquals(
                List.of(
                        "search in the index",
                        "preview complete",
                        "parsed Harbour pilots vote today.",
                        "parsed Ferry timetable changes today."),
                load(news),
                "the first run: nothing to preview, every file parsed");

        assertEquals(
                List.of(
                        "search in the index",
                        "preview Harbour pilots vote today.",
                        "preview Ferry timetable changes today.",
                        "preview complete",
                        "confirmed"),
                load(news),
                "unchanged: the preview is the library, nothing read or listed again");

        write(news, "c.txt", "Quay market reopens");
        List<String> changed = load(news);
        assertEquals(
                List.of(
                        "search in the index",
                        "preview Harbour pilots vote today.",
                        "preview Ferry timetable changes today.",
                        "preview complete",
                        "listed Harbour pilots vote today.",
                        "listed Ferry timetable changes today.",
                        "parsed Quay market reopens today."),
                changed,
                "a new file: the library comes again, the old files from the index");
        assertTrue(load(news).contains("confirmed"), "and the next start is unchanged again");
    }

    @Test
    void aResolvedLibraryIsPreviewedHeadlinesOnlyAndReadsLedesAndRelatedHeadlinesFromTheIndex() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(
                news.resolve("a.txt"),
                "Title: Harbour pilots vote to strike\n\nPilots at the harbour voted on Monday.\n\n"
                        + "Related\nFerry timetable changes after the vote\nA story nobody wrote\n");
        Files.writeString(
                news.resolve("b.txt"),
                "Title: Ferry timetable changes after the vote\n\nThe ferry runs less often from May.\n");
        for (String name : List.of("a.txt", "b.txt")) {
            Files.setLastModifiedTime(news.resolve(name), AN_HOUR_AGO); // older than the index: trusted
        }
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        LoadOptions options = LoadOptions.defaults();
        // The first run parses, and the reader stores what the related headlines resolved to.
        try (IndexedLoad load = new IndexedLoad(
                () -> LibraryIndex.open(dir.resolve("cache/lede/index.db"), environment, calls::add),
                new Loader(options),
                options,
                calls::add,
                true)) {
            LibraryBuilder first = new LibraryBuilder();
            load.load(List.of(news.toString()), new LoadSink() {
                @Override
                public void loaded(Parsed parsed) {
                    first.add(parsed);
                }

                @Override
                public void previewComplete() {}
            });
            load.storeResolutions(first.finish());
        }

        try (IndexedLoad load = new IndexedLoad(
                () -> LibraryIndex.open(dir.resolve("cache/lede/index.db"), environment, calls::add),
                new Loader(options),
                options,
                calls::add,
                true)) {
            LibraryBuilder preview = new LibraryBuilder();
            load.load(List.of(news.toString()), new LoadSink() {
                @Override
                public void loaded(Parsed parsed) {
                    throw new AssertionError("nothing is read: " + parsed);
                }

                @Override
                public void detailsFrom(EntryDetails details) {
                    preview.detailsFrom(details);
                }

                @Override
                public void searchWith(BodySearch search) {
                    preview.searchWith(search);
                }

                @Override
                public void preview(List<ListedArticle> articles, List<Problem> problems) {
                    assertTrue(articles.stream().allMatch(ListedArticle::isKeptApart), "headlines only: " + articles);
                    if (preview.snapshot().size() == 0) {
                        preview.resolvedAhead();
                    }
                    preview.accept(articles, problems);
                }

                @Override
                public void previewComplete() {}

                @Override
                public void previewConfirmed() {}
            });
            Library library = preview.finish();
            LibraryEntry vote = library.entry(0);
            assertEquals("Pilots at the harbour voted on Monday.", vote.lede(), "read from the index when asked for");
            assertEquals(
                    List.of("Ferry timetable changes after the vote", "A story nobody wrote"),
                    vote.related().stream().map(RelatedHeadline::headline).toList());
            assertEquals(
                    Optional.of(library.entry(1)),
                    library.resolve(vote, vote.related().get(0)),
                    "the stored target");
            assertEquals(Optional.empty(), library.resolve(vote, vote.related().get(1)));
            assertEquals(
                    Optional.of(library.entry(1)),
                    library.resolve(vote, new RelatedHeadline("Ferry timetable changes after the vote", null)),
                    "by the headline's text, as a view knows it");
        }
        assertEquals(List.of(), calls, "no warning");
    }
}
