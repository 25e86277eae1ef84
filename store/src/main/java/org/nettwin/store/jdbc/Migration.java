package org.nettwin.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One versioned schema step of a component ({@code series}, {@code history}, ...): statements per dialect, applied
 * once, in version order, recorded in {@code nettwin_schema}.
 */
public record Migration(int version, List<String> duckdb, List<String> postgres) {

    public Migration {
        duckdb = List.copyOf(duckdb);
        postgres = List.copyOf(postgres);
        if (version < 1) {
            throw new IllegalArgumentException("migration versions count from 1");
        }
    }

    /** A step whose SQL is the same in both dialects. */
    public static Migration of(int version, String... statements) {
        return new Migration(version, List.of(statements), List.of(statements));
    }

    public List<String> statements(Dialect dialect) {
        requireNonNull(dialect, "dialect");
        return dialect == Dialect.DUCKDB ? duckdb : postgres;
    }
}
