package dev.lede.io.index;

import dev.lede.core.article.Article;
import dev.lede.core.parse.Parsed;
import dev.lede.core.text.UnspacedScripts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The statements that write an input's rows (tables {@code inputs}, {@code articles} and the two
 * full-text tables) and move the change counter on; run inside a {@link IndexBatch}'s transaction.
 */
final class InputRows {

    private final IndexDatabase database;
    /**
     * The next free {@code inputs.id} and {@code articles.row} in this transaction, or 0 before its first
     * insert. Numbered here rather than asked back after each insert ({@code last_insert_rowid()}, a
     * statement per article and per file): the transaction holds the write lock, so no other lede can
     * take a number meanwhile.
     */
    private long nextInput;

    private long nextRow;

    InputRows(IndexDatabase database) {
        this.database = database;
    }

    /** At the start of each transaction: numbers are read again from the tables (a rollback gives some back). */
    void beginTransaction() {
        nextInput = 0;
        nextRow = 0;
    }

    /** As {@link IndexBatch#put}. */
    void put(String path, FileStamp stamp, String name, Parsed parsed, Function<Article, String> ledes)
            throws SQLException {
        delete(path);
        if (nextInput == 0) {
            nextInput = nextFree("SELECT coalesce(max(id), 0) + 1 FROM inputs");
            nextRow = nextFree("SELECT coalesce(max(row), 0) + 1 FROM articles");
        }
        long input = nextInput++;
        PreparedStatement insert = database.prepared("INSERT INTO inputs(id, path, order_key, size, mtime_ns,"
                + " file_key, taken_ns, problems) VALUES (?,?,?,?,?,?,?,?)");
        insert.setLong(1, input);
        insert.setString(2, path);
        insert.setBytes(3, IndexScope.orderKey(path));
        insert.setLong(4, stamp.size());
        insert.setLong(5, stamp.modifiedNanos());
        insert.setString(6, stamp.fileKey());
        insert.setLong(7, stamp.takenNanos());
        insert.setString(8, ArticleColumns.encodeProblems(parsed.problems(), name));
        insert.executeUpdate();
        PreparedStatement article = database.prepared(
                "INSERT INTO articles(row, input, seq, item, id, format, headline, lede,"
                        + " byline, published, addresses, site, related, problems) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement search = database.prepared("INSERT INTO search(rowid, headline, body) VALUES (?,?,?)");
        PreparedStatement headlines = database.prepared("INSERT INTO headlines(rowid, headline) VALUES (?,?)");
        int seq = 0;
        for (Article parsedArticle : parsed.articles()) {
            long row = nextRow++;
            article.setLong(1, row);
            article.setLong(2, input);
            article.setInt(3, seq++);
            article.setInt(4, parsedArticle.source().item());
            article.setString(5, parsedArticle.id().value());
            article.setString(6, parsedArticle.format().name());
            article.setString(7, parsedArticle.headline());
            article.setString(8, ledes.apply(parsedArticle));
            article.setString(9, parsedArticle.byline());
            article.setString(10, parsedArticle.published());
            article.setString(11, Fields.encode(parsedArticle.addresses()));
            article.setString(12, parsedArticle.site());
            article.setString(13, ArticleColumns.encodeRelated(parsedArticle.related()));
            article.setString(14, ArticleColumns.encodeProblems(parsedArticle.problems(), name));
            article.executeUpdate();
            search.setLong(1, row);
            // Written spaced (UnspacedScripts): FTS5's unicode61 takes a run of Chinese or Japanese as one word.
            String headline = UnspacedScripts.spaced(parsedArticle.headline());
            search.setString(2, headline);
            search.setString(3, UnspacedScripts.spaced(parsedArticle.bodyText()));
            search.executeUpdate();
            headlines.setLong(1, row);
            headlines.setString(2, headline);
            headlines.executeUpdate();
        }
    }

    private long nextFree(String sql) throws SQLException {
        try (ResultSet row = database.prepared(sql).executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Forgets what was stored for {@code path}; false when nothing was (a new file: one lookup, no deletes). */
    boolean delete(String path) throws SQLException {
        PreparedStatement find = database.prepared("SELECT id FROM inputs WHERE order_key = ?");
        find.setBytes(1, IndexScope.orderKey(path));
        long input;
        try (ResultSet rows = find.executeQuery()) {
            if (!rows.next()) {
                return false;
            }
            input = rows.getLong(1);
        }
        PreparedStatement search =
                database.prepared("DELETE FROM search WHERE rowid IN (SELECT row FROM articles WHERE input = ?)");
        search.setLong(1, input);
        search.executeUpdate();
        PreparedStatement headlines =
                database.prepared("DELETE FROM headlines WHERE rowid IN (SELECT row FROM articles WHERE input = ?)");
        headlines.setLong(1, input);
        headlines.executeUpdate();
        // A row number freed here may be given to a new article: no stored target may outlive its article.
        PreparedStatement resolved =
                database.prepared("DELETE FROM resolved WHERE library IN (SELECT id FROM libraries)"
                        + " AND article IN (SELECT row FROM articles WHERE input = ?)");
        resolved.setLong(1, input);
        resolved.executeUpdate();
        PreparedStatement articles = database.prepared("DELETE FROM articles WHERE input = ?");
        articles.setLong(1, input);
        articles.executeUpdate();
        PreparedStatement inputs = database.prepared("DELETE FROM inputs WHERE id = ?");
        inputs.setLong(1, input);
        return inputs.executeUpdate() > 0;
    }

    /** As {@link IndexBatch#move}. */
    boolean move(String from, String to) throws SQLException {
        delete(to);
        try (PreparedStatement update = database.connection()
                .prepareStatement("UPDATE inputs SET path = ?, order_key = ? WHERE order_key = ?")) {
            update.setString(1, to);
            update.setBytes(2, IndexScope.orderKey(to));
            update.setBytes(3, IndexScope.orderKey(from));
            return update.executeUpdate() > 0;
        }
    }

    /**
     * Raises the change counter; the libraries current before it that hold none of {@code touched} stay
     * current after it.
     */
    void changed(Set<String> touched) throws SQLException {
        long before = database.generation();
        try (Statement bump = database.connection().createStatement()) {
            bump.executeUpdate("UPDATE meta SET value = value + 1 WHERE key = 'generation'");
        }
        List<Long> untouched = new ArrayList<>();
        try (PreparedStatement select =
                database.connection().prepareStatement("SELECT id, roots FROM libraries WHERE generation = ?")) {
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
                database.connection().prepareStatement("UPDATE libraries SET generation = ? WHERE id = ?")) {
            for (long id : untouched) {
                update.setLong(1, before + 1);
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }
}
