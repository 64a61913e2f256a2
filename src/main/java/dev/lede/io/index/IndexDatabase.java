package dev.lede.io.index;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The index's one SQLite connection as every part of {@link LibraryIndex} uses it: its transaction,
 * the statements prepared once, the change counter, and what a failure tells the user. Callers hold the
 * index's lock.
 */
final class IndexDatabase {

    private final Connection connection;
    private final Path file;
    private boolean inTransaction;
    /** Statements the write path runs for every file, by their SQL; see {@link #prepared}. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    IndexDatabase(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    Connection connection() {
        return connection;
    }

    Path file() {
        return file;
    }

    /**
     * The statement for {@code sql}, prepared once per connection: a first run stores every file with the
     * same few statements, and preparing them anew for each file was a tenth of its index time.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Takes the write lock now (waiting for another writer up to the busy timeout), not at the first insert. */
    void begin() throws SQLException {
        execute("BEGIN IMMEDIATE");
        inTransaction = true;
    }

    void commit() throws SQLException {
        execute("COMMIT");
        inTransaction = false;
    }

    void rollbackQuietly() {
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

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The number every committed change raises ({@link LibraryIndex#changes}). */
    long generation() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM meta WHERE key = 'generation'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * An {@link IndexException} for {@code e}; an index found corrupt is also set aside, so the next run
     * rebuilds it instead of meeting the same damage.
     */
    IndexException failure(String what, Exception e) {
        if (IndexFile.isCorrupt(e) || e instanceof IllegalArgumentException) {
            IndexFile.setAsideLater(file);
            return new IndexException(file + " is damaged; set aside, and rebuilt at the next start", e);
        }
        return new IndexException(described(file, what, e), e);
    }

    /** "FILE cannot be written (the disk is full)": the reason only when it says more than {@code what}. */
    static String described(Path file, String what, Exception e) {
        String reason = IndexFile.reason(e);
        return file + " " + what + (reason.equals(what) ? "" : " (" + reason + ")");
    }

    void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to keep: every batch was committed or rolled back
        }
    }
}
