// Over 300 lines: the index's one public door, each method's contract written where callers read it; the
// statements themselves are in InputRows, RowListing, StoredListings, Resolutions and IndexSearch.
package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.ResolutionBasis;
import dev.lede.core.parse.Parsers;
import dev.lede.io.CacheRoot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
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
 * <p>Every write runs in an {@link IndexBatch}, one transaction: an input's stamp is stored together with what
 * its parse found, so a process killed at any moment leaves each input either as it was or wholly
 * updated, never a new stamp over old articles. WAL mode lets a reader and {@code lede list} use the
 * index at once; a writer that finds another writing waits {@link #BUSY_TIMEOUT_MILLIS}, then gives up
 * ({@link IndexException}) and the caller goes on without writing.
 *
 * <p>The statements live with their tables: {@link InputRows} writes an input's rows, {@link RowListing}
 * reads them back, {@link StoredListings} keeps a library's listing as a few values, {@link Resolutions}
 * keeps what its related headlines resolved to, {@link IndexSearch} searches; this class is their one
 * door and their one lock.
 *
 * <p>Not for several threads at once: each thread opens its own.
 */
public final class LibraryIndex implements AutoCloseable {

    /** The layout of the tables; raise it with any change to {@link IndexSchema}. */
    private static final int LAYOUT = 9;

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

    private final IndexDatabase database;
    private final InputRows inputs;
    private final Resolutions resolutions;
    private final RowListing rows;
    private final StoredListings listings;
    /** The reader's search; its statements are prepared per search (they depend on the query's tiers). */
    private final IndexSearch search;

    LibraryIndex(Connection connection, Path file) {
        this.database = new IndexDatabase(connection, file);
        this.inputs = new InputRows(database);
        this.resolutions = new Resolutions(database);
        this.rows = new RowListing(database, resolutions);
        this.listings = new StoredListings(database, resolutions, rows);
        this.search = new IndexSearch(database);
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
        return database.file();
    }

    /**
     * This index's own random number, given when it was made and kept in its file's header
     * ({@link IndexHeader#instance}); 0 while it has none. A kept copy of a listing names it, so that it does
     * not outlive this index.
     */
    public synchronized int instance() {
        try (java.sql.Statement statement = database.connection().createStatement()) {
            return IndexFile.applicationId(statement);
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        }
    }

    // ---- checking the folders

    /**
     * The stamps of the files under the scope's roots as they were when last read, by path: the whole
     * check of a folder costs this one query and a stat per file.
     */
    public synchronized Map<String, FileStamp> stamps(IndexScope scope) {
        return rows.stamps(scope);
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

    /** A transaction: everything put, removed or moved lands at {@link IndexBatch#commit()}, or not at all. */
    public synchronized IndexBatch batch() {
        try {
            // The write lock now (waiting for another writer up to the busy timeout), not at the first
            // insert, so a batch never fails half-way on a lock it could not upgrade to.
            database.begin();
            inputs.beginTransaction();
            return new IndexBatch(this, database, inputs);
        } catch (SQLException e) {
            database.rollbackQuietly();
            throw database.failure("cannot be written", e);
        }
    }

    // ---- reading

    /** The number of articles under the scope's roots (each root counted on its own, as a listing would). */
    public synchronized int count(IndexScope scope) {
        return rows.count(scope);
    }

    /**
     * Hands every input under the scope's roots to {@code visitor} in file order (root by root, as given),
     * each with its articles and the related headlines' targets: this library's when they are current, else those
     * its last stored resolution gave the articles still here ({@link #storedResolution}), or none. Streams:
     * nothing of the listing is held beyond the input at hand. Stops once {@code articleLimit} articles were
     * handed over (at the end of that input), so the first screenful costs a few rows.
     */
    public synchronized void list(IndexScope scope, int articleLimit, Consumer<IndexedInput> visitor) {
        rows.list(scope, articleLimit, ArticleColumns.WHOLE, visitor);
    }

    /**
     * As {@link #list}, each article with only what a list row shows (row, item, id, format, headline,
     * date, problems): lede, byline, url, site, related headlines and targets are null, to be read by row
     * when asked for ({@link #details}). Reading 100,000 rows this way takes about a quarter of the time.
     * Read from the stored listing when there is one ({@link #storeHeadlineListing}).
     */
    public synchronized void listHeadlines(IndexScope scope, Consumer<IndexedInput> visitor) {
        if (!listings.list(scope, ArticleColumns.HEADLINES, true, visitor)) {
            rows.list(scope, Integer.MAX_VALUE, ArticleColumns.HEADLINES, visitor);
        }
    }

    /**
     * As {@link #listHeadlines}, for the reader's preview of a library resolved ahead, which keeps neither
     * an article's headline (read by row when drawn) nor the input's stamp (the check of the folders reads
     * the stamps again): each article without its headline, and each input's stamp null when read from the
     * stored listing. Decoding the two was about a fifth of the listing's allocation (docs/performance.md, "Between the
     * first frame and library complete").
     */
    public synchronized void listKeptApart(IndexScope scope, Consumer<IndexedInput> visitor) {
        if (!listings.list(scope, ArticleColumns.KEPT_APART, false, visitor)) {
            rows.list(scope, Integer.MAX_VALUE, ArticleColumns.KEPT_APART, visitor);
        }
    }

    /**
     * As {@link #list}, each article with its id and related headlines alone (row, item, id, related): what
     * storing their resolutions takes, a fraction of reading whole rows.
     */
    public synchronized void listRelated(IndexScope scope, Consumer<IndexedInput> visitor) {
        rows.list(scope, Integer.MAX_VALUE, ArticleColumns.RELATED, visitor);
    }

    /**
     * Each input under the scope with its path and stamp alone, no article (their count aside): what the
     * check of the folders compares. From the stored listing when there is one, its articles skipped in one
     * step each; else from the rows, with their ids.
     */
    public synchronized void listStamps(IndexScope scope, Consumer<IndexedInput> visitor) {
        if (!listings.listStamps(scope, visitor)) {
            rows.list(scope, Integer.MAX_VALUE, ArticleColumns.IDS, visitor);
        }
    }

    /**
     * Each input under the scope as {@code lede list} prints it, from the stored listing alone: each article
     * numbered, with its targets' numbers, as stored with the listing ({@link #storeHeadlineListing}); false
     * (having listed nothing) when no listing is stored for the library's current resolutions.
     */
    public synchronized boolean listNumbered(IndexScope scope, Consumer<NumberedArticle.Input> visitor) {
        return listings.listNumbered(scope, visitor);
    }

    /**
     * Hands each part of the scope's stored listing to {@code visitor}, in order, as one statement reads them
     * (so from one state of the index); false, having handed nothing, when no listing is stored for the
     * library's current resolutions. For a copy kept apart from the index ({@link ListingParts}).
     */
    public synchronized boolean eachListingPart(IndexScope scope, Consumer<byte[]> visitor) {
        return listings.parts(scope, visitor);
    }

    /**
     * Stores the scope's headline listing (with each article's targets) in a few large values, so the next
     * start, {@code lede list} and the check of the folders read it in a few steps;
     * nothing when the library's resolutions are not current (the listing is valid exactly as long as they
     * are: a change under the scope makes both stale) or the listing is stored already.
     */
    public synchronized void storeHeadlineListing(IndexScope scope) {
        listings.store(scope);
    }

    /** The first article in file order under the scope with this id. */
    public synchronized Optional<IndexedArticle> find(IndexScope scope, ArticleId id) {
        return rows.find(scope, id);
    }

    // ---- searching

    /** A search result: which article, where it is, in rank order. */
    public record Hit(long row, ArticleId id, String path, int item) {}

    /**
     * The articles under the scope holding every word of {@code typed} in headline or body, best first by
     * bm25 (headline words weighted {@value #HEADLINE_WEIGHT} times), then in file order; the last word also
     * matches as a prefix unless the query ends with a space. A query without a word finds nothing. A
     * query of {@value IndexSearch#MIN_WORDS_FOR_CLOSEST} or more words that no article holds whole (a related
     * headline that is not in the library) finds the articles holding any of its words but stop words
     * instead, those holding more and rarer ones first, so the search offered instead of a jump finds the
     * story's neighbours (the in-memory search follows the same rule). A run of Chinese, Japanese, Korean or
     * Thai is a word that matches wherever the run stands ({@code UnspacedScripts}).
     */
    public synchronized List<Hit> search(IndexScope scope, String typed, int limit) {
        return search.search(scope, typed, limit);
    }

    /**
     * As {@link #search}, for the reader, which keeps only the ids its library holds: every folder's
     * articles, ids only, at most {@code limit} of them, at a cost that does not grow with the library
     * ({@link KeystrokeSearch}: headline matches first, exact words before prefixes, a broad tier in file
     * order). Articles of other folders in the same index are the price, left for the caller to drop.
     */
    public synchronized List<ArticleId> searchIds(String typed, int limit) {
        return search.searchIds(typed, limit);
    }

    /**
     * Stops the search running now, if any (it then finds nothing): its result would be dropped anyway,
     * and it would otherwise hold the next one up. Not synchronized, so that it can reach a search in
     * progress.
     */
    public void interruptSearch() {
        search.interrupt();
    }

    // ---- related headlines

    /**
     * Stores what this library's related headlines resolved to: per article row, the target id for each
     * related headline in order (null for one that resolved to nothing). Replaces what was stored for the
     * library; valid until the next batch that changes an input.
     */
    public synchronized void storeResolutions(IndexScope scope, Map<Long, List<ArticleId>> targets) {
        storeResolutions(scope, targets, ResolutionBasis.NOTHING_KEPT);
    }

    /** As {@link #storeResolutions(IndexScope, Map)}, with what the resolution rests on. */
    public synchronized void storeResolutions(
            IndexScope scope, Map<Long, List<ArticleId>> targets, ResolutionBasis basis) {
        resolutions.store(scope, targets, basis);
    }

    /**
     * What the scope's last stored resolution rests on ({@link ResolutionBasis}), when one is stored by this lede's
     * matcher, whatever changed since: what resolving only what changed starts from. Once inputs changed, {@link
     * #list} hands each unchanged article the targets that resolution stored.
     */
    public synchronized Optional<ResolutionBasis> storedResolution(IndexScope scope) {
        return resolutions.stored(scope).map(Resolutions.Stored::basis);
    }

    /**
     * {@link #storeResolutions} and then {@link #storeHeadlineListing} in one pass over the scope's rows and
     * one transaction: each article's targets are {@code targets} of it (its id and related headlines as
     * stored), and the listing takes them as found instead of reading the rows again with them. A first
     * {@code lede list} read every row twice after resolving, on one core (docs/performance.md, "A first run's timeline").
     */
    public synchronized void storeResolutionsAndListing(
            IndexScope scope, Function<IndexedArticle, List<ArticleId>> targets) {
        storeResolutionsAndListing(scope, targets, ResolutionBasis.NOTHING_KEPT);
    }

    /** As {@link #storeResolutionsAndListing(IndexScope, Function)}, with what the resolution rests on. */
    public synchronized void storeResolutionsAndListing(
            IndexScope scope, Function<IndexedArticle, List<ArticleId>> targets, ResolutionBasis basis) {
        listings.storeWithResolutions(scope, targets, basis);
    }

    /** Whether this library's resolutions are stored and no input changed since. */
    public synchronized boolean resolutionsCurrent(IndexScope scope) {
        return resolutions.currentLibrary(scope) >= 0;
    }

    /**
     * A number every committed change raises: equal at two moments, nothing was stored in between (so what
     * one listing showed and what a later one checks are the same rows).
     */
    public synchronized long changes() {
        try {
            return database.generation();
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        }
    }

    /**
     * What {@code row} holds beyond its headline, with the targets stored for the scope's library when they
     * are current; empty when the row is gone (another lede changed that input meanwhile).
     */
    public synchronized Optional<EntryDetails.Details> details(IndexScope scope, long row) {
        return resolutions.details(scope, row);
    }

    /**
     * Keeps at most {@code kib} KiB of the file's pages in this connection's cache (SQLite's default is
     * 2 MB), for a connection that reads a row at a time or streams: each cached page is process memory
     * that the reader holds to its end.
     */
    public synchronized void cacheAtMost(int kib) {
        try {
            database.execute("PRAGMA cache_size = -" + kib);
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        }
    }

    /** The headline stored at {@code row}, or null when the row is gone. */
    public synchronized String headline(long row) {
        return rows.headline(row);
    }

    /** Every article's headline under the scope, with its row, in one query streamed to {@code visitor}. */
    public synchronized void eachHeadline(IndexScope scope, BiConsumer<Long, String> visitor) {
        rows.eachHeadline(scope, visitor);
    }

    /**
     * Every article's stored targets for the scope's library, article row by row, in one query streamed to
     * {@code visitor} (for building its stories); false, having handed nothing, when its resolutions are not current.
     */
    public synchronized boolean eachTargets(IndexScope scope, BiConsumer<Long, List<ArticleId>> visitor) {
        return resolutions.eachTargets(scope, visitor);
    }

    @Override
    public synchronized void close() {
        database.close();
    }
}
