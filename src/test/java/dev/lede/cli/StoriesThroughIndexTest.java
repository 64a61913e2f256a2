package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.core.parse.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede stories} through the library index: told from the stored listing when nothing changed, and
 * the same bytes (stdout, stderr, status) as a fresh parse on every run.
 */
class StoriesThroughIndexTest {

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        return environment;
    }

    private CliRun stories(String... args) {
        List<String> all = new ArrayList<>(List.of("stories"));
        all.addAll(List.of(args));
        return CliRun.withEnvironment(environment(), "", all.toArray(String[]::new));
    }

    /** A fresh parse of the same inputs, the index neither read nor written. */
    private CliRun fresh(String... args) {
        List<String> all = new ArrayList<>(List.of("--no-state"));
        all.addAll(List.of(args));
        return stories(all.toArray(String[]::new));
    }

    /** Which way the stories of {@code inputs} were told, with the index of this test. */
    private StoriesCommand.Told told(String... inputs) {
        InputOptions options = new InputOptions();
        options.inputs = List.of(inputs);
        PrintWriter err = new PrintWriter(new StringWriter(), true);
        return StoriesCommand.tell(
                options,
                false,
                new CommandConfig(null, environment(), err),
                environment(),
                new ByteArrayInputStream(new byte[0]),
                err);
    }

    private static void assertSame(CliRun expected, CliRun actual) {
        assertEquals(expected.out(), actual.out());
        assertEquals(expected.err(), actual.err());
        assertEquals(expected.exitCode(), actual.exitCode());
    }

    private static void write(Path file, String text, int secondsAgo) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    /**
     * Stories of one to six articles each, each article's related headlines naming others of its story
     * (word for word, or cut short) and one naming nothing here; dates of several forms, some missing, in
     * no order; every file an hour old, so its stamp is trusted.
     */
    private Path corpus(int stories) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        String[] places = {"Halvern", "Maresby", "Ostrand", "Kilbrae", "Tessaly", "Dunmore", "Avonby"};
        String[] things = {"harbour budget", "ferry timetable", "winter festival", "flood barrier", "bus depot"};
        String[] acts = {"approves", "delays", "questions", "celebrates", "abandons", "announces"};
        Random random = new Random(15);
        int file = 0;
        for (int s = 0; s < stories; s++) {
            String place = places[s % places.length];
            String thing = things[s / places.length % things.length] + " number " + (s + 1);
            int size = 1 + random.nextInt(6);
            List<String> headlines = new ArrayList<>();
            for (int a = 0; a < size; a++) {
                headlines.add(place + " council " + acts[a % acts.length] + " the " + thing + " plan");
            }
            for (int a = 0; a < size; a++) {
                StringBuilder text = new StringBuilder();
                int form = random.nextInt(5);
                String day = String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (form < 4) {
                    text.append("Date: ")
                            .append(
                                    form == 0
                                            ? day
                                            : form == 1 ? day + "T0" + random.nextInt(10) + ":30:00Z" : day + " 18:05")
                            .append("\n\n");
                }
                text.append(headlines.get(a)).append(".\n\n");
                text.append("The ").append(thing).append(" was discussed in ").append(place);
                text.append(" for ").append(1 + random.nextInt(9)).append(" hours.\n\nRelated:\n");
                for (int r = 0; r < size && r < 3; r++) {
                    int target = random.nextInt(size);
                    if (target != a) {
                        String headline = headlines.get(target);
                        text.append(random.nextBoolean() ? headline : headline.substring(0, headline.length() - 5))
                                .append('\n');
                    }
                }
                text.append("Glassblowers of the old quarter open their doors ")
                        .append(random.nextInt(99))
                        .append('\n');
                write(folder.resolve(String.format("article-%04d.txt", ++file)), text.toString(), 3600);
            }
        }
        return folder;
    }

    @Test
    void aGeneratedCorpusToldFromTheStoredListingIsTheSameAsAFreshParse() throws IOException {
        Path folder = corpus(40);
        CliRun expected = fresh(folder.toString());
        assertTrue(expected.out().lines().count() > 15, expected.out());
        assertTrue(expected.out().contains(".."), "stories span days: " + expected.out());
        assertFalse(Files.exists(cache.resolve("lede/index.db")), "--no-state writes no index");
        assertSame(expected, stories(folder.toString())); // parsed, resolved and stored
        for (int run = 0; run < 2; run++) {
            assertTrue(told(folder.toString()).fromListing(), "an unchanged library is told from the index");
            assertSame(expected, stories(folder.toString()));
        }
    }

    /**
     * {@code --json}: the same bytes both ways, each story's id the {@code "story"} its articles' export records
     * carry, its articles every article whose record names it, in the timeline's order (oldest first).
     */
    @Test
    void jsonLinesAreTheSameBothWaysAndJoinTheExportsStoryIds() throws IOException {
        Path folder = corpus(40);
        CliRun expected = fresh("--json", folder.toString());
        assertEquals(0, expected.exitCode(), expected.err());
        stories("--json", folder.toString()); // parsed, resolved and stored
        assertTrue(told(folder.toString()).fromListing());
        for (int run = 0; run < 2; run++) {
            assertSame(expected, stories("--json", folder.toString()));
        }
        Map<String, List<String>> exported = new HashMap<>();
        Map<String, String> published = new HashMap<>();
        for (String line : CliRun.withEnvironment(environment(), "", "export", "--no-state", folder.toString())
                .out()
                .lines()
                .toList()) {
            Map<?, ?> record = (Map<?, ?>) JsonReader.read(line).value();
            exported.computeIfAbsent((String) record.get("story"), k -> new ArrayList<>())
                    .add((String) record.get("id"));
            published.put((String) record.get("id"), (String) record.get("published"));
        }
        List<String> lines = expected.out().lines().toList();
        assertTrue(lines.size() > 15, expected.out());
        assertEquals(
                lines.size(),
                exported.values().stream().filter(ids -> ids.size() > 1).count());
        for (String line : lines) {
            Map<?, ?> story = (Map<?, ?>) JsonReader.read(line).value();
            List<?> articles = (List<?>) story.get("articles");
            assertEquals(story.get("story"), articles.get(0), line);
            assertEquals(((Number) story.get("size")).intValue(), articles.size(), line);
            assertEquals(Set.copyOf(exported.get((String) story.get("story"))), Set.copyOf(articles), line);
            List<String> days = articles.stream()
                    .map(id -> published.get((String) id))
                    .filter(date -> date != null)
                    .map(date -> date.substring(0, 10))
                    .toList();
            assertEquals(days.size(), ((Number) story.get("dated")).intValue(), line);
            assertEquals(days.isEmpty() ? null : days.get(0), story.get("first"), line);
            assertEquals(days.isEmpty() ? null : days.get(days.size() - 1), story.get("last"), line);
            assertEquals(days.stream().sorted().toList(), days, "oldest first: " + line);
        }
    }

    @Test
    void problemsFeedItemsAndMergedArticlesAreSaidAlikeFromTheStoredListing() throws IOException {
        Path folder = corpus(8);
        write(folder.resolve("copy.txt"), Files.readString(folder.resolve("article-0003.txt")), 3600);
        Files.write(
                folder.resolve("latin.txt"),
                "Caf\u00e9 owners in Halvern protest the parking rules.\nThe council listened.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Files.setLastModifiedTime(
                folder.resolve("latin.txt"), FileTime.from(Instant.now().minusSeconds(3600)));
        String first = Files.readString(folder.resolve("article-0001.txt"))
                .lines()
                .filter(line -> line.contains("council"))
                .findFirst()
                .orElseThrow();
        write(
                folder.resolve("news.xml"),
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quay</title>"
                        + "<item><title>Quay item one</title><description>First.</description></item>"
                        + "<item><title>" + first.substring(0, first.length() - 1) + "</title>"
                        + "<description>Second.</description><pubDate>not a date</pubDate></item></channel></rss>",
                3600);
        write(folder.resolve("empty.txt"), "", 3600);
        CliRun withEmpty = fresh(folder.toString());
        assertTrue(withEmpty.exitCode() != 0, "an empty input is skipped");
        for (int run = 0; run < 2; run++) {
            assertSame(withEmpty, stories(folder.toString())); // never stored, so always read
        }
        // Without the input that gives nothing, told from the stored listing from the second run on.
        Files.delete(folder.resolve("empty.txt"));
        CliRun expected = fresh(folder.toString());
        assertTrue(expected.err().contains("copy.txt: same article as"), expected.err());
        assertTrue(expected.err().contains("latin.txt: not valid UTF-8"), expected.err());
        stories(folder.toString());
        assertTrue(told(folder.toString()).fromListing());
        for (int run = 0; run < 2; run++) {
            assertSame(expected, stories(folder.toString()));
        }
    }

    @Test
    void aChangedLibraryIsLoadedWholeAndAgreesWithAFreshParse() throws IOException {
        Path folder = corpus(20);
        stories(folder.toString());
        assertTrue(told(folder.toString()).fromListing());
        write(
                folder.resolve("article-0002.txt"),
                "Date: 2024-01-05\n\nAvonby council opens the lighthouse museum.\n\nIt opens in May.\n\nRelated:\n"
                        + Files.readString(folder.resolve("article-0005.txt"))
                                .lines()
                                .filter(line -> line.contains("council"))
                                .findFirst()
                                .orElseThrow()
                        + "\n",
                1800);
        Files.delete(folder.resolve("article-0007.txt"));
        StoriesCommand.Told changed = told(folder.toString());
        assertFalse(changed.fromListing(), "a changed file is read again");
        CliRun expected = fresh(folder.toString());
        assertTrue(expected.out().contains("Avonby council opens the lighthouse museum"), expected.out());
        assertSame(expected, stories(folder.toString()));
        assertTrue(told(folder.toString()).fromListing(), "stored again, told from the index again");
        assertSame(expected, stories(folder.toString()));
    }

    @Test
    void theRepositoryFeedsTellTheSameStoriesWithAndWithoutTheIndex() throws IOException {
        Path feeds = Path.of("").toAbsolutePath().resolve("feeds");
        assumeTrue(Files.isDirectory(feeds), "the repository's feeds/ folder is not here");
        Path copy = Files.createDirectories(dir.resolve("feeds"));
        try (Stream<Path> files = Files.list(feeds)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
                Files.setLastModifiedTime(
                        copy.resolve(file.getFileName()),
                        FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        CliRun expected = fresh(copy.toString());
        assertFalse(expected.out().isEmpty(), "the samples hold a story");
        for (int run = 0; run < 3; run++) {
            assertSame(expected, stories(copy.toString()));
        }
        assertTrue(told(copy.toString()).fromListing());
    }
}
