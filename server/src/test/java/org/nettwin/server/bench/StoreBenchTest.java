package org.nettwin.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.server.cli.CommandRun;

class StoreBenchTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectWithTheFiguresOfTheEmbeddedStore() throws Exception {
        CommandRun run = CommandRun.of("bench", "store", "--json", "--series", "40", "--seconds", "120", "--batch", "1000",
                "--writers", "2", "--rounds", "1", "--dir", dir.resolve("db").toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(run.out());
        assertThat(run.out().strip().lines()).hasSize(1);
        assertThat(figures.get("backend").asText()).isEqualTo("duckdb");
        assertThat(figures.get("samples").asLong()).isEqualTo(40 * 120);
        for (String figure : new String[] {"ingest_samples_per_s", "bytes_per_sample", "range_query_ms", "latest_query_ms"}) {
            assertThat(figures.get(figure).asDouble()).as(figure).isPositive();
        }
        assertThat(figures.get("range_query_buckets").asInt()).isEqualTo(40 * 2);
        assertThat(run.err()).contains("bench store: 100% written");
        assertThat(Files.exists(dir.resolve("db").resolve("nettwin.duckdb"))).isTrue();
    }

    @Test
    void startsAnEmbeddedPostgresWhenNoServerIsGiven() throws Exception {
        CommandRun run = CommandRun.of("bench", "store", "--backend", "postgres", "--json", "--series", "20", "--seconds",
                "60", "--batch", "500", "--rounds", "1");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(run.out());
        assertThat(figures.get("backend").asText()).isEqualTo("postgres");
        assertThat(figures.get("bytes_per_sample").asDouble()).isPositive();
        assertThat(figures.get("latest_query_ms").asDouble()).isPositive();
        assertThat(run.err()).contains("embedded PostgreSQL");
    }

    @Test
    void refusesAnUnknownBackendWithExitTwo() {
        CommandRun run = CommandRun.of("bench", "store", "--backend", "sqlite");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("duckdb or postgres");
    }
}
