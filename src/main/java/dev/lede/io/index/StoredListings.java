package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.ResolutionBasis;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The statements on a library's stored listing (table {@code listings}, values written by
 * {@link HeadlineListing}): valid exactly as long as the library's resolutions are current, read in a
 * few steps instead of row by row.
 */
final class StoredListings {

    private final IndexDatabase database;
    private final Resolutions resolutions;
    private final RowListing rows;

    StoredListings(IndexDatabase database, Resolutions resolutions, RowListing rows) {
        this.database = database;
        this.resolutions = resolutions;
        this.rows = rows;
    }

    /**
     * Lists the scope's articles as stored in parts, with what {@code columns} select of them and each
     * input's stamp unless not {@code withStamps} ({@link HeadlineListing#read}); false (having listed
     * nothing) when its library is not current or no listing is stored.
     */
    boolean list(IndexScope scope, ArticleColumns columns, boolean withStamps, Consumer<IndexedInput> visitor) {
        return parts(scope, part -> HeadlineListing.read(part, columns, withStamps, visitor));
    }

    /** As {@link #list}, each input with its path and stamp alone ({@link HeadlineListing#readStamps}). */
    boolean listStamps(IndexScope scope, Consumer<IndexedInput> visitor) {
        return parts(scope, part -> HeadlineListing.readStamps(part, visitor));
    }

    /** As {@link #list}, each input as {@code lede list} prints it ({@link HeadlineListing#readNumbered}). */
    boolean listNumbered(IndexScope scope, Consumer<NumberedArticle.Input> visitor) {
        return parts(scope, part -> HeadlineListing.readNumbered(part, visitor));
    }

    /** Hands each stored part of the scope's listing to {@code reader}, in order; false when none is stored. */
    boolean parts(IndexScope scope, Consumer<byte[]> reader) {
        try (PreparedStatement select = database.connection()
                .prepareStatement("SELECT s.headlines FROM listings s"
                        + " JOIN libraries l ON l.id = s.library JOIN meta m ON m.key = 'generation' AND m.value = l.generation"
                        + " WHERE l.roots = ? AND l.resolver = ? ORDER BY s.part")) {
            select.setString(1, scope.key());
            select.setInt(2, Library.RESOLVER_VERSION);
            boolean any = false;
            try (ResultSet parts = select.executeQuery()) {
                while (parts.next()) {
                    any = true;
                    reader.accept(parts.getBytes(1));
                }
            }
            return any;
        } catch (SQLException | IllegalArgumentException e) {
            throw database.failure("cannot be read", e);
        }
    }

    /** As {@link LibraryIndex#storeHeadlineListing}. */
    void store(IndexScope scope) {
        written(() -> {
            long current = resolutions.currentLibrary(scope);
            if (current < 0 || hasListing(current)) {
                return; // read only: most runs find it stored
            }
            database.begin();
            long library = resolutions.currentLibrary(scope);
            if (library >= 0 && !hasListing(library)) {
                try (PreparedStatement insert = partInsert()) {
                    HeadlineListing listing = listing(insert, library, numbered(scope));
                    rows.list(scope, Integer.MAX_VALUE, ArticleColumns.TARGETS, listing::add);
                    listing.finish();
                }
            }
            database.commit();
        });
    }

    /** As {@link LibraryIndex#storeResolutionsAndListing}. */
    void storeWithResolutions(
            IndexScope scope, Function<IndexedArticle, List<ArticleId>> targetsOf, ResolutionBasis basis) {
        written(() -> {
            database.begin();
            long library = resolutions.replace(scope, basis);
            try (PreparedStatement resolved = resolutions.insertStatement();
                    PreparedStatement parts = partInsert()) {
                HeadlineListing listing = listing(parts, library, numbered(scope));
                rows.list(scope, Integer.MAX_VALUE, ArticleColumns.LINES_RELATED, input -> {
                    List<IndexedArticle> articles =
                            new ArrayList<>(input.articles().size());
                    for (IndexedArticle article : input.articles()) {
                        List<ArticleId> targets = targetsOf.apply(article);
                        try {
                            Resolutions.bind(resolved, library, article.row(), targets);
                            resolved.executeUpdate();
                        } catch (SQLException e) {
                            throw new UncheckedSql(e);
                        }
                        articles.add(withTargets(article, targets));
                    }
                    listing.add(new IndexedInput(input.path(), input.stamp(), articles, input.problems()));
                });
                listing.finish();
            }
            database.commit();
        });
    }

    /** Runs {@code work}, which commits what it writes; a failure rolls back and names the index. */
    private void written(SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw database.failure("cannot be written", e);
        } catch (UncheckedSql e) {
            throw database.failure("cannot be written", e.getCause());
        } finally {
            database.rollbackQuietly();
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    /** {@code article} with {@code targets} as reading them back from the index would give them. */
    private static IndexedArticle withTargets(IndexedArticle article, List<ArticleId> targets) {
        return new IndexedArticle(
                article.row(),
                article.path(),
                article.item(),
                article.id(),
                article.format(),
                article.headline(),
                article.lede(),
                article.byline(),
                article.published(),
                article.addresses(),
                article.site(),
                article.related(),
                Collections.unmodifiableList(new ArrayList<>(targets)),
                article.problems());
    }

    private PreparedStatement partInsert() throws SQLException {
        return database.connection()
                .prepareStatement("INSERT INTO listings(library, part, headlines) VALUES (?, ?, ?)");
    }

    /**
     * The scope's articles numbered as {@code lede list} numbers them, from their ids in file order: a pass
     * over the rows' ids before the listing is written, since a related headline may lead further on.
     */
    private ListingNumbers numbered(IndexScope scope) {
        ListingNumbers numbers = new ListingNumbers();
        rows.list(scope, Integer.MAX_VALUE, ArticleColumns.IDS, numbers::add);
        return numbers;
    }

    /** A listing whose parts {@code insert} stores under {@code library}, numbered from 0. */
    private static HeadlineListing listing(PreparedStatement insert, long library, ListingNumbers numbers) {
        int[] part = {0};
        return new HeadlineListing(
                numbers,
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
        try (PreparedStatement select =
                database.connection().prepareStatement("SELECT 1 FROM listings WHERE library = ?")) {
            select.setLong(1, library);
            try (ResultSet found = select.executeQuery()) {
                return found.next();
            }
        }
    }
}
