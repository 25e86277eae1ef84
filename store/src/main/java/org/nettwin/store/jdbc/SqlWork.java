package org.nettwin.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on a connection, returning a value. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
