package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that search the index's full-text tables: a ranked search under a scope, and the
 * reader's search at every keystroke ({@link KeystrokeSearch}), each falling back to any of the words for a
 * long query that no article holds whole.
 */
final class IndexSearch {

    /** Below this many words a query is typed search, where a partial match would only confuse. */
    static final int MIN_WORDS_FOR_CLOSEST = 3;

    private final IndexDatabase database;
    private final KeystrokeSearch keystrokes;

    IndexSearch(IndexDatabase database) {
        this.database = database;
        this.keystrokes = new KeystrokeSearch(database.connection());
    }

    /** As {@link LibraryIndex#search}. */
    List<LibraryIndex.Hit> search(IndexScope scope, String typed, int limit) {
        String match = FtsQuery.of(typed);
        if (match == null || scope.roots().isEmpty()) {
            return List.of();
        }
        List<LibraryIndex.Hit> hits = hits(scope, match, limit);
        String anyOf = FtsQuery.anyOf(typed);
        if (hits.isEmpty() && anyOf != null && FtsQuery.words(typed).size() >= MIN_WORDS_FOR_CLOSEST) {
            return hits(scope, anyOf, limit);
        }
        return hits;
    }

    /** As {@link LibraryIndex#searchIds}. */
    List<ArticleId> searchIds(String typed, int limit) {
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
            throw database.failure("cannot be searched", e);
        }
    }

    /** Stops the keystroke search running now, if any; safe from another thread. */
    void interrupt() {
        keystrokes.cancel();
    }

    private List<LibraryIndex.Hit> hits(IndexScope scope, String match, int limit) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < scope.roots().size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("(i.order_key >= ? AND i.order_key < ?)");
        }
        try (PreparedStatement select = database.connection()
                .prepareStatement(
                        "SELECT a.row, a.id, i.path, a.item FROM search JOIN articles a ON a.row = search.rowid"
                                + " JOIN inputs i ON i.id = a.input WHERE search MATCH ? AND (" + where + ")"
                                + " ORDER BY bm25(search, " + LibraryIndex.HEADLINE_WEIGHT
                                + ", 1.0), i.order_key, a.seq LIMIT ?")) {
            int at = 1;
            select.setString(at++, match);
            for (String root : scope.roots()) {
                select.setBytes(at++, IndexScope.low(root));
                select.setBytes(at++, IndexScope.high(root));
            }
            select.setInt(at, limit);
            List<LibraryIndex.Hit> hits = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.add(new LibraryIndex.Hit(
                            rows.getLong(1), new ArticleId(rows.getString(2)), rows.getString(3), rows.getInt(4)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw database.failure("cannot be searched", e);
        }
    }
}
