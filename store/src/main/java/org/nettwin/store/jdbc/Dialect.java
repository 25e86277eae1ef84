package org.nettwin.store.jdbc;

/** The SQL database behind the repository; the few places where SQL differs ask it. */
public enum Dialect {
    /** Embedded DuckDB (columnar, compressed, one process). */
    DUCKDB,
    /** PostgreSQL (a server shared by several twin instances). */
    POSTGRES;

    /** The column type for binary large objects. */
    public String blobType() {
        return this == DUCKDB ? "BLOB" : "BYTEA";
    }

    /** The column type for 8-byte floating point numbers. */
    public String doubleType() {
        return this == DUCKDB ? "DOUBLE" : "DOUBLE PRECISION";
    }
}
