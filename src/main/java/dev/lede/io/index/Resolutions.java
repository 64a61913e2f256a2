package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.Library;
import dev.lede.core.library.LineSignatures;
import dev.lede.core.library.ResolutionBasis;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The statements on what a library's related headlines resolved to (tables {@code libraries} and
 * {@code resolved}): storing them, whether they are current, and reading them back by row.
 */
final class Resolutions {

    private final IndexDatabase database;
    /** For {@link #details}: the library whose targets it reads, and its statement, prepared once. */
    private Long detailsLibrary;

    private PreparedStatement detailsSelect;

    Resolutions(IndexDatabase database) {
        this.database = database;
    }

    /** As {@link LibraryIndex#storeResolutions}. */
    void store(IndexScope scope, Map<Long, List<ArticleId>> targets, ResolutionBasis basis) {
        try {
            database.begin();
            long library = replace(scope, basis);
            try (PreparedStatement insert = insertStatement()) {
                for (Map.Entry<Long, List<ArticleId>> entry : targets.entrySet()) {
                    bind(insert, library, entry.getKey(), entry.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            database.commit();
        } catch (SQLException e) {
            throw database.failure("cannot be written", e);
        } finally {
            database.rollbackQuietly();
        }
    }

    /**
     * Inside a write transaction: makes the scope's library current at this generation and this matcher,
     * drops what was stored for it (its resolutions and its listing, which was of the library as it was),
     * and returns its id, under which the new ones are to be inserted before the commit.
     */
    long replace(IndexScope scope, ResolutionBasis basis) throws SQLException {
        long generation = database.generation();
        try (PreparedStatement upsert = database.connection()
                .prepareStatement("INSERT INTO libraries(roots, generation, resolver, changed, learned, signatures)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(roots) DO UPDATE SET"
                        + " generation = excluded.generation, resolver = excluded.resolver,"
                        + " changed = excluded.changed, learned = excluded.learned,"
                        + " signatures = excluded.signatures")) {
            upsert.setString(1, scope.key());
            upsert.setLong(2, generation);
            upsert.setInt(3, Library.RESOLVER_VERSION);
            upsert.setInt(4, basis.changedSinceFull());
            upsert.setString(5, Fields.encode(new ArrayList<>(new java.util.TreeSet<>(basis.learned()))));
            upsert.setBytes(6, basis.signatures().encode());
            upsert.executeUpdate();
        }
        long library = libraryId(scope);
        for (String table : List.of("resolved", "listings")) {
            try (PreparedStatement delete =
                    database.connection().prepareStatement("DELETE FROM " + table + " WHERE library = ?")) {
                delete.setLong(1, library);
                delete.executeUpdate();
            }
        }
        return library;
    }

    /**
     * The statement that inserts one article's targets, bound by {@link #bind}; again for the same row when
     * a file under two of the scope's roots is listed once under each (the same targets).
     */
    PreparedStatement insertStatement() throws SQLException {
        return database.connection()
                .prepareStatement("INSERT OR REPLACE INTO resolved(library, article, targets) VALUES (?,?,?)");
    }

    /** Binds {@code insert} to the targets of the article at {@code row} (null where one resolved to nothing). */
    static void bind(PreparedStatement insert, long library, long row, List<ArticleId> targets) throws SQLException {
        List<String> ids = new ArrayList<>(targets.size());
        targets.forEach(id -> ids.add(id == null ? null : id.value()));
        insert.setLong(1, library);
        insert.setLong(2, row);
        insert.setString(3, ids.isEmpty() ? "" : Fields.encode(ids));
    }

    /**
     * The library's id when its resolutions are current, else -1 (which no row has): no input changed since
     * they were stored, and the headline matcher that found them matches as this lede's does.
     */
    long currentLibrary(IndexScope scope) {
        try (PreparedStatement select = database.connection()
                .prepareStatement(
                        "SELECT l.id FROM libraries l, meta m"
                                + " WHERE l.roots = ? AND m.key = 'generation' AND l.generation = m.value AND l.resolver = ?")) {
            select.setString(1, scope.key());
            select.setInt(2, Library.RESOLVER_VERSION);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        }
    }

    /**
     * What the scope's last stored resolution rests on, when one is stored by this lede's matcher (whatever changed
     * since): its library's id beside it; empty when none is, or its basis cannot be read.
     */
    Optional<Stored> stored(IndexScope scope) {
        try (PreparedStatement select = database.connection()
                .prepareStatement(
                        "SELECT id, changed, learned, signatures FROM libraries WHERE roots = ? AND resolver = ?")) {
            select.setString(1, scope.key());
            select.setInt(2, Library.RESOLVER_VERSION);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || rows.getBytes(4) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(
                        rows.getLong(1),
                        new ResolutionBasis(
                                rows.getInt(2),
                                new java.util.HashSet<>(Fields.decode(rows.getString(3))),
                                LineSignatures.decode(rows.getBytes(4)))));
            }
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not this lede's writing: the next resolution is a full one
        }
    }

    /** A stored resolution's library id and what it rests on. */
    record Stored(long library, ResolutionBasis basis) {}

    private long libraryId(IndexScope scope) throws SQLException {
        try (PreparedStatement select =
                database.connection().prepareStatement("SELECT id FROM libraries WHERE roots = ?")) {
            select.setString(1, scope.key());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** As {@link LibraryIndex#details}. */
    Optional<EntryDetails.Details> details(IndexScope scope, long row) {
        try {
            if (detailsLibrary == null) {
                detailsLibrary = currentLibrary(scope);
            }
            if (detailsSelect == null) {
                detailsSelect = database.connection()
                        .prepareStatement("SELECT a.lede, a.related, r.targets FROM articles a"
                                + " LEFT JOIN resolved r ON r.library = ? AND r.article = a.row WHERE a.row = ?");
            }
            detailsSelect.setLong(1, detailsLibrary);
            detailsSelect.setLong(2, row);
            try (ResultSet rows = detailsSelect.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                List<RelatedHeadline> related = ArticleColumns.decodeRelated(rows.getString(2));
                return Optional.of(new EntryDetails.Details(
                        rows.getString(1), related, ArticleColumns.decodeTargets(rows.getString(3), related)));
            }
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw database.failure("holds a row lede cannot read", e);
        }
    }

    /** As {@link LibraryIndex#eachTargets}. */
    boolean eachTargets(IndexScope scope, BiConsumer<Long, List<ArticleId>> visitor) {
        long library = currentLibrary(scope);
        if (library < 0) {
            return false;
        }
        try (PreparedStatement select =
                database.connection().prepareStatement("SELECT article, targets FROM resolved WHERE library = ?")) {
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
            throw database.failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw database.failure("holds a row lede cannot read", e);
        }
    }
}
