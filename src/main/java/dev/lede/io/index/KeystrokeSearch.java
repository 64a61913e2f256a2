// Over 250 lines: the four tiers, their SQL and the spelled-out prefix are tuned together against the keystroke budget.
package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reader's search, asked at every keystroke, at a cost that does not grow with the library. The
 * answer is built in tiers, each a query that stops after the articles it needs:
 *
 * <ol>
 *   <li>headlines holding every word whole,
 *   <li>headlines holding them with the last word as a prefix (while it is being typed),
 *   <li>headlines or bodies holding every word whole,
 *   <li>headlines or bodies with the last word as a prefix — only from {@value #SHORTEST_BODY_PREFIX}
 *       letters on: a shorter prefix begins a word in nearly every body, and gathering those words cost
 *       0.5 s for "a" on 100,000 articles (headlines have a prefix index of their own for it).
 * </ol>
 *
 * An article is listed at its first tier. Within a tier the best come first by FTS5's bm25 when the tier
 * holds at most {@value #MOST_RANKED} articles; a larger tier is listed in file order, because bm25 is
 * computed for every match before the first is known (70,000 matches of "har" took 120 ms). Not for
 * several threads at once, except {@link #cancel}.
 */
final class KeystrokeSearch {

    /** A tier of at most this many articles is ranked; a larger one is in file order. */
    static final int MOST_RANKED = 2_000;

    /** A last word typed as a prefix is matched in bodies only from this many letters on. */
    static final int SHORTEST_BODY_PREFIX = 3;

    /** Where a tier looks: the headline-only table, or headlines and bodies (headline words weigh more). */
    private enum Table {
        HEADLINES("headlines", "bm25(headlines)"),
        EVERYWHERE("search", "bm25(search, " + LibraryIndex.HEADLINE_WEIGHT + ", 1.0)");

        final String name;
        final String rank;

        Table(String name, String rank) {
            this.name = name;
            this.rank = rank;
        }
    }

    /** A prefix that begins at most this many words of the index is searched as a choice of them. */
    static final int MOST_SPELLED_OUT = 200;

    private final Connection connection;
    private final int mostRanked;
    /** True once this connection has its view of the index's words ({@link #wordsBeginningWith}). */
    private boolean vocabulary;
    /** The statement running now: {@link #cancel} interrupts it. */
    private volatile PreparedStatement running;
    /** Set by {@link #cancel}: the search in progress stops before its next statement. */
    private volatile boolean cancelled;

    KeystrokeSearch(Connection connection) {
        this(connection, MOST_RANKED);
    }

    /** @param mostRanked the largest tier that is ranked (tests lower it to see a tier in file order) */
    KeystrokeSearch(Connection connection, int mostRanked) {
        this.connection = connection;
        this.mostRanked = mostRanked;
    }

    /**
     * The ids of at most {@code limit} articles holding every word of {@code typed}, in tier order (see the
     * class comment); empty when cancelled or when the query holds no word.
     */
    List<ArticleId> search(String typed, int limit) throws SQLException {
        cancelled = false;
        List<String> words = FtsQuery.words(typed);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        boolean prefix = FtsQuery.endsInPrefix(typed);
        String whole = FtsQuery.of(words, false);
        String begun = FtsQuery.of(words, true);
        boolean bodyPrefix = prefix
                && words.get(words.size() - 1)
                                .codePointCount(0, words.get(words.size() - 1).length())
                        >= SHORTEST_BODY_PREFIX;
        Set<Long> rows = new LinkedHashSet<>();
        take(Table.HEADLINES, whole, rows, limit);
        if (prefix) {
            take(Table.HEADLINES, begun, rows, limit);
        }
        take(Table.EVERYWHERE, whole, rows, limit);
        if (bodyPrefix && rows.size() < limit) {
            take(Table.EVERYWHERE, wordsBeginningWith(words, begun), rows, limit);
        }
        return cancelled ? List.of() : ids(rows);
    }

    /**
     * The ids of at most {@code limit} articles holding any word of {@code typed} but stop words, each whole, best first
     * (those holding more and rarer words): the neighbours of a long query nothing holds whole. Every match
     * is ranked, as closeness is the point; a query of common words costs accordingly.
     */
    List<ArticleId> closest(String typed, int limit) throws SQLException {
        String match = FtsQuery.anyOf(typed);
        if (match == null || cancelled) {
            return List.of();
        }
        Set<Long> rows = new LinkedHashSet<>(rowids(
                "SELECT rowid FROM search WHERE search MATCH ? ORDER BY " + Table.EVERYWHERE.rank + ", rowid LIMIT ?",
                match,
                limit));
        return cancelled ? List.of() : ids(rows);
    }

    /**
     * Stops the search in progress, if any, which then finds nothing. Called from another thread: the
     * statement it interrupts may have finished meanwhile, which is harmless.
     */
    void cancel() {
        cancelled = true;
        PreparedStatement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // finished meanwhile, or closed: nothing to stop
            }
        }
    }

    /**
     * {@code begun} with its last word spelled out as the words of the index that begin with it, when there
     * are at most {@value #MOST_SPELLED_OUT}: FTS5 gathers every match of a prefix before the first is
     * known ("origina" 55 ms on 100,000 articles), while a choice of whole words is read only as far as
     * needed (under 1 ms), and listing the words costs 6–18 ms.
     */
    private String wordsBeginningWith(List<String> words, String begun) throws SQLException {
        if (!vocabulary) {
            try (Statement create = connection.createStatement()) {
                create.execute(
                        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search, row)");
            }
            vocabulary = true;
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        List<String> spelled = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT term FROM temp.search_words WHERE term >= ? AND term < ? LIMIT ?")) {
            select.setString(1, last);
            select.setString(2, last + Character.toString(Character.MAX_CODE_POINT));
            select.setInt(3, MOST_SPELLED_OUT + 1);
            each(select, result -> spelled.add(result.getString(1)));
        }
        if (spelled.isEmpty() || spelled.size() > MOST_SPELLED_OUT) {
            return begun;
        }
        String others = FtsQuery.of(words.subList(0, words.size() - 1), false);
        // FTS5 has no implied AND before a parenthesis.
        return (others.isEmpty() ? "" : others + " AND ") + "(" + FtsQuery.anyOf(spelled) + ")";
    }

    /** Adds the articles of one tier to {@code rows}, until it holds {@code limit}. */
    private void take(Table table, String match, Set<Long> rows, int limit) throws SQLException {
        if (cancelled || rows.size() >= limit) {
            return;
        }
        String from = "SELECT rowid FROM " + table.name + " WHERE " + table.name + " MATCH ?";
        List<Long> first = rowids(from + " LIMIT ?", match, mostRanked + 1);
        List<Long> tier;
        if (first.size() <= mostRanked) {
            tier = first.isEmpty()
                    ? first
                    : rowids(from + " ORDER BY " + table.rank + ", rowid LIMIT ?", match, mostRanked);
        } else if (first.size() >= rows.size() + limit) {
            tier = first; // in file order, and enough of them whatever the earlier tiers took
        } else {
            tier = rowids(from + " LIMIT ?", match, rows.size() + limit);
        }
        for (long row : tier) {
            if (rows.size() >= limit) {
                return;
            }
            rows.add(row);
        }
    }

    private List<Long> rowids(String sql, String match, int limit) throws SQLException {
        List<Long> rows = new ArrayList<>();
        if (cancelled) {
            return rows;
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, match);
            select.setInt(2, limit);
            each(select, result -> rows.add(result.getLong(1)));
        }
        return rows;
    }

    /** The article ids of {@code rows}, in their order, in one query. */
    private List<ArticleId> ids(Set<Long> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        StringBuilder array = new StringBuilder(rows.size() * 7).append('[');
        for (long row : rows) {
            array.append(array.length() == 1 ? "" : ",").append(row);
        }
        Map<Long, String> byRow = new HashMap<>(rows.size() * 2);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT row, id FROM articles WHERE row IN (SELECT value FROM json_each(?))")) {
            select.setString(1, array.append(']').toString());
            each(select, result -> byRow.put(result.getLong(1), result.getString(2)));
        }
        List<ArticleId> ids = new ArrayList<>(rows.size());
        for (long row : rows) {
            String id = byRow.get(row);
            if (id != null) {
                ids.add(new ArticleId(id));
            }
        }
        return ids;
    }

    /** Runs {@code select} where {@link #cancel} can reach it, handing each row to {@code rows}. */
    private void each(PreparedStatement select, RowReader rows) throws SQLException {
        running = select;
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.read(result);
            }
        } finally {
            running = null;
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
