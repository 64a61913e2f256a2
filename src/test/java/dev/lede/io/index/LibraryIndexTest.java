package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIndexTest {

    private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path temp;

    private Path news;
    private Path cache;
    private final List<String> warnings = new ArrayList<>();
    private LibraryIndex index;
    private IndexScope scope;

    @BeforeEach
    void setUp() throws IOException {
        news = Files.createDirectories(temp.resolve("news"));
        cache = temp.resolve("cache");
        index = open();
        scope = IndexScope.of(List.of(news));
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private LibraryIndex open() {
        return LibraryIndex.open(cache.resolve("lede/index.db"), environment(), warnings::add)
                .orElseThrow();
    }

    private Map<String, String> environment() {
        return Map.of("XDG_CACHE_HOME", cache.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = news.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        return file;
    }

    private static Parsed parse(Path file) throws IOException {
        return new Parsers(InputFormat.AUTO).parse(Input.of(Source.of(file.toString()), Files.readAllBytes(file)));
    }

    /** Stamps, parses and stores each file, in one batch. */
    private void index(Path... files) throws IOException {
        try (IndexBatch batch = index.batch()) {
            for (Path file : files) {
                FileStamp stamp = FileStamp.of(file);
                batch.put(file.toString(), stamp, file.toString(), parse(file), Article::lede);
            }
            batch.commit();
        }
    }

    private List<IndexedInput> listing() {
        List<IndexedInput> inputs = new ArrayList<>();
        index.list(scope, Integer.MAX_VALUE, inputs::add);
        return inputs;
    }

    private List<String> headlines() {
        return listing().stream()
                .flatMap(input -> input.articles().stream())
                .map(IndexedArticle::headline)
                .collect(Collectors.toList());
    }

    private List<String> searched(String query) {
        return index.search(scope, query, 100).stream()
                .map(hit -> Path.of(hit.path()).getFileName().toString())
                .collect(Collectors.toList());
    }

    private static final String FEED = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Halvern Post</title>
            <item><title>First item</title><link>https://example.org/1</link><description>Harbour wall money.</description></item>
            <item><title>Second item</title><link>https://example.org/2</link><description>Ferry timetable.</description></item>
            </channel></rss>
            """;

    @Test
    void storesWhatTheParseFoundAndListsItInFileOrder() throws IOException {
        Path b = write("b.txt", "Council splits over harbour\n\nThe council voted 19 to 18.\n");
        Path feed = write("a-feed.xml", FEED);
        Path nested = write("a/z.txt", "Nested story\n\nIn a folder.\n");
        index(b, feed, nested);

        List<IndexedInput> inputs = listing();
        // A folder's files before a sibling sharing its prefix ("a/z" before "a-feed"), as the walk lists them.
        assertEquals(
                List.of(nested.toString(), feed.toString(), b.toString()),
                inputs.stream().map(IndexedInput::path).collect(Collectors.toList()));
        assertEquals(List.of("Nested story", "First item", "Second item", "Council splits over harbour"), headlines());

        Parsed fresh = parse(feed);
        IndexedArticle second = inputs.get(1).articles().get(1);
        Article expected = fresh.articles().get(1);
        assertEquals(expected.id(), second.id());
        assertEquals(2, second.item());
        assertEquals(expected.format(), second.format());
        assertEquals(expected.addresses(), second.addresses());
        assertEquals(expected.site(), second.site());
        assertEquals(expected.published(), second.published());
        assertEquals(expected.byline(), second.byline());
        assertEquals(expected.lede(), second.lede());
        assertEquals(4, index.count(scope));
        assertTrue(inputs.get(1).stamp().sameFileAs(FileStamp.of(feed)), "each input with the stamp it was read under");
    }

    @Test
    void keepsRelatedHeadlinesAndProblemsNamedAfterTheInput() throws IOException {
        Path story = write("story.txt", "Ferry returns\n\nThe ferry is back.\n\nRelated:\n- Harbour wall delayed\n");
        Parsed parsed = parse(story);
        Article article = parsed.articles().get(0);
        Problem own = new Problem(story + "#1", "date not understood");
        Problem other = new Problem("elsewhere", "odd");
        Article withProblems = new Article(
                article.id(),
                article.source(),
                article.format(),
                article.headline(),
                article.byline(),
                article.published(),
                article.url(),
                article.site(),
                article.body(),
                List.of(
                        new RelatedHeadline("Harbour wall delayed", null),
                        new RelatedHeadline("Quay: \"1:2\" ~", "https://x/y")),
                article.links(),
                List.of(own, other));
        try (IndexBatch batch = index.batch()) {
            batch.put(
                    "/stored/under/this",
                    FileStamp.of(story),
                    story.toString(),
                    new Parsed(List.of(withProblems), List.of(new Problem(story.toString(), "not valid UTF-8"))),
                    Article::lede);
            batch.commit();
        }
        scope = IndexScope.of(List.of(Path.of("/stored")));
        IndexedInput input = listing().get(0);
        assertEquals(List.of(new Problem("/stored/under/this", "not valid UTF-8")), input.problems());
        IndexedArticle stored = input.articles().get(0);
        assertEquals(withProblems.related(), stored.related());
        assertEquals(List.of(new Problem("/stored/under/this#1", "date not understood"), other), stored.problems());
        assertNull(stored.targets(), "nothing resolved yet");
    }

    @Test
    void anInputThatGaveNoArticleIsKeptWithItsProblem() throws IOException {
        Path empty = write("empty.txt", "");
        Parsed parsed = Parsed.skipped(new Problem(empty.toString(), "empty file; skipped"));
        try (IndexBatch batch = index.batch()) {
            batch.put(empty.toString(), FileStamp.of(empty), empty.toString(), parsed, Article::lede);
            batch.commit();
        }
        List<IndexedInput> inputs = listing();
        assertEquals(1, inputs.size());
        assertEquals(List.of(), inputs.get(0).articles());
        assertEquals(parsed.problems(), inputs.get(0).problems());
        assertTrue(index.stamps(scope).containsKey(empty.toString()), "not parsed again next time");
    }

    @Test
    void anUnchangedFileIsRecognisedAndAChangedOneIsNot() throws IOException {
        Path story = write("story.txt", "Story\n\nBody.\n");
        index(story);
        FileStamp stored = index.stamps(scope).get(story.toString());
        assertTrue(LibraryIndex.unchanged(stored, FileStamp.of(story)));

        Files.writeString(story, "Story\n\nBody!\n"); // same size, new time
        Files.setLastModifiedTime(story, FileTime.fromMillis(AN_HOUR_AGO.toMillis() + 1));
        assertFalse(LibraryIndex.unchanged(stored, FileStamp.of(story)));

        Files.setLastModifiedTime(story, AN_HOUR_AGO);
        Files.writeString(news.resolve("other.txt"), "Story\n\nBody.\n");
        Path moved = Files.move(story, news.resolve("renamed.txt"));
        Files.copy(news.resolve("other.txt"), story); // same name, size and time, another file
        Files.setLastModifiedTime(story, AN_HOUR_AGO);
        assertFalse(LibraryIndex.unchanged(stored, FileStamp.of(story)), "a different file under the same name");
        assertTrue(LibraryIndex.unchanged(stored, FileStamp.of(moved)), "the renamed file is the one that was read");
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsNeverTrusted() throws IOException {
        Path story = write("story.txt", "Story\n\nBody.\n");
        Files.setLastModifiedTime(story, FileTime.fromMillis(System.currentTimeMillis()));
        index(story);
        FileStamp stored = index.stamps(scope).get(story.toString());
        assertFalse(
                LibraryIndex.unchanged(stored, FileStamp.of(story)),
                "a change within the same clock tick would keep this stamp");
    }

    @Test
    void aChangedFileReplacesItsArticlesAndAVanishedOneIsRemoved() throws IOException {
        Path feed = write("feed.xml", FEED);
        Path story = write("story.txt", "Old headline\n\nHarbour body.\n");
        index(feed, story);
        write("story.txt", "New headline\n\nFerry body.\n");
        index(story);
        assertEquals(List.of("First item", "Second item", "New headline"), headlines());
        assertEquals(List.of(), searched("harbour body"), "the old body is out of the search index");
        assertEquals(List.of("story.txt"), searched("ferry body"));

        try (IndexBatch batch = index.batch()) {
            batch.remove(feed.toString());
            batch.commit();
        }
        assertEquals(List.of("New headline"), headlines());
        assertEquals(List.of(), searched("timetable"));
        assertFalse(index.stamps(scope).containsKey(feed.toString()));
    }

    @Test
    void aRenamedFileKeepsItsArticlesUnderItsNewPath() throws IOException {
        Path story = write("b.txt", "Moved story\n\nFerry body.\n");
        Path first = write("c.txt", "Staying\n\nText.\n");
        index(story, first);
        Path renamed = news.resolve("d.txt");
        try (IndexBatch batch = index.batch()) {
            assertTrue(batch.move(story.toString(), renamed.toString()));
            assertFalse(batch.move(
                    news.resolve("never.txt").toString(), news.resolve("x.txt").toString()));
            batch.commit();
        }
        assertEquals(List.of("Staying", "Moved story"), headlines(), "listed at its new place");
        assertEquals(List.of("d.txt"), searched("ferry"));
    }

    @Test
    void aBatchClosedWithoutCommitLeavesNothingBehind() throws IOException {
        Path story = write("story.txt", "Story\n\nBody.\n");
        try (IndexBatch batch = index.batch()) {
            batch.put(story.toString(), FileStamp.of(story), story.toString(), parse(story), Article::lede);
        }
        assertEquals(List.of(), listing());
        assertEquals(Map.of(), index.stamps(scope));
        index(story); // the index is still usable
        assertEquals(1, listing().size());
    }

    @Test
    void listingStopsAfterTheFirstScreenful() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            files.add(write(String.format("%02d.txt", i), "Story " + i + "\n\nBody.\n"));
        }
        index(files.toArray(new Path[0]));
        List<IndexedInput> first = new ArrayList<>();
        index.list(scope, 5, first::add);
        assertEquals(
                List.of("Story 0", "Story 1", "Story 2", "Story 3", "Story 4"),
                first.stream().map(input -> input.articles().get(0).headline()).collect(Collectors.toList()));
    }

    @Test
    void aScopeCoversItsRootsOnlyInTheOrderGiven() throws IOException {
        Path a = write("a/story.txt", "In a\n\nBody.\n");
        Path ab = write("ab/story.txt", "In ab\n\nBody.\n");
        Path b = write("b/story.txt", "In b\n\nBody.\n");
        index(a, ab, b);
        scope = IndexScope.of(List.of(news.resolve("b"), news.resolve("a")));
        assertEquals(List.of("In b", "In a"), headlines(), "not ab, which only shares a's prefix");
        assertEquals(2, index.count(scope));
        assertEquals(List.of("story.txt", "story.txt"), searched("body"));
        scope = IndexScope.of(List.of(b)); // a single file opened on its own
        assertEquals(List.of("In b"), headlines());
    }

    @Test
    void findsAnArticleById() throws IOException {
        Path feed = write("feed.xml", FEED);
        index(feed);
        ArticleId second = parse(feed).articles().get(1).id();
        Optional<IndexedArticle> found = index.find(scope, second);
        assertEquals("Second item", found.orElseThrow().headline());
        assertEquals(Optional.empty(), index.find(scope, new ArticleId("000000000000")));
        assertEquals(Optional.empty(), index.find(IndexScope.of(List.of(temp.resolve("elsewhere"))), second));
    }

    @Test
    void searchRanksHeadlineWordsFirstAndMatchesTheLastWordAsAPrefix() throws IOException {
        harbourStories();
        assertEquals(List.of("2-headline.txt", "1-body.txt"), searched("harbour"));
        assertEquals(List.of("2-headline.txt", "1-body.txt"), searched("harb"), "the last word is a prefix");
        assertEquals(List.of(), searched("harb "), "a space ends the word");
        assertEquals(List.of("2-headline.txt"), searched("wall harb"), "every word must match");
        assertEquals(List.of("3-none.txt"), searched("FERRY"));
    }

    @Test
    void theReadersSearchGivesIdsByTheSameRules() throws IOException {
        List<Path> stories = harbourStories();
        Path body = stories.get(0);
        Path headline = stories.get(1);
        assertEquals(
                List.of(idOf(headline), idOf(body)),
                index.searchIds("harb", 100),
                "headline words first, prefix match");
        assertEquals(List.of(idOf(headline)), index.searchIds("wall harb", 100));
        assertEquals(
                List.of(idOf(headline), idOf(body)),
                index.searchIds("harbour wall collapse feared", 100),
                "a long query nothing holds whole finds those holding most of it");
        assertEquals(List.of(idOf(headline)), index.searchIds("harb", 1));
    }

    /** Indexes three stories: harbour in the body only, harbour in the headline, and neither; returns them in that order. */
    private List<Path> harbourStories() throws IOException {
        Path body = write("1-body.txt", "Weather report\n\nThe harbour was calm and the harbour was grey.\n");
        Path headline = write("2-headline.txt", "Harbour wall opens\n\nA short story about a wall.\n");
        Path none = write("3-none.txt", "Ferry news\n\nNothing here.\n");
        index(body, headline, none);
        return List.of(body, headline, none);
    }

    private static ArticleId idOf(Path file) throws IOException {
        return parse(file).articles().get(0).id();
    }

    @Test
    void aLongQueryThatNoArticleHoldsWholeFindsThoseHoldingMostOfItsWords() throws IOException {
        Path two = write("1-two.txt", "Harbour wall repairs begin\n\nCrews arrived on Monday.\n");
        Path one = write("2-one.txt", "Harbour dues rise\n\nOwners pay more.\n");
        Path none = write("3-none.txt", "Orchard fair\n\nApples and pears.\n");
        index(two, one, none);
        assertEquals(
                List.of("1-two.txt", "2-one.txt"),
                searched("harbour wall collapse feared"),
                "a related headline not in the library finds its neighbours, closest first");
        assertEquals(List.of(), searched("wall collapse"), "two words are typed search: every word must match");
    }

    @Test
    void anyTypedTextIsASafeQuery() throws IOException {
        Path story = write(
                "story.txt",
                "Zoë’s café: \"AND\" NEAR the quay\n\nC++ and half-price tickets *today*,"
                        + " a cafe\u0301 decomposed, ab\u08A1cd and x\u0301\u0301y.\n");
        index(story);
        for (String query : List.of(
                "\"",
                "\"\"",
                "*",
                "-",
                "(",
                ")",
                "^",
                ":",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "NEAR(",
                "headline:",
                "a OR",
                "\"unbalanced",
                "*today*",
                "{headline}: x",
                "..!?",
                "   ",
                "'",
                "\\",
                "\u0000",
                "half-price",
                "café",
                "cafe",
                "ZOË",
                "Zoe",
                "C++",
                "💥",
                "\uD800",
                "cafe\u0301",
                "ab\u08A1cd",
                "ab\u08A1",
                "x\u0301\u0301y",
                "\u0301",
                "\u0301x")) {
            List<String> hits = searched(query); // never an SQL error
            assertTrue(hits.isEmpty() || hits.equals(List.of("story.txt")), query);
        }
        assertEquals(List.of(), searched("..!?"), "only punctuation finds nothing");
        assertEquals(List.of("story.txt"), searched("cafe"), "diacritics folded");
        assertEquals(List.of("story.txt"), searched("ZOE"));
        assertEquals(List.of("story.txt"), searched("half-price"));
        assertEquals(List.of("story.txt"), searched("AND"), "an operator word is just a word");
        assertEquals(List.of("story.txt"), searched("NEAR"));
        assertEquals(List.of("story.txt"), searched("cafe\u0301 "), "a decomposed accent folds as a composed one does");
    }

    @Test
    void resolutionsAreKeptUntilAnInputChanges() throws IOException {
        Path story =
                write("story.txt", "Ferry returns\n\nBody.\n\nRelated:\n- Harbour wall delayed\n- Nothing like it\n");
        Path target = write("target.txt", "Harbour wall delayed\n\nBody.\n");
        index(story, target);
        IndexedArticle article = listing().get(0).articles().get(0);
        assertEquals(2, article.related().size());
        ArticleId targetId = parse(target).articles().get(0).id();
        Map<Long, List<ArticleId>> targets = new HashMap<>();
        targets.put(article.row(), java.util.Arrays.asList(targetId, null));
        index.storeResolutions(scope, targets);

        assertTrue(index.resolutionsCurrent(scope));
        assertEquals(
                java.util.Arrays.asList(targetId, null),
                listing().get(0).articles().get(0).targets());
        assertEquals(
                java.util.Arrays.asList(targetId, null),
                index.find(scope, article.id()).orElseThrow().targets());
        IndexScope wider = IndexScope.of(List.of(news, temp.resolve("more")));
        assertFalse(index.resolutionsCurrent(wider), "resolved against another set of inputs");

        write("new.txt", "Nothing like it\n\nBody.\n");
        index(news.resolve("new.txt"));
        assertFalse(index.resolutionsCurrent(scope), "a new file may be a target now");
        assertNull(listing().get(0).articles().get(0).targets());
    }

    private List<IndexedInput> headlineListing() {
        List<IndexedInput> inputs = new ArrayList<>();
        index.listHeadlines(scope, inputs::add);
        return inputs;
    }

    /**
     * The reader's details closed while their stream of every row's targets runs (quitting as a large
     * library's stories are built): the stream stops at its next row instead of keeping the closing
     * thread waiting until its end.
     */
    @Test
    void closingTheReadersDetailsStopsTheirStreamOfTargets() throws Exception {
        index(
                write("a.txt", "First\n\nOne.\n"),
                write("b.txt", "Second\n\nTwo.\n"),
                write("c.txt", "Third\n\nThree.\n"));
        resolveAll();
        IndexEntryDetails details = new IndexEntryDetails(() -> Optional.of(open()), scope, warnings::add);
        List<Long> streamed = new ArrayList<>();
        Thread[] closer = new Thread[1];
        boolean whole = details.eachTargets((row, targets) -> {
            streamed.add(row);
            if (closer[0] == null) {
                closer[0] = new Thread(details::close, "closer");
                closer[0].start();
                awaitBlocked(closer[0]);
            }
        });
        closer[0].join(10_000);
        assertFalse(closer[0].isAlive(), "close returned");
        assertEquals(1, streamed.size(), "rows streamed after close was asked: " + streamed);
        assertFalse(whole, "a stream cut short is not the whole of the targets");
        assertEquals(List.of(), warnings);
    }

    /** Waits until {@code thread} waits for a lock (the details', held by the stream). */
    private static void awaitBlocked(Thread thread) {
        for (int i = 0; i < 1_000 && thread.getState() != Thread.State.BLOCKED; i++) {
            LockSupport.parkNanos(5_000_000);
        }
        assertEquals(Thread.State.BLOCKED, thread.getState(), "the closing thread waits for the stream");
    }

    /** Every row resolved to nothing: the library is current. */
    private void resolveAll() {
        Map<Long, List<ArticleId>> targets = new HashMap<>();
        listing().forEach(input -> input.articles().forEach(article -> targets.put(article.row(), List.of())));
        index.storeResolutions(scope, targets);
    }

    /** Changes a stored headline behind the index's back, so a listing read from the rows shows it. */
    private void renameInRows(String from, String to) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + cache.resolve("lede/index.db"));
                PreparedStatement update =
                        connection.prepareStatement("UPDATE articles SET headline = ? WHERE headline = ?")) {
            update.setString(1, to);
            update.setString(2, from);
            assertEquals(1, update.executeUpdate());
        }
    }

    /**
     * The reader's preview of a library resolved ahead gets the headline listing without the headlines,
     * from the rows and from the stored listing alike; from the stored listing without stamps too.
     */
    @Test
    void keptApartIsTheHeadlineListingWithoutHeadlines() throws Exception {
        index(
                write("b.txt", "Council splits over harbour\n\nThe council voted 19 to 18.\n"),
                write("a-feed.xml", FEED),
                write("a/z.txt", "Nested story\n\nIn a folder.\nDate: not a date\n"));
        resolveAll();
        List<IndexedInput> headlines = headlineListing();
        List<IndexedInput> fromRows = new ArrayList<>();
        index.listKeptApart(scope, fromRows::add);
        assertEquals(withoutHeadlines(headlines, true), fromRows, "from the rows");
        index.storeHeadlineListing(scope);
        List<IndexedInput> stored = new ArrayList<>();
        index.listKeptApart(scope, stored::add);
        assertEquals(withoutHeadlines(headlines, false), stored, "from the stored listing");
        assertEquals(headlines, headlineListing(), "the headlines are stored all the same");
    }

    private static List<IndexedInput> withoutStamps(List<IndexedInput> inputs) {
        return inputs.stream()
                .map(input -> new IndexedInput(input.path(), null, input.articles(), input.problems()))
                .toList();
    }

    private static List<IndexedInput> withoutHeadlines(List<IndexedInput> inputs, boolean withStamps) {
        return inputs.stream()
                .map(input -> new IndexedInput(
                        input.path(),
                        withStamps ? input.stamp() : null,
                        input.articles().stream()
                                .map(a -> new IndexedArticle(
                                        a.row(),
                                        a.path(),
                                        a.item(),
                                        a.id(),
                                        a.format(),
                                        null,
                                        a.lede(),
                                        a.byline(),
                                        a.published(),
                                        a.addresses(),
                                        a.site(),
                                        a.related(),
                                        a.targets(),
                                        a.problems()))
                                .toList(),
                        input.problems()))
                .toList();
    }

    @Test
    void theStoredHeadlineListingAgreesWithTheRowsAndGoesStaleWithThem() throws Exception {
        Path b = write("b.txt", "Council splits over harbour\n\nThe council voted 19 to 18.\n");
        Path feed = write("a-feed.xml", FEED);
        Path nested = write("a/z.txt", "Nested story\n\nIn a folder.\n");
        index(b, feed, nested);
        index.storeHeadlineListing(scope); // not current yet: nothing stored
        renameInRows("Nested story", "Nested story (rows)");
        assertEquals(
                "Nested story (rows)",
                headlineListing().get(0).articles().get(0).headline());
        renameInRows("Nested story (rows)", "Nested story");

        resolveAll();
        List<IndexedInput> fromRows = headlineListing();
        index.storeHeadlineListing(scope);
        assertEquals(fromRows, headlineListing(), "the stored listing is the rows' listing");
        renameInRows("Nested story", "Nested story (rows)");
        assertEquals(fromRows, headlineListing(), "served from the stored listing, not the rows");
        List<String> numbered = new ArrayList<>();
        assertTrue(index.listNumbered(
                scope,
                input -> input.articles()
                        .forEach(article -> numbered.add(article.number() + " " + article.headline()))));
        assertEquals(
                List.of("1 Nested story", "2 First item", "3 Second item", "4 Council splits over harbour"),
                numbered,
                "numbered as stored, with the listing's headlines");
        List<String> stamped = new ArrayList<>();
        index.listStamps(scope, input -> stamped.add(input.path() + " " + input.articles()));
        assertEquals(fromRows.stream().map(input -> input.path() + " []").toList(), stamped, "paths alone, no article");

        write("c.txt", "Ferry returns\n\nBody.\n");
        index(news.resolve("c.txt"));
        assertEquals(
                List.of(
                        "Nested story (rows)",
                        "First item",
                        "Second item",
                        "Council splits over harbour",
                        "Ferry returns"),
                headlineListing().stream()
                        .flatMap(input -> input.articles().stream())
                        .map(IndexedArticle::headline)
                        .collect(Collectors.toList()),
                "a change under the library makes the stored listing stale");
        resolveAll();
        renameInRows("Nested story (rows)", "Nested story");
        assertEquals(
                "Nested story", headlineListing().get(0).articles().get(0).headline(), "stored anew only when asked");
        index.storeHeadlineListing(scope);
        assertEquals(
                5,
                headlineListing().stream()
                        .mapToInt(input -> input.articles().size())
                        .sum());
    }

    /** The stored listing as {@code lede list} reads it: each article's number, headline and targets' numbers. */
    private List<String> numberedLines() {
        List<String> lines = new ArrayList<>();
        assertTrue(index.listNumbered(
                scope,
                input -> input.articles()
                        .forEach(a -> lines.add(
                                a.number() + " " + a.headline() + " " + java.util.Arrays.toString(a.related())))));
        return lines;
    }

    /** What the index holds of the library's resolutions and listing: every resolved row, every listing part. */
    private List<String> storedResolutionsAndListing() throws SQLException {
        List<String> stored = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + cache.resolve("lede/index.db"));
                Statement select = connection.createStatement()) {
            try (ResultSet rows =
                    select.executeQuery("SELECT library, article, targets FROM resolved ORDER BY article")) {
                while (rows.next()) {
                    stored.add(rows.getLong(1) + " " + rows.getLong(2) + " " + rows.getString(3));
                }
            }
            try (ResultSet rows =
                    select.executeQuery("SELECT library, part, hex(headlines) FROM listings ORDER BY part")) {
                while (rows.next()) {
                    stored.add(rows.getLong(1) + " part " + rows.getInt(2) + " " + rows.getString(3));
                }
            }
        }
        return stored;
    }

    @Test
    void resolutionsAndListingStoredInOnePassAreWhatTheTwoStepsStore() throws Exception {
        Path story =
                write("story.txt", "Ferry returns\n\nBody.\n\nRelated:\n- Harbour wall delayed\n- Nothing like it\n");
        Path target = write("target.txt", "Harbour wall delayed\n\nBody.\n");
        Path feed = write("a-feed.xml", FEED);
        index(story, target, feed);
        ArticleId targetId = parse(target).articles().get(0).id();
        Map<Long, List<ArticleId>> targets = new HashMap<>();
        listing()
                .forEach(input -> input.articles()
                        .forEach(article -> targets.put(
                                article.row(),
                                article.related().isEmpty() ? List.of() : java.util.Arrays.asList(targetId, null))));
        index.storeResolutions(scope, targets);
        index.storeHeadlineListing(scope);
        List<String> twoSteps = storedResolutionsAndListing();
        List<String> listedTwoSteps = numberedLines();

        index.storeResolutionsAndListing(scope, article -> targets.get(article.row()));

        assertTrue(index.resolutionsCurrent(scope));
        assertEquals(twoSteps, storedResolutionsAndListing(), "the same rows and the same listing, byte for byte");
        assertEquals(listedTwoSteps, numberedLines());
        assertEquals(
                List.of("1 First item []", "2 Second item []", "3 Ferry returns [4]", "4 Harbour wall delayed []"),
                numberedLines(),
                "story.txt, after the feed, with its resolved target's number, the unresolved one left out");
        write("new.txt", "Nothing like it\n\nBody.\n");
        index(news.resolve("new.txt"));
        assertFalse(index.resolutionsCurrent(scope), "stale with the rows, as the two steps' are");
    }

    @Test
    void resolutionsOfAnotherMatcherAreNotCurrent() throws Exception {
        Path story = write("story.txt", "Ferry returns\n\nBody.\n\nRelated:\n- Harbour wall delayed\n");
        index(story);
        index.storeResolutions(
                scope, Map.of(listing().get(0).articles().get(0).row(), java.util.Collections.singletonList(null)));
        assertTrue(index.resolutionsCurrent(scope));
        index.storeHeadlineListing(scope);
        index.close();
        // As an older lede, whose matcher resolved differently, would have left them.
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cache.resolve("lede/index.db"));
                var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE libraries SET resolver = " + (Library.RESOLVER_VERSION - 1));
        }
        index = open();
        assertFalse(index.resolutionsCurrent(scope), "resolved by another matcher: resolved again");
        assertNull(listing().get(0).articles().get(0).targets());
        assertFalse(index.listNumbered(scope, input -> {}), "nor is the listing stored with them used");
    }

    @Test
    void aChangeOutsideALibraryKeepsItsResolutionsCurrent() throws IOException {
        Path story = write("story.txt", "Ferry returns\n\nBody.\n\nRelated:\n- Harbour wall delayed\n");
        index(story);
        index.storeResolutions(
                scope, Map.of(listing().get(0).articles().get(0).row(), java.util.Collections.singletonList(null)));
        assertTrue(index.resolutionsCurrent(scope));

        Path elsewhere = Files.createDirectories(temp.resolve("news-elsewhere")); // shares a prefix, not the folder
        Path other = Files.writeString(elsewhere.resolve("other.txt"), "Other\n\nBody.\n");
        index(other);
        assertTrue(index.resolutionsCurrent(scope), "a file outside the library changes nothing it resolved");
        try (IndexBatch batch = index.batch()) {
            batch.remove(other.toString());
            batch.commit();
        }
        assertTrue(index.resolutionsCurrent(scope), "nor does a second change there");

        write("new.txt", "Harbour wall delayed\n\nBody.\n");
        index(news.resolve("new.txt"));
        assertFalse(index.resolutionsCurrent(scope), "a file inside it may be a target now");
        index(other);
        assertFalse(index.resolutionsCurrent(scope), "and stale stays stale");
    }

    @Test
    void twoConnectionsReadWhileOneWrites() throws IOException {
        Path story = write("story.txt", "Story\n\nBody.\n");
        index(story);
        try (LibraryIndex other = open()) {
            Path second = write("second.txt", "Second\n\nBody.\n");
            try (IndexBatch batch = index.batch()) {
                batch.put(second.toString(), FileStamp.of(second), second.toString(), parse(second), Article::lede);
                List<IndexedInput> seen = new ArrayList<>();
                other.list(scope, Integer.MAX_VALUE, seen::add); // not blocked by the open write
                assertEquals(1, seen.size(), "the uncommitted write is not seen");
                batch.commit();
            }
            List<IndexedInput> seen = new ArrayList<>();
            other.list(scope, Integer.MAX_VALUE, seen::add);
            assertEquals(2, seen.size());
        }
    }

    @Test
    void aSecondWriterWaitsThenGivesUpWithoutHarm() throws IOException {
        Path story = write("story.txt", "Story\n\nBody.\n");
        try (LibraryIndex other = IndexFile.open(cache.resolve("lede/index.db"), environment(), warnings::add, 200)
                        .orElseThrow();
                IndexBatch holding = index.batch()) {
            IndexException busy = assertThrows(IndexException.class, other::batch);
            assertTrue(busy.getMessage().contains("in use by another process"), busy.getMessage());
            holding.put(story.toString(), FileStamp.of(story), story.toString(), parse(story), Article::lede);
            holding.commit();
            List<IndexedInput> seen = new ArrayList<>();
            other.list(scope, Integer.MAX_VALUE, seen::add);
            assertEquals(1, seen.size(), "the other connection still reads");
        }
        assertTrue(Files.exists(cache.resolve("lede/index.db")), "nothing set aside for being busy");
    }

    @Test
    void reopeningKeepsEverything() throws IOException {
        Path story = write("story.txt", "Story\n\nBody words.\n");
        index(story);
        index.close();
        index = open();
        assertEquals(List.of("Story"), headlines());
        assertEquals(List.of("story.txt"), searched("words"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void storesInWalModeWithTheSchemaVersion() throws Exception {
        index.close();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cache.resolve("lede/index.db"));
                var statement = connection.createStatement()) {
            assertEquals(LibraryIndex.SCHEMA_VERSION, IndexFile.userVersion(statement));
            try (var mode = statement.executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertEquals("wal", mode.getString(1));
            }
        }
        index = open();
    }

    @Test
    void fieldsSurviveAnyText() {
        List<String> fields = java.util.Arrays.asList("", null, "1:2", "~", "a\nb", "ü😀", "12345678901");
        assertEquals(fields, Fields.decode(Fields.encode(fields)));
        assertThrows(IllegalArgumentException.class, () -> Fields.decode("5:ab"));
        assertThrows(IllegalArgumentException.class, () -> Fields.decode("x:ab"));
        assertThrows(IllegalArgumentException.class, () -> Fields.decode(":ab"));
    }

    @Test
    void orderKeysSortAsTheWalkListsNames() {
        List<String> paths =
                new ArrayList<>(List.of("/n/a-c", "/n/a/b", "/n/a", "/n/B", "/n/é", "/n/\uD83D\uDE00", "/n/\uFFFD"));
        List<String> byKey = new ArrayList<>(paths);
        byKey.sort((x, y) -> java.util.Arrays.compareUnsigned(IndexScope.orderKey(x), IndexScope.orderKey(y)));
        assertEquals(
                List.of("/n/B", "/n/a", "/n/a/b", "/n/a-c", "/n/é", "/n/\uD83D\uDE00", "/n/\uFFFD"),
                byKey,
                "String.compareTo per name, a folder's contents right after it");
        assertTrue(new String(IndexScope.orderKey("x"), StandardCharsets.UTF_16BE).equals("x"));
    }
}
