// Over 300 lines: every SQL statement on the index in one place, so the schema and its queries are read
// together (IndexFile opens and repairs, FtsQuery shapes search).
package dev.lede.io.index;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.Library;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import dev.lede.io.CacheRoot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the parsers found in every input file lede has read, kept in SQLite so that an unchanged library
 * is listed, searched and resolved without reading its files again. The files stay the truth: the index
 * is a cache that {@link IndexFile} sets aside and rebuilds whenever it cannot be trusted.
 *
 * <p>One database for every folder, {@code $XDG_CACHE_HOME/lede/index.db}, rather than one per opened
 * folder: related headlines resolve across everything opened together, which one database answers with
 * one query (several would need ATTACH and a UNION for every search); a file inside two opened folders
 * is parsed and stored once; and there is a single file to find, measure and delete. What belongs to one
 * run is chosen by an {@link IndexScope}, a range of path keys that the {@code inputs_order} index serves
 * in file order without sorting.
 *
 * <p>Every write runs in a {@link Batch}, one transaction: an input's stamp is stored together with what
 * its parse found, so a process killed at any moment leaves each input either as it was or wholly
 * updated, never a new stamp over old articles. WAL mode lets a reader and {@code lede list} use the
 * index at once; a writer that finds another writing waits {@link #BUSY_TIMEOUT_MILLIS}, then gives up
 * ({@link IndexException}) and the caller goes on without writing.
 *
 * <p>Not for several threads at once: each thread opens its own.
 */
public final class LibraryIndex implements AutoCloseable {

    /** The layout of the tables; raise it with any change to {@link IndexSchema}. */
    private static final int LAYOUT = 4;

    /**
     * What this lede writes in {@code PRAGMA user_version}: the table layout and the parsers' generation,
     * so an index filled by other parsers is rebuilt like one of another layout.
     */
    static final int SCHEMA_VERSION = LAYOUT * 1_000 + Parsers.GENERATION;

    /** How long a write waits for another process's write to finish. */
    static final int BUSY_TIMEOUT_MILLIS = 3_000;

    /** Headline words weigh this much more than body words in the ranking (FTS5's bm25 column weights). */
    static final double HEADLINE_WEIGHT = 3.0;

    static final String FILE_NAME = "index.db";

    private final Connection connection;
    private final Path file;
    private boolean inTransaction;
    /** Statements the write path runs for every file, by their SQL; see {@link #prepared}. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** For {@link #details}: the library whose targets it reads, and its statement, prepared once. */
    private Long detailsLibrary;

    private PreparedStatement detailsSelect;
    /** The reader's search; its statements are prepared per search (they depend on the query's tiers). */
    private final KeystrokeSearch keystrokes;

    LibraryIndex(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
        this.keystrokes = new KeystrokeSearch(connection);
    }

    /** {@code $XDG_CACHE_HOME/lede/index.db}, else under {@code ~/.cache}; empty without a home folder. */
    public static Optional<Path> defaultFile(Map<String, String> environment) {
        return CacheRoot.of(environment).map(root -> root.resolve(FILE_NAME));
    }

    /**
     * The index in {@code file}, created or upgraded as needed; one that cannot be trusted is set aside and
     * rebuilt, and one that cannot be used at all (read-only, busy, no native library) gives empty. Either
     * way {@code warnings} gets one line saying what happened.
     */
    public static Optional<LibraryIndex> open(Path file, Map<String, String> environment, Consumer<String> warnings) {
        return IndexFile.open(file, environment, warnings, BUSY_TIMEOUT_MILLIS);
    }

    public Path file() {
        return file;
    }

    // ---- checking the folders

    /**
     * The stamps of the files under the scope's roots as they were when last read, by path: the whole
     * check of a folder costs this one query and a stat per file.
     */
    public synchronized Map<String, FileStamp> stamps(IndexScope scope) {
        Map<String, FileStamp> stamps = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT path, size, mtime_ns, file_key, taken_ns FROM inputs WHERE order_key >= ? AND order_key < ?")) {
            for (String root : scope.roots()) {
                select.setBytes(1, IndexScope.low(root));
                select.setBytes(2, IndexScope.high(root));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stamps.put(
                                rows.getString(1),
                                new FileStamp(rows.getLong(2), rows.getLong(3), rows.getString(4), rows.getLong(5)));
                    }
                }
            }
            return stamps;
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
    }

    /**
     * Whether a file whose stamp is now {@code current} still holds what was stored under {@code stored}:
     * same identity, size and modification time, and that time was not so close to the stored read that a
     * later change could have kept it.
     */
    public static boolean unchanged(FileStamp stored, FileStamp current) {
        return stored != null && !stored.racy() && stored.sameFileAs(current);
    }

    // ---- writing

    /** A transaction: everything put, removed or moved lands at {@link Batch#commit()}, or not at all. */
    public synchronized Batch batch() {
        try {
            // The write lock now (waiting for another writer up to the busy timeout), not at the first
            // insert, so a batch never fails half-way on a lock it could not upgrade to.
            begin();
            return new Batch();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot be written", e);
        }
    }

    /** Writes to the index, all in one transaction; close without {@link #commit()} to drop them. */
    public final class Batch implements AutoCloseable {

        private boolean changed;
        private boolean open = true;
        /** The paths this batch changed: only the libraries that hold one of them lose their resolutions. */
        private final Set<String> touched = new HashSet<>();

        private Batch() {}

        /**
         * Stores what parsing one input found, replacing what was stored for its path.
         *
         * @param stamp  the file's stamp taken before it was read
         * @param name   the name the input was parsed under: problems that name it are stored relative to it
         * @param ledes  the lede to keep for an article (the library keeps them cut short)
         */
        public void put(String path, FileStamp stamp, String name, Parsed parsed, Function<Article, String> ledes) {
            synchronized (LibraryIndex.this) {
                try {
                    deleteInput(path);
                    touched.add(path);
                    PreparedStatement insert = prepared(
                            "INSERT INTO inputs(path, order_key, size, mtime_ns, file_key, taken_ns, problems) VALUES (?,?,?,?,?,?,?)");
                    insert.setString(1, path);
                    insert.setBytes(2, IndexScope.orderKey(path));
                    insert.setLong(3, stamp.size());
                    insert.setLong(4, stamp.modifiedNanos());
                    insert.setString(5, stamp.fileKey());
                    insert.setLong(6, stamp.takenNanos());
                    insert.setString(7, encodeProblems(parsed.problems(), name));
                    insert.executeUpdate();
                    long input = lastRow();
                    PreparedStatement article = prepared(
                            "INSERT INTO articles(input, seq, item, id, format, headline, lede,"
                                    + " byline, published, url, site, related, problems) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                    PreparedStatement search = prepared("INSERT INTO search(rowid, headline, body) VALUES (?,?,?)");
                    PreparedStatement headlines = prepared("INSERT INTO headlines(rowid, headline) VALUES (?,?)");
                    int seq = 0;
                    for (Article parsedArticle : parsed.articles()) {
                        article.setLong(1, input);
                        article.setInt(2, seq++);
                        article.setInt(3, parsedArticle.source().item());
                        article.setString(4, parsedArticle.id().value());
                        article.setString(5, parsedArticle.format().name());
                        article.setString(6, parsedArticle.headline());
                        article.setString(7, ledes.apply(parsedArticle));
                        article.setString(8, parsedArticle.byline());
                        article.setString(9, parsedArticle.published());
                        article.setString(10, parsedArticle.url());
                        article.setString(11, parsedArticle.site());
                        article.setString(12, encodeRelated(parsedArticle.related()));
                        article.setString(13, encodeProblems(parsedArticle.problems(), name));
                        article.executeUpdate();
                        long row = lastRow();
                        search.setLong(1, row);
                        search.setString(2, parsedArticle.headline());
                        search.setString(3, parsedArticle.bodyText());
                        search.executeUpdate();
                        headlines.setLong(1, row);
                        headlines.setString(2, parsedArticle.headline());
                        headlines.executeUpdate();
                    }
                    changed = true;
                } catch (SQLException e) {
                    throw failure("cannot be written", e);
                }
            }
        }

        /** Forgets an input that vanished. */
        public void remove(String path) {
            synchronized (LibraryIndex.this) {
                try {
                    changed |= deleteInput(path);
                    touched.add(path);
                } catch (SQLException e) {
                    throw failure("cannot be written", e);
                }
            }
        }

        /**
         * Keeps what was stored for a file that was renamed (same identity and stamp at a new path) under its
         * new path, without parsing it again. False when nothing was stored at {@code from}.
         */
        public boolean move(String from, String to) {
            synchronized (LibraryIndex.this) {
                try {
                    deleteInput(to);
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE inputs SET path = ?, order_key = ? WHERE order_key = ?")) {
                        update.setString(1, to);
                        update.setBytes(2, IndexScope.orderKey(to));
                        update.setBytes(3, IndexScope.orderKey(from));
                        boolean moved = update.executeUpdate() > 0;
                        changed |= moved;
                        touched.add(from);
                        touched.add(to);
                        return moved;
                    }
                } catch (SQLException e) {
                    throw failure("cannot be written", e);
                }
            }
        }

        /**
         * Makes everything in this batch durable at once; the resolutions of every library holding a path it
         * changed are stale from here on, while other libraries' stay current (a file opened once elsewhere
         * must not cost the main library its resolutions).
         */
        public void commit() {
            synchronized (LibraryIndex.this) {
                try {
                    if (changed) {
                        long before = generation();
                        try (Statement bump = connection.createStatement()) {
                            bump.executeUpdate("UPDATE meta SET value = value + 1 WHERE key = 'generation'");
                        }
                        carryForward(before, touched);
                    }
                    execute("COMMIT");
                    inTransaction = false;
                    open = false;
                } catch (SQLException e) {
                    throw failure("cannot be written", e);
                }
            }
        }

        @Override
        public void close() {
            synchronized (LibraryIndex.this) {
                if (open) {
                    open = false;
                    rollbackQuietly();
                }
            }
        }
    }

    /** Libraries current at generation {@code before} that hold none of {@code touched} are current after it. */
    private void carryForward(long before, Set<String> touched) throws SQLException {
        List<Long> untouched = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id, roots FROM libraries WHERE generation = ?")) {
            select.setLong(1, before);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (!IndexScope.holdsAny(rows.getString(2), touched)) {
                        untouched.add(rows.getLong(1));
                    }
                }
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE libraries SET generation = ? WHERE id = ?")) {
            for (long id : untouched) {
                update.setLong(1, before + 1);
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }

    /** Forgets what was stored for {@code path}; false when nothing was (a new file: one lookup, no deletes). */
    private boolean deleteInput(String path) throws SQLException {
        PreparedStatement find = prepared("SELECT id FROM inputs WHERE order_key = ?");
        find.setBytes(1, IndexScope.orderKey(path));
        long input;
        try (ResultSet rows = find.executeQuery()) {
            if (!rows.next()) {
                return false;
            }
            input = rows.getLong(1);
        }
        PreparedStatement search =
                prepared("DELETE FROM search WHERE rowid IN (SELECT row FROM articles WHERE input = ?)");
        search.setLong(1, input);
        search.executeUpdate();
        PreparedStatement headlines =
                prepared("DELETE FROM headlines WHERE rowid IN (SELECT row FROM articles WHERE input = ?)");
        headlines.setLong(1, input);
        headlines.executeUpdate();
        PreparedStatement articles = prepared("DELETE FROM articles WHERE input = ?");
        articles.setLong(1, input);
        articles.executeUpdate();
        PreparedStatement inputs = prepared("DELETE FROM inputs WHERE id = ?");
        inputs.setLong(1, input);
        return inputs.executeUpdate() > 0;
    }

    private long lastRow() throws SQLException {
        try (ResultSet row = prepared("SELECT last_insert_rowid()").executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * The statement for {@code sql}, prepared once per connection: a first run stores every file with the
     * same seven statements, and preparing them anew for each file was a tenth of its index time.
     */
    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private void begin() throws SQLException {
        execute("BEGIN IMMEDIATE");
        inTransaction = true;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly() {
        if (!inTransaction) {
            return;
        }
        inTransaction = false;
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // nothing was committed; the next call reports a connection that is unusable
        }
    }

    // ---- reading

    /** The number of articles under the scope's roots (each root counted on its own, as a listing would). */
    public synchronized int count(IndexScope scope) {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM inputs i JOIN articles a ON a.input = i.id WHERE i.order_key >= ? AND i.order_key < ?")) {
            int total = 0;
            for (String root : scope.roots()) {
                count.setBytes(1, IndexScope.low(root));
                count.setBytes(2, IndexScope.high(root));
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total += rows.getInt(1);
                }
            }
            return total;
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
    }

    /**
     * Hands every input under the scope's roots to {@code visitor} in file order (root by root, as given),
     * each with its articles and the related headlines' targets when this library's are current. Streams:
     * nothing of the listing is held beyond the input at hand. Stops once {@code articleLimit} articles were
     * handed over (at the end of that input), so the first screenful costs a few rows.
     */
    public void list(IndexScope scope, int articleLimit, Consumer<IndexedInput> visitor) {
        list(scope, articleLimit, Columns.ALL, visitor);
    }

    /**
     * As {@link #list}, each article with only what a list row shows (row, item, id, format, headline,
     * date, problems): lede, byline, url, site, related headlines and targets are null, to be read by row
     * when asked for ({@link #details}). Reading 100,000 rows this way takes about a quarter of the time.
     */
    public synchronized void listHeadlines(IndexScope scope, Consumer<IndexedInput> visitor) {
        if (!listStored(scope, false, visitor)) {
            list(scope, Integer.MAX_VALUE, Columns.HEADLINES, visitor);
        }
    }

    /**
     * Lists the scope's articles as stored in parts ({@link HeadlineListing}), with their targets or
     * without; false (having listed nothing) when its library is not current or no listing is stored.
     */
    private boolean listStored(IndexScope scope, boolean withTargets, Consumer<IndexedInput> visitor) {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.headlines FROM listings s"
                + " JOIN libraries l ON l.id = s.library JOIN meta m ON m.key = 'generation' AND m.value = l.generation"
                + " WHERE l.roots = ? AND l.resolver = ? ORDER BY s.part")) {
            select.setString(1, scope.key());
            select.setInt(2, Library.RESOLVER_VERSION);
            boolean any = false;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    any = true;
                    HeadlineListing.read(rows.getBytes(1), withTargets, visitor);
                }
            }
            return any;
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("cannot be read", e);
        }
    }

    /**
     * Stores the scope's headline listing (with each article's targets) in a few large values, so the next
     * start, {@code lede list} and the check of the folders read it in a few steps;
     * nothing when the library's resolutions are not current (the listing is valid exactly as long as they
     * are: a change under the scope makes both stale) or the listing is stored already.
     */
    public synchronized void storeHeadlineListing(IndexScope scope) {
        try {
            long current = currentLibrary(scope);
            if (current < 0 || hasListing(current)) {
                return; // read only: most runs find it stored
            }
            begin();
            long library = currentLibrary(scope);
            if (library >= 0 && !hasListing(library)) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO listings(library, part, headlines) VALUES (?, ?, ?)")) {
                    int[] part = {0};
                    HeadlineListing listing = new HeadlineListing(
                            bytes -> {
                                try {
                                    insert.setLong(1, library);
                                    insert.setInt(2, part[0]++);
                                    insert.setBytes(3, bytes);
                                    insert.executeUpdate();
                                } catch (SQLException e) {
                                    throw new UncheckedSql(e);
                                }
                            },
                            HeadlineListing.PART_BYTES);
                    list(scope, Integer.MAX_VALUE, Columns.TARGETS, listing::add);
                    listing.finish();
                }
            }
            execute("COMMIT");
            inTransaction = false;
        } catch (SQLException e) {
            throw failure("cannot be written", e);
        } catch (UncheckedSql e) {
            throw failure("cannot be written", e.getCause());
        } finally {
            rollbackQuietly();
        }
    }

    /** A driver failure inside a callback that cannot throw it. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private boolean hasListing(long library) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM listings WHERE library = ?")) {
            select.setLong(1, library);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * As {@link #list}, each article with its id alone (row, item, id): what checking the files against
     * their stamps and numbering the articles take.
     */
    public synchronized void listIds(IndexScope scope, Consumer<IndexedInput> visitor) {
        if (!listStored(scope, false, visitor)) {
            list(scope, Integer.MAX_VALUE, Columns.IDS, visitor);
        }
    }

    /**
     * As {@link #list}, each article with what a line of {@code lede list} shows (row, item, id, format,
     * headline, date, problems) and its related headlines' targets, related headlines themselves null.
     */
    public synchronized void listTargets(IndexScope scope, Consumer<IndexedInput> visitor) {
        if (!listStored(scope, true, visitor)) {
            list(scope, Integer.MAX_VALUE, Columns.TARGETS, visitor);
        }
    }

    /** Which of an article's columns a listing reads; the input's path, problems and stamp always. */
    private enum Columns {
        ALL(
                "a.row, a.item, a.id, a.format, a.headline, a.lede, a.byline, a.published, a.url, a.site, a.related,"
                        + " a.problems, r.targets",
                true),
        HEADLINES("a.row, a.item, a.id, a.format, a.headline, a.published, a.problems", false),
        IDS("a.row, a.item, a.id", false),
        TARGETS("a.row, a.item, a.id, a.format, a.headline, a.published, a.problems, r.targets", true);

        final String select;
        final boolean resolved;

        Columns(String articleColumns, boolean resolved) {
            this.resolved = resolved;
            this.select = "SELECT i.path, i.problems, i.size, i.mtime_ns, i.file_key, i.taken_ns, " + articleColumns
                    + " FROM inputs i LEFT JOIN articles a ON a.input = i.id"
                    + (resolved ? " LEFT JOIN resolved r ON r.library = ? AND r.article = a.row" : "")
                    + " WHERE i.order_key >= ? AND i.order_key < ? ORDER BY i.order_key, a.seq";
        }

        IndexedArticle article(ResultSet rows, int at, String path) throws SQLException {
            return switch (this) {
                case ALL -> LibraryIndex.article(rows, at, path);
                case HEADLINES -> headline(rows, at, path, null);
                case IDS ->
                    new IndexedArticle(
                            rows.getLong(at),
                            path,
                            rows.getInt(at + 1),
                            new ArticleId(rows.getString(at + 2)),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of());
                case TARGETS -> headline(rows, at, path, decodeTargets(rows.getString(at + 7), null));
            };
        }
    }

    private synchronized void list(
            IndexScope scope, int articleLimit, Columns columns, Consumer<IndexedInput> visitor) {
        long library = columns.resolved ? currentLibrary(scope) : -1;
        try (PreparedStatement select = connection.prepareStatement(columns.select)) {
            int handed = 0;
            for (String root : scope.roots()) {
                int at = 1;
                if (columns.resolved) {
                    select.setLong(at++, library);
                }
                select.setBytes(at++, IndexScope.low(root));
                select.setBytes(at, IndexScope.high(root));
                try (ResultSet rows = select.executeQuery()) {
                    String path = null;
                    FileStamp stamp = null;
                    List<Problem> problems = null;
                    List<IndexedArticle> articles = new ArrayList<>();
                    while (rows.next()) {
                        String rowPath = rows.getString(1);
                        if (!rowPath.equals(path)) {
                            if (path != null) {
                                visitor.accept(new IndexedInput(path, stamp, List.copyOf(articles), problems));
                                handed += articles.size();
                                if (handed >= articleLimit) {
                                    return;
                                }
                                articles.clear();
                            }
                            path = rowPath;
                            problems = decodeProblems(rows.getString(2), path);
                            stamp = new FileStamp(rows.getLong(3), rows.getLong(4), rows.getString(5), rows.getLong(6));
                        }
                        if (rows.getObject(7) != null) {
                            articles.add(columns.article(rows, 7, path));
                        }
                    }
                    if (path != null) {
                        visitor.accept(new IndexedInput(path, stamp, List.copyOf(articles), problems));
                        handed += articles.size();
                        if (handed >= articleLimit) {
                            return;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw failure("holds a row lede cannot read", e);
        }
    }

    /** The first article in file order under the scope with this id. */
    public synchronized Optional<IndexedArticle> find(IndexScope scope, ArticleId id) {
        long library = currentLibrary(scope);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT i.path, a.row, a.item, a.id, a.format, a.headline, a.lede, a.byline, a.published,"
                        + " a.url, a.site, a.related, a.problems, r.targets"
                        + " FROM articles a JOIN inputs i ON a.input = i.id"
                        + " LEFT JOIN resolved r ON r.library = ? AND r.article = a.row"
                        + " WHERE a.id = ? AND i.order_key >= ? AND i.order_key < ? ORDER BY i.order_key, a.seq LIMIT 1")) {
            for (String root : scope.roots()) {
                select.setLong(1, library);
                select.setString(2, id.value());
                select.setBytes(3, IndexScope.low(root));
                select.setBytes(4, IndexScope.high(root));
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return Optional.of(article(rows, 2, rows.getString(1)));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw failure("holds a row lede cannot read", e);
        }
    }

    /** A search result: which article, where it is, in rank order. */
    public record Hit(long row, ArticleId id, String path, int item) {}

    /** Below this many words a query is typed search, where a partial match would only confuse. */
    static final int MIN_WORDS_FOR_CLOSEST = 3;

    /**
     * The articles under the scope holding every word of {@code typed} in headline or body, best first by
     * bm25 (headline words weighted {@value #HEADLINE_WEIGHT} times), then in file order; the last word also
     * matches as a prefix unless the query ends with a space. A query without a word finds nothing. A
     * query of {@value #MIN_WORDS_FOR_CLOSEST} or more words that no article holds whole (a related
     * headline that is not in the library) finds the articles holding any of its words instead, those
     * holding more and rarer ones first, so the search offered instead of a jump finds the story's neighbours.
     */
    public synchronized List<Hit> search(IndexScope scope, String typed, int limit) {
        String match = FtsQuery.of(typed);
        if (match == null || scope.roots().isEmpty()) {
            return List.of();
        }
        List<Hit> hits = hits(scope, match, limit);
        if (hits.isEmpty() && FtsQuery.words(typed).size() >= MIN_WORDS_FOR_CLOSEST) {
            return hits(scope, FtsQuery.anyOf(typed), limit);
        }
        return hits;
    }

    /**
     * As {@link #search}, for the reader, which keeps only the ids its library holds: every folder's
     * articles, ids only, at most {@code limit} of them, at a cost that does not grow with the library
     * ({@link KeystrokeSearch}: headline matches first, exact words before prefixes, a broad tier in file
     * order). Articles of other folders in the same index are the price, left for the caller to drop.
     */
    public synchronized List<ArticleId> searchIds(String typed, int limit) {
        try {
            List<ArticleId> ids = keystrokes.search(typed, limit);
            if (ids.isEmpty() && FtsQuery.words(typed).size() >= MIN_WORDS_FOR_CLOSEST) {
                return keystrokes.closest(typed, limit);
            }
            return ids;
        } catch (SQLException e) {
            if (IndexFile.isInterrupted(e)) {
                return List.of();
            }
            throw failure("cannot be searched", e);
        }
    }

    /**
     * Stops the search running now, if any (it then finds nothing): its result would be dropped anyway,
     * and it would otherwise hold the next one up. Not synchronized, so that it can reach a search in
     * progress.
     */
    public void interruptSearch() {
        keystrokes.cancel();
    }

    private List<Hit> hits(IndexScope scope, String match, int limit) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < scope.roots().size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("(i.order_key >= ? AND i.order_key < ?)");
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.row, a.id, i.path, a.item FROM search JOIN articles a ON a.row = search.rowid"
                        + " JOIN inputs i ON i.id = a.input WHERE search MATCH ? AND (" + where + ")"
                        + " ORDER BY bm25(search, " + HEADLINE_WEIGHT + ", 1.0), i.order_key, a.seq LIMIT ?")) {
            int at = 1;
            select.setString(at++, match);
            for (String root : scope.roots()) {
                select.setBytes(at++, IndexScope.low(root));
                select.setBytes(at++, IndexScope.high(root));
            }
            select.setInt(at, limit);
            List<Hit> hits = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.add(new Hit(
                            rows.getLong(1), new ArticleId(rows.getString(2)), rows.getString(3), rows.getInt(4)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw failure("cannot be searched", e);
        }
    }

    // ---- related headlines

    /**
     * Stores what this library's related headlines resolved to: per article row, the target id for each
     * related headline in order (null for one that resolved to nothing). Replaces what was stored for the
     * library; valid until the next batch that changes an input.
     */
    public synchronized void storeResolutions(IndexScope scope, Map<Long, List<ArticleId>> targets) {
        try {
            begin();
            long generation = generation();
            long library;
            try (PreparedStatement upsert =
                    connection.prepareStatement("INSERT INTO libraries(roots, generation, resolver) VALUES (?, ?, ?)"
                            + " ON CONFLICT(roots) DO UPDATE SET generation = excluded.generation,"
                            + " resolver = excluded.resolver")) {
                upsert.setString(1, scope.key());
                upsert.setLong(2, generation);
                upsert.setInt(3, Library.RESOLVER_VERSION);
                upsert.executeUpdate();
            }
            library = libraryId(scope);
            for (String table : List.of("resolved", "listings")) {
                // The stored listing was of the library as it was: stale now, stored again after these.
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE library = ?")) {
                    delete.setLong(1, library);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO resolved(library, article, targets) VALUES (?,?,?)")) {
                for (Map.Entry<Long, List<ArticleId>> entry : targets.entrySet()) {
                    List<String> ids = new ArrayList<>(entry.getValue().size());
                    entry.getValue().forEach(id -> ids.add(id == null ? null : id.value()));
                    insert.setLong(1, library);
                    insert.setLong(2, entry.getKey());
                    insert.setString(3, ids.isEmpty() ? "" : Fields.encode(ids));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            execute("COMMIT");
            inTransaction = false;
        } catch (SQLException e) {
            throw failure("cannot be written", e);
        } finally {
            rollbackQuietly();
        }
    }

    /** Whether this library's resolutions are stored and no input changed since. */
    public synchronized boolean resolutionsCurrent(IndexScope scope) {
        return currentLibrary(scope) >= 0;
    }

    /**
     * The library's id when its resolutions are current, else -1 (which no row has): no input changed since
     * they were stored, and the headline matcher that found them matches as this lede's does.
     */
    private long currentLibrary(IndexScope scope) {
        try (PreparedStatement select = connection.prepareStatement("SELECT l.id FROM libraries l, meta m"
                + " WHERE l.roots = ? AND m.key = 'generation' AND l.generation = m.value AND l.resolver = ?")) {
            select.setString(1, scope.key());
            select.setInt(2, Library.RESOLVER_VERSION);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
    }

    private long libraryId(IndexScope scope) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM libraries WHERE roots = ?")) {
            select.setString(1, scope.key());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * A number every committed change raises: equal at two moments, nothing was stored in between (so what
     * one listing showed and what a later one checks are the same rows).
     */
    public synchronized long changes() {
        try {
            return generation();
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
    }

    private long generation() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM meta WHERE key = 'generation'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * What {@code row} holds beyond its headline, with the targets stored for the scope's library when they
     * are current; empty when the row is gone (another lede changed that input meanwhile).
     */
    public synchronized Optional<EntryDetails.Details> details(IndexScope scope, long row) {
        try {
            if (detailsLibrary == null) {
                detailsLibrary = currentLibrary(scope);
            }
            if (detailsSelect == null) {
                detailsSelect = connection.prepareStatement("SELECT a.lede, a.related, r.targets FROM articles a"
                        + " LEFT JOIN resolved r ON r.library = ? AND r.article = a.row WHERE a.row = ?");
            }
            detailsSelect.setLong(1, detailsLibrary);
            detailsSelect.setLong(2, row);
            try (ResultSet rows = detailsSelect.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                List<RelatedHeadline> related = decodeRelated(rows.getString(2));
                return Optional.of(new EntryDetails.Details(
                        rows.getString(1), related, decodeTargets(rows.getString(3), related)));
            }
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw failure("holds a row lede cannot read", e);
        }
    }

    /**
     * Every article's stored targets for the scope's library, article row by row, in one query streamed to
     * {@code visitor} (for building its stories); false, having handed nothing, when its resolutions are not current.
     */
    public synchronized boolean eachTargets(
            IndexScope scope, java.util.function.BiConsumer<Long, List<ArticleId>> visitor) {
        long library = currentLibrary(scope);
        if (library < 0) {
            return false;
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT article, targets FROM resolved WHERE library = ?")) {
            select.setLong(1, library);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString(2);
                    List<ArticleId> targets = new ArrayList<>();
                    for (String id : text.isEmpty() ? List.<String>of() : Fields.decode(text)) {
                        targets.add(id == null ? null : new ArticleId(id));
                    }
                    visitor.accept(rows.getLong(1), targets);
                }
            }
            return true;
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw failure("holds a row lede cannot read", e);
        }
    }

    // ---- rows and columns

    /**
     * The columns of {@link #listHeadlines} from {@code at}: row, item, id, format, headline, published,
     * problems; with {@code targets} as read apart (null for none).
     */
    private static IndexedArticle headline(ResultSet rows, int at, String path, List<ArticleId> targets)
            throws SQLException {
        return new IndexedArticle(
                rows.getLong(at),
                path,
                rows.getInt(at + 1),
                new ArticleId(rows.getString(at + 2)),
                Format.valueOf(rows.getString(at + 3)),
                rows.getString(at + 4),
                null,
                null,
                rows.getString(at + 5),
                null,
                null,
                null,
                targets,
                decodeProblems(rows.getString(at + 6), path));
    }

    /** The article whose columns start at {@code at}: row, item, id, format, headline, … targets. */
    private static IndexedArticle article(ResultSet rows, int at, String path) throws SQLException {
        List<RelatedHeadline> related = decodeRelated(rows.getString(at + 10));
        List<ArticleId> targets = decodeTargets(rows.getString(at + 12), related);
        return new IndexedArticle(
                rows.getLong(at),
                path,
                rows.getInt(at + 1),
                new ArticleId(rows.getString(at + 2)),
                Format.valueOf(rows.getString(at + 3)),
                rows.getString(at + 4),
                rows.getString(at + 5),
                rows.getString(at + 6),
                rows.getString(at + 7),
                rows.getString(at + 8),
                rows.getString(at + 9),
                related,
                targets,
                decodeProblems(rows.getString(at + 11), path));
    }

    /** The targets stored for {@code related} (checked against them unless null), or null when none are. */
    private static List<ArticleId> decodeTargets(String text, List<RelatedHeadline> related) {
        if (text == null) {
            return null;
        }
        List<String> ids = Fields.decode(text);
        if (related != null && ids.size() != related.size()) {
            throw new IllegalArgumentException("targets do not match related headlines");
        }
        List<ArticleId> resolved = new ArrayList<>(ids.size());
        ids.forEach(id -> resolved.add(id == null ? null : new ArticleId(id)));
        return Collections.unmodifiableList(resolved);
    }

    static String encodeRelated(List<RelatedHeadline> related) {
        List<String> fields = new ArrayList<>(2 * related.size());
        for (RelatedHeadline headline : related) {
            fields.add(headline.headline());
            fields.add(headline.url());
        }
        return Fields.encode(fields);
    }

    static List<RelatedHeadline> decodeRelated(String text) {
        List<String> fields = Fields.decode(text);
        if (fields.size() % 2 != 0) {
            throw new IllegalArgumentException("not a list of related headlines");
        }
        List<RelatedHeadline> related = new ArrayList<>(fields.size() / 2);
        for (int i = 0; i < fields.size(); i += 2) {
            related.add(new RelatedHeadline(fields.get(i), fields.get(i + 1)));
        }
        return List.copyOf(related);
    }

    /**
     * Problems as pairs of fields: a source that names the input is kept as {@code =} and what follows the
     * name ({@code #3} for an item), any other as {@code !} and itself; decoded with the path as the name.
     */
    static String encodeProblems(List<Problem> problems, String name) {
        List<String> fields = new ArrayList<>(2 * problems.size());
        for (Problem problem : problems) {
            String source = problem.source();
            fields.add(source.startsWith(name) ? "=" + source.substring(name.length()) : "!" + source);
            fields.add(problem.message());
        }
        return Fields.encode(fields);
    }

    static List<Problem> decodeProblems(String text, String path) {
        List<String> fields = Fields.decode(text);
        if (fields.size() % 2 != 0) {
            throw new IllegalArgumentException("not a list of problems");
        }
        List<Problem> problems = new ArrayList<>(fields.size() / 2);
        for (int i = 0; i < fields.size(); i += 2) {
            String source = fields.get(i);
            if (source == null || source.isEmpty() || source.charAt(0) != '=' && source.charAt(0) != '!') {
                throw new IllegalArgumentException("not a list of problems");
            }
            problems.add(new Problem(
                    source.charAt(0) == '=' ? path + source.substring(1) : source.substring(1), fields.get(i + 1)));
        }
        return List.copyOf(problems);
    }

    /**
     * An {@link IndexException} for {@code e}; an index found corrupt is also set aside, so the next run
     * rebuilds it instead of meeting the same damage.
     */
    private IndexException failure(String what, Exception e) {
        if (IndexFile.isCorrupt(e) || e instanceof IllegalArgumentException) {
            IndexFile.setAsideLater(file);
            return new IndexException(file + " is damaged; set aside, and rebuilt at the next start", e);
        }
        return new IndexException(file + " " + what + " (" + IndexFile.reason(e) + ")", e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to keep: every batch was committed or rolled back
        }
    }
}
