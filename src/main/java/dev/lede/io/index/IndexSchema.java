package dev.lede.io.index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The schema, created inside the write lock: another lede may be creating it at the same moment. */
final class IndexSchema {

    /**
     * Letters, numbers, private-use characters and symbols (So: emoji, ©) are token characters, the last
     * so that "🚀" can be searched for; each symbol is written spaced (UnspacedScripts), a word of its own.
     */
    private static final String TOKENIZER = "unicode61 remove_diacritics 2 categories ''L* N* Co So''";

    private static final String[] TABLES = {
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
        "INSERT INTO meta VALUES ('generation', 0)",
        // order_key sorts as the walk lists files by name; path is the file as the caller names it.
        "CREATE TABLE inputs(id INTEGER PRIMARY KEY, order_key BLOB NOT NULL UNIQUE, path TEXT NOT NULL,"
                + " size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, file_key TEXT, taken_ns INTEGER NOT NULL,"
                + " problems TEXT)",
        "CREATE TABLE articles(row INTEGER PRIMARY KEY, input INTEGER NOT NULL, seq INTEGER NOT NULL,"
                + " item INTEGER NOT NULL, id TEXT NOT NULL, format TEXT NOT NULL, headline TEXT NOT NULL, lede TEXT,"
                + " byline TEXT, published TEXT, addresses TEXT, site TEXT, related TEXT, problems TEXT,"
                + " UNIQUE(input, seq))",
        "CREATE INDEX articles_id ON articles(id)",
        // resolver: the Library.RESOLVER_VERSION that resolved this library's related headlines; changed: how many
        // articles were added or removed since their last full resolution; learned and signatures: the wording
        // that one learned and each line's seeds (ResolutionBasis), for resolving only what changed next time.
        "CREATE TABLE libraries(id INTEGER PRIMARY KEY, roots TEXT NOT NULL UNIQUE, generation INTEGER NOT NULL,"
                + " resolver INTEGER NOT NULL, changed INTEGER NOT NULL DEFAULT 0, learned TEXT, signatures BLOB)",
        // A current library's headline listing in a few large values (HeadlineListing), read at a start.
        "CREATE TABLE listings(library INTEGER NOT NULL, part INTEGER NOT NULL, headlines BLOB NOT NULL,"
                + " PRIMARY KEY(library, part))",
        "CREATE TABLE resolved(library INTEGER NOT NULL, article INTEGER NOT NULL, targets TEXT NOT NULL,"
                + " PRIMARY KEY(library, article)) WITHOUT ROWID",
        // Contentless: the bodies are only tokenised, never stored; they are read from the files. Text is
        // written spaced (UnspacedScripts, InputRows) so each Chinese, Japanese, Korean or Thai character is a
        // token and a query's run is a phrase of them: unicode61 alone keeps a whole unspaced run as one token,
        // its tokenchars/separators options only move characters between the two classes, and the trigram
        // tokenizer finds no query under three characters (most Chinese and Japanese words are two) and holds
        // every English word as trigrams (docs/performance.md, "Search of unspaced scripts and symbols").
        "CREATE VIRTUAL TABLE search USING fts5(headline, body, content='', contentless_delete=1," + " tokenize='"
                + TOKENIZER + "')",
        // FTS5 writes its pending terms out as a new segment whenever they pass its hash size (1 MB by
        // default), and merges segments as they pile up. A first run of mkcorpus.py's 10,000 articles adds
        // about 45 MB of text; at 16 MB there are fewer segments to merge: a first run of them took 6.97 s of
        // CPU instead of 7.22 (docs/performance.md, "Where `lede list` goes").
        "INSERT INTO search(search, rank) VALUES ('hashsize', 16777216)",
        // The headlines again, with a prefix index for one and two letters: the first keys typed into the
        // reader's search are answered from it (KeystrokeSearch). 13 MB per 100,000 articles.
        "CREATE VIRTUAL TABLE headlines USING fts5(headline, content='', contentless_delete=1, prefix='1 2',"
                + " tokenize='" + TOKENIZER + "')",
    };

    private IndexSchema() {}

    static void create(Statement statement) throws SQLException, IndexFile.Untrusted {
        statement.execute("BEGIN IMMEDIATE");
        boolean done = false;
        try {
            int version = IndexFile.userVersion(statement);
            if (version > LibraryIndex.SCHEMA_VERSION) {
                throw new IndexFile.Untrusted("was written by a newer lede (schema " + version + ")");
            }
            if (version < LibraryIndex.SCHEMA_VERSION) {
                int tables;
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                    rows.next();
                    tables = rows.getInt(1);
                }
                if (version == 0 && tables > 0) {
                    throw new IndexFile.Untrusted("is not a lede index");
                }
                // An older lede's layout: a cache is rebuilt, not converted.
                dropAll(statement);
                for (String sql : TABLES) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + LibraryIndex.SCHEMA_VERSION);
            }
            statement.execute("COMMIT");
            done = true;
        } finally {
            if (!done) {
                statement.execute("ROLLBACK");
            }
        }
    }

    private static void dropAll(Statement statement) throws SQLException {
        statement.execute("DROP TABLE IF EXISTS search");
        statement.execute("DROP TABLE IF EXISTS headlines");
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        for (String table : tables) {
            statement.execute("DROP TABLE IF EXISTS \"" + table.replace("\"", "\"\"") + "\"");
        }
    }
}
