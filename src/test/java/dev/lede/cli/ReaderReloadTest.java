package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.BodySearch;
import dev.lede.core.library.EarlierResolution;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadOptions;
import dev.lede.io.LoadSink;
import dev.lede.tui.ReaderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's reload of a changed folder through the library index (ReaderReload, as the folder watch runs it): the
 * reloaded library comes without its headline matcher built (the list needs none; the links, off the screen's thread,
 * build it), its new article's related headline resolves once asked, and what is stored then is what the next start
 * shows, resolved ahead.
 */
class ReaderReloadTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    /** A sink that builds the library as the reader's does (LibraryFeed's builder), and keeps the finished one. */
    private static final class Built implements LoadSink {
        private final LibraryBuilder builder = new LibraryBuilder();
        private Library library;

        @Override
        public void loaded(Parsed parsed) {
            builder.add(parsed);
        }

        @Override
        public void listed(List<ListedArticle> articles, List<Problem> problems) {
            builder.accept(articles, problems);
        }

        @Override
        public void searchWith(BodySearch search) {
            builder.searchWith(search);
        }

        @Override
        public void resolvedAhead() {
            builder.resolvedAhead();
        }

        @Override
        public void resolvingChanges(EarlierResolution earlier) {
            builder.resolvingChangesFrom(earlier); // as the reader's LibraryFeed does
        }

        @Override
        public void finished() {
            library = builder.finish();
        }
    }

    private Library reload(ReaderContext.Watched watched) {
        Built sink = new Built();
        watched.reload().accept(sink);
        assertTrue(sink.library != null && sink.library.isComplete(), "the reload finished its library");
        return sink.library;
    }

    @Test
    void aFileAddedToAWatchedFolderIsListedBeforeTheMatcherIsBuiltAndItsRelatedHeadlineResolvesWhenAsked()
            throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(
                news.resolve("a-vote.txt"),
                "Date: 2025-03-10\n\nHarbour town votes to keep its last ferry running\n\n"
                        + "The vote was seven to two, and the Grey Heron sails on through the winter.\n");
        write(
                news.resolve("b-bakery.txt"),
                "Date: 2025-03-11\n\nIsland bakery wins regional prize for rye loaf\n\n"
                        + "The Kellan bakery won the prize at the autumn fair in Torvik.\n");
        ReaderContext.Watched watched = ReaderReload.watched(
                        List.of(news.toString()),
                        LoadOptions.defaults(),
                        true,
                        Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                        warnings::add,
                        ConfigPathNames.NONE)
                .orElseThrow();
        Library first = reload(watched);
        watched.reloaded().accept(first); // as the reader does once a reload is shown: its resolutions stored
        assertEquals(2, first.size());

        write(
                news.resolve("c-timetable.txt"),
                "Date: 2025-03-14\n\nWinter timetable for the island ferry is published\n\nTwo crossings a day.\n\n"
                        + "Related:\nHarbour town votes to keep its last ferry running\n");
        Library changed = reload(watched);
        assertEquals(3, changed.size());
        LibraryEntry timetable = entry(changed, "Winter timetable");
        LibraryEntry vote = entry(changed, "Harbour town votes");
        RelatedHeadline line = timetable.related().get(0);
        assertFalse(changed.isResolvedAhead(), "a changed library is resolved again");
        assertEquals(
                Optional.empty(),
                changed.resolveWithoutWaiting(timetable, line),
                "the reload built no matcher: until the links are worked out, the line is not matched");
        assertFalse(changed.resolvedTogether());
        LinkGraph links = LinkGraph.of(changed); // what the reader's links thread does with the reloaded library
        assertEquals(Optional.of(vote.id()), changed.resolve(timetable, line).map(LibraryEntry::id));
        assertEquals(List.of(timetable.id()), ids(links.linkedFrom(vote)));
        watched.reloaded().accept(changed);

        Library again = reload(watched); // nothing changed since: the stored targets, no matcher
        assertTrue(again.isResolvedAhead(), "what the changed library resolved to was stored");
        LibraryEntry storedTimetable = entry(again, "Winter timetable");
        assertEquals(
                Optional.of(vote.id()),
                again.resolveWithoutWaiting(
                                storedTimetable, storedTimetable.related().get(0))
                        .map(LibraryEntry::id));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aReloadResolvesOnlyWhatChangedAndTheStoriesCommandPrintsWhatTheReaderShows() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(
                news.resolve("a-vote.txt"),
                "Date: 2025-03-10\n\nHarbour town of Maresby votes to keep its last ferry\n\n"
                        + "The council of Maresby voted for the Grey Heron.\n\nRelated:\n"
                        + "Halvern bus depot to close in spring\n");
        write(
                news.resolve("b-crew.txt"),
                "Date: 2025-03-11\n\nMaresby ferry crew trains two new pilots\n\n"
                        + "Two pilots join the Grey Heron's crew for the winter.\n\nRelated:\n"
                        + "Maresby votes to keep the last ferry\n");
        for (int i = 1; i <= 12; i++) {
            write(
                    news.resolve(String.format("m-market-%02d.txt", i)),
                    "Date: 2025-02-" + String.format("%02d", i) + "\n\nDunmore market day number " + i + "\n\n"
                            + "Stalls filled the square in Dunmore.\n");
        }
        Map<String, String> environment = new java.util.HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ReaderContext.Watched watched = ReaderReload.watched(
                        List.of(news.toString()),
                        LoadOptions.defaults(),
                        true,
                        environment,
                        warnings::add,
                        ConfigPathNames.NONE)
                .orElseThrow();
        Library first = reload(watched);
        watched.reloaded().accept(first); // resolved in full and stored
        assertEquals(14, first.size());
        LibraryEntry vote = entry(first, "Harbour town");
        assertEquals(Optional.empty(), first.resolve(vote, vote.related().get(0)), "no depot story yet");

        write(
                news.resolve("c-depot.txt"),
                "Date: 2025-03-14\n\nHalvern bus depot to close in spring\n\nThe depot closes in April.\n\n"
                        + "Related:\nMaresby ferry crew trains new pilots\n");
        Library changed = reload(watched);
        LinkGraph links = LinkGraph.of(changed); // the reader's links: resolved in part
        assertEquals(1, changed.resolutionBasis().changedSinceFull(), "one article in 15 changed: resolved in part");
        LibraryEntry depot = entry(changed, "Halvern bus depot");
        LibraryEntry changedVote = entry(changed, "Harbour town");
        assertEquals(
                Optional.of(depot.id()),
                changed.resolve(changedVote, changedVote.related().get(0)).map(LibraryEntry::id),
                "the old line the new article answers is resolved again");
        assertEquals(
                Optional.of(entry(changed, "Maresby ferry crew").id()),
                changed.resolve(depot, depot.related().get(0)).map(LibraryEntry::id),
                "the new article's own line");
        watched.reloaded().accept(changed); // what the reader stores once the reload is shown

        CliRun stories = CliRun.withEnvironment(environment, "", "stories", "--json", news.toString());
        assertEquals(0, stories.exitCode(), stories.err());
        assertEquals(storiesOf(links), storiesOf(stories.out()), "lede stories prints the links the reader shows");
        assertEquals(1, storiesOf(links).size());
        assertEquals(List.of(), warnings);
    }

    /** The stories of two or more articles, each as its articles' ids. */
    private static java.util.Set<java.util.Set<String>> storiesOf(LinkGraph links) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        for (List<LibraryEntry> story : links.stories()) {
            out.add(story.stream().map(e -> e.id().value()).collect(java.util.stream.Collectors.toSet()));
        }
        return out;
    }

    /** The stories {@code lede stories --json} printed, each as its articles' ids. */
    private static java.util.Set<java.util.Set<String>> storiesOf(String json) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        java.util.regex.Matcher articles =
                java.util.regex.Pattern.compile("\"articles\":\\[([^\\]]*)\\]").matcher(json);
        while (articles.find()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (String id : articles.group(1).split(",")) {
                ids.add(id.replace("\"", ""));
            }
            out.add(ids);
        }
        return out;
    }

    /**
     * Writes a file dated an hour ago: the index trusts a stamp only once its file is older than a moment (a file
     * written within it may change again unseen), and the third load is to find nothing changed.
     */
    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }

    private static LibraryEntry entry(Library library, String headline) {
        return library.entries().stream()
                .filter(e -> e.headline().startsWith(headline))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + headline + " in " + library.entries()));
    }

    private static List<Object> ids(List<LibraryEntry> entries) {
        return entries.stream().map(e -> (Object) e.id()).toList();
    }
}
