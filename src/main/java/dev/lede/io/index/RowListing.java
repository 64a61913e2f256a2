package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The statements that read the inputs and their articles row by row, under a scope's roots in file order
 * (the {@code inputs_order} index): stamps, counts, listings, and one article by id.
 */
final class RowListing {

    private final IndexDatabase database;
    private final Resolutions resolutions;
    /** For {@link #headline}, prepared at its first use. */
    private PreparedStatement headlineSelect;

    RowListing(IndexDatabase database, Resolutions resolutions) {
        this.database = database;
        this.resolutions = resolutions;
    }

    /** As {@link LibraryIndex#stamps}. */
    Map<String, FileStamp> stamps(IndexScope scope) {
        Map<String, FileStamp> stamps = new HashMap<>();
        try (PreparedStatement select = database.connection()
                .prepareStatement(
                        "SELECT path, size, mtime_ns, file_key, taken_ns FROM inputs WHERE order_key >= ? AND order_key < ?")) {
            for (String root : scope.roots()) {
                select.setBytes(1, IndexScope.low(root));
                select.setBytes(2, IndexScope.high(root));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stamps.put(rows.getString(1), stamp(rows, 2));
                    }
                }
            }
            return stamps;
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        }
    }

    /** The stamp whose columns start at {@code at}: size, mtime_ns, file_key, taken_ns. */
    private static FileStamp stamp(ResultSet rows, int at) throws SQLException {
        return new FileStamp(rows.getLong(at), rows.getLong(at + 1), rows.getString(at + 2), rows.getLong(at + 3));
    }

    /** As {@link LibraryIndex#count}. */
    int count(IndexScope scope) {
        try (PreparedStatement count = database.connection()
                .prepareStatement(
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
            throw database.failure("cannot be read", e);
        }
    }

    /**
     * Hands every input under the scope's roots to {@code visitor} in file order, each with its articles'
     * {@code columns}, until {@code articleLimit} articles were handed over (at the end of that input).
     */
    void list(IndexScope scope, int articleLimit, ArticleColumns columns, Consumer<IndexedInput> visitor) {
        long library = columns.resolved() ? resolutions.currentLibrary(scope) : -1;
        if (columns.resolved() && library < 0) {
            // Inputs changed since: each article still here with what that resolution gave it, for resolving only
            // what changed (InputRows drops an article's stored targets with it).
            library = resolutions.stored(scope).map(Resolutions.Stored::library).orElse(-1L);
        }
        String sql = "SELECT i.path, i.problems, i.size, i.mtime_ns, i.file_key, i.taken_ns, " + columns.select()
                + " FROM inputs i LEFT JOIN articles a ON a.input = i.id"
                + (columns.resolved() ? " LEFT JOIN resolved r ON r.library = ? AND r.article = a.row" : "")
                + " WHERE i.order_key >= ? AND i.order_key < ? ORDER BY i.order_key, a.seq";
        try (PreparedStatement select = database.connection().prepareStatement(sql)) {
            int handed = 0;
            for (String root : scope.roots()) {
                int at = 1;
                if (columns.resolved()) {
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
                            problems = ArticleColumns.decodeProblems(rows.getString(2), path);
                            stamp = stamp(rows, 3);
                        }
                        if (rows.getObject(7) != null) {
                            articles.add(columns.read(rows, 7, path));
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
            throw database.failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw database.failure("holds a row lede cannot read", e);
        }
    }

    /** As {@link LibraryIndex#find}. */
    Optional<IndexedArticle> find(IndexScope scope, ArticleId id) {
        long library = resolutions.currentLibrary(scope);
        try (PreparedStatement select = database.connection()
                .prepareStatement(
                        "SELECT i.path, " + ArticleColumns.WHOLE.select()
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
                        return Optional.of(ArticleColumns.WHOLE.read(rows, 2, rows.getString(1)));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw database.failure("holds a row lede cannot read", e);
        }
    }

    /** As {@link LibraryIndex#headline}; the statement is prepared once, as the list asks row after row. */
    String headline(long row) {
        try {
            if (headlineSelect == null) {
                headlineSelect = database.connection().prepareStatement("SELECT headline FROM articles WHERE row = ?");
            }
            headlineSelect.setLong(1, row);
            try (ResultSet rows = headlineSelect.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        }
    }

    /** As {@link LibraryIndex#eachHeadline}. */
    void eachHeadline(IndexScope scope, BiConsumer<Long, String> visitor) {
        try (PreparedStatement select = database.connection()
                .prepareStatement("SELECT a.row, a.headline FROM inputs i JOIN articles a ON a.input = i.id"
                        + " WHERE i.order_key >= ? AND i.order_key < ?")) {
            for (String root : scope.roots()) {
                select.setBytes(1, IndexScope.low(root));
                select.setBytes(2, IndexScope.high(root));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        visitor.accept(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw database.failure("cannot be read", e);
        }
    }
}
