package org.nettwin.store.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.PostgresServer;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.jdbc.Database;

/**
 * A write acknowledged to the caller survives a crash: a child JVM ({@link CrashWriter}) writes batches with ids
 * from two threads at full speed and prints an acknowledgement after each write returns; this test kills it with
 * SIGKILL in the middle of the ingest, reopens the store, and checks that every acknowledged batch is there whole,
 * that no batch is there in part or twice, and that sending the acknowledged batches again writes nothing.
 */
@Timeout(120)
class CrashRecoveryIT {

    private static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedBatchSurvivesAKillDuringIngestOnDuckDb() throws Exception {
        StoreSettings settings = StoreSettings.duckdb(dir.resolve("store"));
        crashAndCheck(settings, List.of("duckdb", settings.dataDirectory().toString()));
    }

    @Test
    void everyAcknowledgedBatchSurvivesAKillDuringIngestOnPostgres() throws Exception {
        StoreSettings settings = PostgresServer.freshDatabase();
        crashAndCheck(settings, List.of("postgres", settings.jdbcUrl().orElseThrow(), settings.user().orElseThrow(),
                settings.password().orElseThrow()));
    }

    private void crashAndCheck(StoreSettings settings, List<String> target) throws Exception {
        long start = (Instant.now().getEpochSecond() - 7200) / 60 * 60 * 1_000_000L;
        Map<String, Integer> acked = runAndKill(target, start);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL)
                .allSatisfy((id, written) -> assertThat(written).isEqualTo(CrashWriter.BATCH));

        try (Database db = Database.open(settings);
             SqlTimeSeries series = new SqlTimeSeries(db, settings, Clock.systemUTC())) {
            Map<Long, Long> perBatch = samplesPerBatch(db);
            System.out.printf("crash test (%s): %d batches acknowledged before the kill, %d committed, %d samples%n",
                    settings.backend(), acked.size(), perBatch.size(), perBatch.values().stream().mapToLong(n -> n).sum());
            for (String id : acked.keySet()) {
                assertThat(perBatch.get(valueOf(id))).as("samples of acknowledged batch %s", id)
                        .isEqualTo((long) CrashWriter.BATCH);
            }
            assertThat(perBatch.values()).as("no batch is there in part").allMatch(n -> n == CrashWriter.BATCH);
            assertThat(count(db, "SELECT count(*) FROM (SELECT series_id, t FROM series_samples GROUP BY series_id, t "
                    + "HAVING count(*) > 1) d")).as("samples stored twice").isZero();

            long[] ids = CrashWriter.register(series);
            for (String id : acked.keySet()) {
                String[] parts = id.substring(1).split("-");
                SampleBatch again = CrashWriter.batch(ids, start, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                assertThat(series.write(again).duplicateBatch()).as("resending %s", id).isTrue();
            }
            long total = count(db, "SELECT count(*) FROM series_samples");
            assertThat(total).isEqualTo((long) perBatch.size() * CrashWriter.BATCH);
            Points counted = series.aggregateAcross(SeriesFilter.kind(EntityKind.INTERFACE), Instant.EPOCH,
                    Instant.now(), Duration.ofDays(1), Aggregate.COUNT);
            assertThat(counted.values()).as("roll-ups agree with the raw samples").containsExactly((double) total);
        }
    }

    /** Runs the writer until it has acknowledged enough batches, kills it with SIGKILL; returns the acknowledgements. */
    private Map<String, Integer> runAndKill(List<String> target, long start) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName()));
        command.addAll(target);
        command.add(Long.toString(start));
        File log = dir.resolve("child.log").toFile();
        Process child = new ProcessBuilder(command).redirectError(log).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the child was killed; what was read is what counts
            }
            lines.add("EOF");
        });
        reader.start();
        Map<String, Integer> acked = new LinkedHashMap<>();
        try {
            while (acked.size() < ACKS_BEFORE_KILL) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("child output (stderr: %s)", Files.readString(log.toPath())).isNotNull()
                        .isNotEqualTo("EOF");
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acked.put(parts[1], Integer.parseInt(parts[2]));
                }
            }
            // Land the kill anywhere in the writer's cycle: building, appending, committing or acknowledging.
            Thread.sleep(ThreadLocalRandom.current().nextInt(200));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(10_000);
        // Acknowledgements printed before the kill landed count too.
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            if (line.startsWith("ACK ")) {
                acked.put(line.split(" ")[1], Integer.parseInt(line.split(" ")[2]));
            }
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return acked;
    }

    private static long valueOf(String batchId) {
        String[] parts = batchId.substring(1).split("-");
        return Integer.parseInt(parts[0]) * 1_000_000L + Integer.parseInt(parts[1]);
    }

    private static Map<Long, Long> samplesPerBatch(Database db) {
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT CAST(v AS BIGINT), count(*) FROM series_samples GROUP BY v");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getLong(2));
                }
            }
            return out;
        });
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
