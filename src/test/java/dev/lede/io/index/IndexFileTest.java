package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening the index does with a file it cannot trust or cannot use: never an exception, one line. */
class IndexFileTest {

    @TempDir
    Path temp;

    private Path folder;
    private Path file;
    private Path news;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        folder = temp.resolve("cache/lede");
        file = folder.resolve("index.db");
        news = Files.createDirectories(temp.resolve("news"));
    }

    private Optional<LibraryIndex> open() {
        return LibraryIndex.open(
                file, Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString()), warnings::add);
    }

    /** An index holding {@code count} stories, closed. */
    private void filled(int count) throws IOException {
        try (LibraryIndex index = open().orElseThrow();
                IndexBatch batch = index.batch()) {
            for (int i = 0; i < count; i++) {
                Path story = Files.writeString(
                        news.resolve("story" + i + ".txt"),
                        "Story " + i + "\n\n" + "Words about the harbour and the ferry. ".repeat(50) + i + "\n");
                Parsed parsed = new Parsers(InputFormat.AUTO)
                        .parse(Input.of(Source.of(story.toString()), Files.readAllBytes(story)));
                batch.put(story.toString(), FileStamp.of(story), story.toString(), parsed, Article::lede);
            }
            batch.commit();
        }
        warnings.clear();
    }

    private List<String> asideFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("index.db.unreadable-"))
                    .filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private int articles(LibraryIndex index) {
        return index.count(IndexScope.of(List.of(news)));
    }

    private void assertSetAsideAndRebuilt(String why) throws IOException {
        Optional<LibraryIndex> index = open();
        assertTrue(index.isPresent(), "rebuilt: " + warnings);
        try (LibraryIndex rebuilt = index.get()) {
            assertEquals(0, articles(rebuilt), "a new, empty index");
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0).startsWith("lede: " + file + ": " + why + "; set aside as index.db.unreadable-"),
                warnings.get(0));
        assertFalse(asideFiles().isEmpty());
        warnings.clear();
        try (LibraryIndex again = open().orElseThrow()) {
            assertEquals(List.of(), warnings, "the rebuilt index opens cleanly");
        }
    }

    @Test
    void createsItsFolderAndFile() {
        try (LibraryIndex index = open().orElseThrow()) {
            assertEquals(file, index.file());
        }
        assertTrue(Files.isRegularFile(file));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aGarbageFileIsSetAsideAndRebuilt() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(file, "this is not a database, it is a shopping list\n".repeat(100));
        assertSetAsideAndRebuilt("is not an SQLite database");
        assertEquals(
                "this is not a database, it is a shopping list",
                Files.readAllLines(folder.resolve(asideFiles().get(0))).get(0),
                "kept as it was, for whoever wants to look");
    }

    @Test
    void onlyTheLatestIndexSetAsideIsKept() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.db.unreadable-20200101T000000Z"), "an older one");
        Files.writeString(folder.resolve("index.db.unreadable-20200101T000000Z-wal"), "its log");
        Files.writeString(file, "not a database either\n".repeat(100));
        assertSetAsideAndRebuilt("is not an SQLite database");
        assertEquals(1, asideFiles().size(), "each is as large as an index: " + asideFiles());
        assertEquals(
                "not a database either",
                Files.readAllLines(folder.resolve(asideFiles().get(0))).get(0),
                "the latest one");
        assertFalse(Files.exists(folder.resolve("index.db.unreadable-20200101T000000Z-wal")), "its companions too");
    }

    @Test
    void aFileShorterThanItsHeaderIsSetAside() throws IOException {
        Files.createDirectories(folder);
        Files.write(file, "SQLite format 3\0abc".getBytes(StandardCharsets.ISO_8859_1));
        assertSetAsideAndRebuilt("is not an SQLite database");
    }

    @Test
    void aTruncatedIndexIsSetAsideAndRebuilt() throws Exception {
        filled(200);
        checkpoint();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            assertTrue(raf.length() > 3 * 4096, "a file worth cutting: " + raf.length());
            raf.setLength(raf.length() / 2);
        }
        assertSetAsideAndRebuilt("is truncated");
    }

    @Test
    void damagedPagesFoundWhileReadingSetTheIndexAsideForTheNextRun() throws Exception {
        filled(200);
        checkpoint();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) raf.length() - 8192];
            new java.util.Random(12).nextBytes(noise);
            raf.seek(8192); // keep the header and the schema page, scribble over the rest
            raf.write(noise);
        }
        Optional<LibraryIndex> opened = open();
        assertTrue(opened.isPresent(), "the header and the schema are intact: " + warnings);
        try (LibraryIndex index = opened.get()) {
            IndexException damaged = assertThrows(IndexException.class, () -> {
                List<IndexedInput> all = new ArrayList<>();
                index.list(IndexScope.of(List.of(news)), Integer.MAX_VALUE, all::add);
                index.search(IndexScope.of(List.of(news)), "harbour", 1000);
            });
            assertTrue(
                    damaged.getMessage().endsWith("is damaged; set aside, and rebuilt at the next start"),
                    damaged.getMessage());
        }
        assertFalse(Files.exists(file), "set aside");
        assertEquals(1, asideFiles().size());
        try (LibraryIndex rebuilt = open().orElseThrow()) {
            assertEquals(0, articles(rebuilt));
        }
    }

    /** The full-text table of a new index keeps 16 MB of pending terms before it writes a segment (IndexSchema). */
    @Test
    void aNewIndexKeepsMorePendingTermsBeforeWritingASegment() throws Exception {
        filled(1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT v FROM search_config WHERE k = 'hashsize'")) {
            assertTrue(rows.next(), "no hashsize in the search table's configuration");
            assertEquals(16L << 20, rows.getLong(1));
        }
    }

    @Test
    void anIndexFromANewerLedeIsSetAsideAndRebuilt() throws Exception {
        filled(1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (LibraryIndex.SCHEMA_VERSION + 1));
        }
        assertSetAsideAndRebuilt("was written by a newer lede (schema " + (LibraryIndex.SCHEMA_VERSION + 1) + ")");
    }

    @Test
    void anotherProgramsDatabaseIsSetAsideNotEmptied() throws Exception {
        Files.createDirectories(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE precious(x)");
            statement.execute("INSERT INTO precious VALUES (42)");
        }
        assertSetAsideAndRebuilt("is not a lede index");
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + folder.resolve(asideFiles().get(0)));
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT x FROM precious")) {
            assertTrue(rows.next());
            assertEquals(42, rows.getInt(1));
        }
    }

    @Test
    void anOlderSchemaIsRebuiltInPlace() throws Exception {
        filled(3);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (LibraryIndex.SCHEMA_VERSION - 1));
        }
        // One less is the previous parsers' generation: its index is refilled, without a warning.
        try (LibraryIndex index = open().orElseThrow()) {
            assertEquals(0, articles(index), "rebuilt from nothing");
        }
        assertEquals(List.of(), warnings, "an upgrade is not a problem");
        assertEquals(List.of(), asideFiles());
    }

    @Test
    void aReadOnlyIndexMeansRunningWithoutIt() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root writes read-only files anyway");
        filled(1);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(Optional.empty(), open());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("running without the library index"), warnings.get(0));
        assertTrue(Files.exists(file), "not set aside: it is not damaged");
    }

    @Test
    void anIndexThatCannotBeOpenedMeansRunningWithoutIt() throws IOException {
        Files.createDirectories(file); // what root meets where others meet a read-only file
        assertEquals(Optional.empty(), open());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("lede: " + file + ": "), warnings.get(0));
        assertTrue(
                warnings.get(0).endsWith("; running without the library index (every file is read)"), warnings.get(0));
        assertTrue(Files.isDirectory(file), "left alone");
    }

    @Test
    void aFolderThatCannotBeCreatedMeansRunningWithoutIt() throws IOException {
        Files.writeString(temp.resolve("cache"), "a file where the folder should be");
        assertEquals(Optional.empty(), open());
        assertEquals(1, warnings.size());
        assertTrue(
                warnings.get(0).startsWith("lede: " + folder + ": cannot be created (not a directory)"),
                warnings.get(0));
        assertFalse(warnings.get(0).contains("Exception"), "the reason in words: " + warnings.get(0));
        assertTrue(warnings.get(0).endsWith("running without the library index (every file is read)"), warnings.get(0));
    }

    @Test
    void aParentThatCannotBeCreatedIsNamedInTheReason() throws IOException {
        Files.writeString(temp.resolve("cache"), "a file where a folder should be");
        file = temp.resolve("cache/lede/deeper/index.db");
        assertEquals(Optional.empty(), open());
        assertEquals(1, warnings.size());
        Path blocked = temp.resolve("cache/lede");
        assertTrue(
                warnings.get(0).startsWith("lede: " + file.getParent() + ": cannot be created (" + blocked + ": "),
                warnings.get(0));
    }

    @Test
    void anIndexLockedByAnotherProcessMeansRunningWithoutIt() throws Exception {
        filled(1);
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = holder.createStatement()) {
            // What a crashed or stuck program holding the file exclusively looks like from here.
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("INSERT INTO meta VALUES ('held', 1)");
            long start = System.nanoTime();
            Optional<LibraryIndex> index = IndexFile.open(file, Map.of(), warnings::add, 300);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Optional.empty(), index);
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(
                    warnings.get(0).contains("in use by another process; running without the library index"),
                    warnings.get(0));
            assertTrue(waitedMillis >= 250, "waited for the lock first: " + waitedMillis + " ms");
            statement.execute("ROLLBACK");
        }
        assertEquals(List.of(), asideFiles(), "a busy index is not damaged");
    }

    /** Copies the WAL into the database file, so damage done to the file is what a reader meets. */
    private void checkpoint() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /** A library unpacked but refused (a cache and a /tmp mounted noexec): said so, not "Error opening connection". */
    @Test
    void aNativeLibraryTheSystemRefusesIsSaidSo() {
        Assumptions.assumeTrue(
                SqliteNative.unpackFailure().isEmpty(),
                "an unpacking failed in this JVM (a test's full disk) is named first");
        java.sql.SQLException refused = new java.sql.SQLException("Error opening connection");
        refused.initCause(new org.sqlite.NativeLibraryNotFoundException("No native library found"));
        String reason = IndexFile.reason(refused);
        assertTrue(reason.startsWith("its SQLite library cannot be loaded from "), reason);
        assertTrue(reason.endsWith(" (mounted noexec?)"), reason);
    }
}
