package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.ProgressHandler;

/** The reader's keystroke search: its tiers, the short prefix, the file order of a broad tier, cancel. */
class KeystrokeSearchTest {

    private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path temp;

    private Path file;
    private LibraryIndex index;
    private Connection reading;
    /** File name (without .txt) to the id of its article, in the order written. */
    private final Map<String, ArticleId> ids = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        file = LibraryIndex.defaultFile(environment).orElseThrow();
        index = LibraryIndex.open(file, environment, warning -> {}).orElseThrow();
    }

    @AfterEach
    void tearDown() throws SQLException {
        if (reading != null) {
            reading.close();
        }
        index.close();
    }

    /** Stores one article per entry (name → text), in one batch, in the order given. */
    private void index(String... namesAndTexts) throws IOException {
        try (IndexBatch batch = index.batch()) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                Path path = Files.createDirectories(temp.resolve("news")).resolve(namesAndTexts[i] + ".txt");
                Files.writeString(path, namesAndTexts[i + 1]);
                Files.setLastModifiedTime(path, AN_HOUR_AGO);
                Parsed parsed = new Parsers(InputFormat.AUTO)
                        .parse(Input.of(Source.of(path.toString()), Files.readAllBytes(path)));
                ids.put(namesAndTexts[i], parsed.articles().get(0).id());
                batch.put(path.toString(), FileStamp.of(path), path.toString(), parsed, Article::lede);
            }
            batch.commit();
        }
    }

    /** A search on a connection of its own to the same index, ranking tiers of at most {@code mostRanked}. */
    private KeystrokeSearch search(int mostRanked) throws SQLException {
        reading = DriverManager.getConnection("jdbc:sqlite:" + file);
        return new KeystrokeSearch(reading, mostRanked);
    }

    private List<String> names(List<ArticleId> found) {
        List<String> names = new ArrayList<>();
        for (ArticleId id : found) {
            ids.forEach((name, stored) -> {
                if (stored.equals(id)) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    private List<String> searched(String typed) {
        return names(index.searchIds(typed, 100));
    }

    @Test
    void headlinesComeBeforeBodiesAndWholeWordsBeforePrefixes() throws IOException {
        index(
                "body-word", "Weather report\n\nThe port was busy all day.\n",
                "headline-prefix", "Portland fair opens\n\nStalls and music.\n",
                "headline-word", "Port reopens after storm\n\nShips came back.\n",
                "body-prefix", "Ferry news\n\nThe portal to the pier opened.\n",
                "none", "Orchard fair\n\nApples and pears.\n");
        assertEquals(List.of("headline-word", "headline-prefix", "body-word", "body-prefix"), searched("port"));
        assertEquals(List.of("headline-word", "body-word"), searched("port "), "a space ends the word");
        assertEquals(List.of("headline-word"), searched("port sto"), "every word, the last as a prefix");
        assertEquals(List.of("body-prefix"), searched("pier port"), "and so in bodies");
    }

    @Test
    void aPrefixSpelledOutAsTheIndexsWordsFindsWhatThePrefixFinds() throws IOException {
        StringBuilder many = new StringBuilder("Numbers\n\n");
        for (int i = 0; i <= KeystrokeSearch.MOST_SPELLED_OUT; i++) {
            many.append("zzz").append(i).append(' ');
        }
        index(
                "accent", "Weather\n\nThe cafeteria opened early.\n",
                "many", many + "\n",
                "none", "Orchard fair\n\nApples and pears.\n");
        assertEquals(List.of("accent"), searched("caf\u00e9t"), "the index holds words folded: no word begins so");
        assertEquals(List.of("accent"), searched("cafet"));
        assertEquals(List.of("many"), searched("zzz"), "more words than are spelled out");
        assertEquals(List.of("many"), searched("zzz1"), "fewer");
        assertEquals(List.of(), searched("zzz1 apple"));
    }

    @Test
    void aPrefixOfOneOrTwoLettersMatchesHeadlinesAndWholeWordsOnly() throws IOException {
        index(
                "headline", "Harbour wall opens\n\nA short story about a wall.\n",
                "body", "Weather report\n\nThe harbour was calm and grey.\n",
                "word", "Measures\n\nThe plot is one ha in size.\n");
        assertEquals(List.of("headline"), searched("h"), "a headline word begins with h");
        assertEquals(List.of("headline", "word"), searched("ha"), "and the body of the third holds ha whole");
        assertEquals(List.of("headline", "body"), searched("har"), "from three letters on, bodies too");
    }

    @Test
    void aBroadTierIsInFileOrderAndANarrowOneIsRanked() throws IOException, SQLException {
        index(
                "once", "Monday\n\nA ferry left.\n",
                "thrice", "Tuesday\n\nA ferry, a ferry, and another ferry.\n",
                "twice", "Wednesday\n\nThe ferry met the ferry.\n");
        assertEquals(List.of("thrice", "twice", "once"), names(search(3).search("ferry ", 100)), "ranked");
        assertEquals(List.of("once", "thrice", "twice"), names(search(2).search("ferry ", 100)), "file order");
        assertEquals(List.of("once", "thrice"), names(search(2).search("ferry ", 2)), "no more than asked");
    }

    @Test
    void aCancelledSearchFindsNothingAndTheNextOneFindsAgain() throws IOException, SQLException {
        index("one", "Harbour wall opens\n\nA short story.\n", "two", "Weather\n\nThe harbour was calm.\n");
        KeystrokeSearch search = search(KeystrokeSearch.MOST_RANKED);
        // Another thread's cancel, arriving while the search runs.
        ProgressHandler.setHandler(reading, 1, new ProgressHandler() {
            @Override
            protected int progress() {
                search.cancel();
                return 0;
            }
        });
        List<ArticleId> found;
        try {
            found = search.search("harbour", 100);
        } catch (SQLException e) {
            assertTrue(IndexFile.isInterrupted(e), e::toString);
            found = List.of();
        }
        assertEquals(List.of(), found);
        ProgressHandler.clearHandler(reading);
        assertEquals(List.of("one", "two"), names(search.search("harbour", 100)), "a cancel stops one search only");
    }

    @Test
    void theReadersSearchStopsWhenInterrupted() throws IOException {
        index("one", "Harbour wall opens\n\nA short story.\n");
        index.interruptSearch(); // none running: the next search is not affected
        assertEquals(List.of("one"), searched("harb"));
    }
}
