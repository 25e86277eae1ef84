package org.nettwin.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.nettwin.store.StoreException;

/**
 * The repository parts' way into {@link Database}: the same transactions, with failures of the database reported as
 * a {@link StoreException} saying what was being done ({@code cannot record network version: ...}), and the lock
 * that keeps appenders of several processes sharing one PostgreSQL database from numbering rows alike.
 */
public final class Transactions {

    private Transactions() {
    }

    /** {@link Database#write}, naming {@code doing} (e.g. "append an audit entry") if the database fails. */
    public static <T> T write(Database db, String doing, SqlWork<T> work) {
        try {
            return db.write(work);
        } catch (StoreException e) {
            throw new StoreException("cannot " + doing + ": " + e.getMessage(), e);
        }
    }

    /** {@link Database#read}, naming {@code doing} if the database fails. */
    public static <T> T read(Database db, String doing, SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (StoreException e) {
            throw new StoreException("cannot " + doing + ": " + e.getMessage(), e);
        }
    }

    /**
     * Within a write transaction, makes this transaction the only appender to {@code table} until it ends: writes in
     * one process are already serialised by {@link Database#write}, but on PostgreSQL other processes may share the
     * database, so the table is locked against other writers (readers go on). DuckDB allows one process only.
     */
    public static void lockForAppend(Connection connection, Dialect dialect, String table) throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            try (Statement s = connection.createStatement()) {
                s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }
    }
}
