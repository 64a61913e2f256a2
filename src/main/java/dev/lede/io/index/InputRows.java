package dev.lede.io.index;

import dev.lede.core.article.Article;
import dev.lede.core.parse.Parsed;
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

    InputRows(IndexDatabase database) {
        this.database = database;
    }

    /** As {@link IndexBatch#put}. */
    void put(String path, FileStamp stamp, String name, Parsed parsed, Function<Article, String> ledes)
            throws SQLException {
        delete(path);
        PreparedStatement insert = database.prepared(
                "INSERT INTO inputs(path, order_key, size, mtime_ns, file_key, taken_ns, problems) VALUES (?,?,?,?,?,?,?)");
        insert.setString(1, path);
        insert.setBytes(2, IndexScope.orderKey(path));
        insert.setLong(3, stamp.size());
        insert.setLong(4, stamp.modifiedNanos());
        insert.setString(5, stamp.fileKey());
        insert.setLong(6, stamp.takenNanos());
        insert.setString(7, ArticleColumns.encodeProblems(parsed.problems(), name));
        insert.executeUpdate();
        long input = database.lastRow();
        PreparedStatement article =
                database.prepared("INSERT INTO articles(input, seq, item, id, format, headline, lede,"
                        + " byline, published, url, site, related, problems) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement search = database.prepared("INSERT INTO search(rowid, headline, body) VALUES (?,?,?)");
        PreparedStatement headlines = database.prepared("INSERT INTO headlines(rowid, headline) VALUES (?,?)");
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
            article.setString(12, ArticleColumns.encodeRelated(parsedArticle.related()));
            article.setString(13, ArticleColumns.encodeProblems(parsedArticle.problems(), name));
            article.executeUpdate();
            long row = database.lastRow();
            search.setLong(1, row);
            search.setString(2, parsedArticle.headline());
            search.setString(3, parsedArticle.bodyText());
            search.executeUpdate();
            headlines.setLong(1, row);
            headlines.setString(2, parsedArticle.headline());
            headlines.executeUpdate();
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
