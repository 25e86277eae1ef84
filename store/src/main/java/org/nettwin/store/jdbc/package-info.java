/**
 * The SQL foundation both backends share: a small connection pool with serialised write transactions, concurrent
 * snapshot reads, versioned per-component migrations, and the few dialect differences of DuckDB and PostgreSQL.
 */
package org.nettwin.store.jdbc;
