package org.nettwin.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.nettwin.store.StoreException;
import org.nettwin.store.StoreSettings;

/**
 * The connections to the repository's database and the two ways to use them: {@link #write} runs one transaction
 * at a time (writes are serialised, so they never conflict) and returns after the commit, which both DuckDB (its
 * write-ahead log) and PostgreSQL (synchronous commit) make durable; {@link #read} runs on any free connection of a
 * small pool, concurrently with writes, and sees only committed transactions. Schema changes are versioned per
 * component in {@code nettwin_schema}.
 */
public final class Database implements AutoCloseable {

    /** Connections in the pool: one writer at a time plus concurrent readers. */
    private static final int POOL = 4;

    private final Dialect dialect;
    private final String description;
    private final BlockingQueue<Connection> pool;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile boolean closed;

    private Database(Dialect dialect, String description, List<Connection> connections) {
        this.dialect = dialect;
        this.description = description;
        this.pool = new ArrayBlockingQueue<>(connections.size(), true, connections);
    }

    /** Opens (creating if needed) the database the settings name. */
    public static Database open(StoreSettings settings) {
        try {
            if (settings.backend().equals("duckdb")) {
                Files.createDirectories(settings.dataDirectory());
                String url = "jdbc:duckdb:" + settings.dataDirectory().toAbsolutePath().resolve("nettwin.duckdb");
                Connection first = DriverManager.getConnection(url);
                List<Connection> all = new java.util.ArrayList<>(List.of(first));
                for (int i = 1; i < POOL; i++) {
                    all.add(first.unwrap(org.duckdb.DuckDBConnection.class).duplicate());
                }
                return new Database(Dialect.DUCKDB, url, all);
            }
            String url = settings.jdbcUrl().orElseThrow();
            Properties props = new Properties();
            settings.user().ifPresent(u -> props.setProperty("user", u));
            settings.password().ifPresent(p -> props.setProperty("password", p));
            List<Connection> all = new java.util.ArrayList<>();
            for (int i = 0; i < POOL; i++) {
                all.add(DriverManager.getConnection(url, props));
            }
            return new Database(Dialect.POSTGRES, redacted(url), all);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the " + settings.backend() + " repository ("
                    + (settings.backend().equals("duckdb") ? settings.dataDirectory()
                    : redacted(settings.jdbcUrl().orElse("?")))
                    + "): " + e.getMessage(), e);
        }
    }

    static String redacted(String url) {
        return StoreSettings.redacted(url);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in one transaction, alone among writers, and returns after the commit. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            return inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in a read transaction on a pooled connection (a consistent snapshot of committed data). */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    private <T> T inTransaction(SqlWork<T> work) {
        Connection c = borrow();
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("repository " + description + ": " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    private Connection borrow() {
        if (closed) {
            throw new StoreException("repository " + description + " is closed");
        }
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + description, e);
        }
    }

    /** Applies the component's migrations that have not been applied yet, each in its own transaction. */
    public void migrate(String component, List<Migration> migrations) {
        write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS nettwin_schema (component VARCHAR(64) NOT NULL, "
                        + "version INTEGER NOT NULL, PRIMARY KEY (component, version))");
            }
            return null;
        });
        for (Migration m : migrations) {
            write(c -> {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT 1 FROM nettwin_schema WHERE component = ? AND version = ?")) {
                    q.setString(1, component);
                    q.setInt(2, m.version());
                    try (ResultSet r = q.executeQuery()) {
                        if (r.next()) {
                            return null;
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements(dialect)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO nettwin_schema (component, version) VALUES (?, ?)")) {
                    ins.setString(1, component);
                    ins.setInt(2, m.version());
                    ins.executeUpdate();
                }
                return null;
            });
        }
    }

    /** Closes every connection; safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Connection c : pool) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway; nothing left to protect
            }
        }
    }
}
