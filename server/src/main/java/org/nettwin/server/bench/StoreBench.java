package org.nettwin.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.series.IngestCounters;
import org.nettwin.store.series.SqlTimeSeries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmarks the telemetry store (issue 4): sustained ingest in samples per second, bytes per sample on disk, the
 * hour-range query (1-minute buckets of every interface series) and the latest value of every series, on DuckDB or
 * PostgreSQL. Progress goes to stderr; with {@code --json}, stdout is exactly one JSON object.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Benchmarks the time-series store: ingest (samples/s), bytes per sample on disk, an hour-range",
            "query in 1-minute buckets over every series, and the latest value of every series."})
public final class StoreBench implements Callable<Integer> {

    @Option(names = "--backend", defaultValue = "duckdb", paramLabel = "NAME", description = "duckdb or postgres")
    private String backend;

    @Option(names = "--json", description = "print one JSON object with the figures")
    private boolean json;

    @Option(names = "--series", defaultValue = "10000", paramLabel = "N", description = "series (default ${DEFAULT-VALUE})")
    private int series;

    @Option(names = "--seconds", defaultValue = "3600", paramLabel = "S",
            description = "seconds of 1 s data per series (default ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--batch", defaultValue = "100000", paramLabel = "N", description = "samples per batch")
    private int batch;

    @Option(names = "--writers", defaultValue = "4", paramLabel = "N", description = "writer threads")
    private int writers;

    @Option(names = "--rounds", defaultValue = "7", paramLabel = "N", description = "timed runs of each query")
    private int rounds;

    @Option(names = "--dir", paramLabel = "DIR", description = "DuckDB: an empty directory (default: a temporary one)")
    private Path dir;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL: the server (default: start one)")
    private String jdbcUrl;

    @Option(names = "--user", defaultValue = "postgres", paramLabel = "NAME", description = "PostgreSQL user")
    private String user;

    @Option(names = "--password", defaultValue = "postgres", paramLabel = "SECRET", description = "PostgreSQL password")
    private String password;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!backend.equals("duckdb") && !backend.equals("postgres")) {
            throw new BadInputException("--backend must be duckdb or postgres, not " + backend);
        }
        if (series < 1 || seconds < 60 || batch < 1 || batch > 1_000_000 || writers < 1 || rounds < 1) {
            throw new BadInputException("need --series >= 1, --seconds >= 60, --batch 1..1000000, --writers >= 1, "
                    + "--rounds >= 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> figures = new LinkedHashMap<>();
        try (StoreTarget target = backend.equals("duckdb") ? StoreTarget.duckdb(dir)
                : StoreTarget.postgres(jdbcUrl, user, password)) {
            err.println("bench store: " + target.description());
            err.flush();
            run(target, new StoreWorkload(series, seconds, batch, writers, err), figures);
        }
        report(figures);
        return 0;
    }

    private void run(StoreTarget target, StoreWorkload work, Map<String, Object> figures) throws Exception {
        figures.put("backend", backend);
        figures.put("series", series);
        figures.put("seconds", seconds);
        figures.put("samples", work.samples());
        figures.put("batch", batch);
        figures.put("writers", writers);
        Database db = Database.open(target.settings());
        SqlTimeSeries store = new SqlTimeSeries(db, target.settings(), Clock.systemUTC());
        figures.put("register_s", round(work.register(store)));
        double ingest = work.ingest(store);
        IngestCounters counters = store.counters();
        long t0 = System.nanoTime();
        store.foldRollups();
        figures.put("ingest_s", round(ingest));
        figures.put("ingest_samples_per_s", Math.round(work.samples() / ingest));
        figures.put("writers_blocked_ms", counters.blockedNanos() / 1_000_000);
        figures.put("final_fold_ms", round((System.nanoTime() - t0) / 1e6));
        if (backend.equals("duckdb")) {
            // Closing checkpoints the database, so that the file holds everything, compressed.
            store.close();
            db.close();
            figures.put("bytes_on_disk", target.duckdbFileBytes());
            figures.put("bytes_per_sample", round(target.duckdbFileBytes() / (double) work.samples()));
            db = Database.open(target.settings());
            store = new SqlTimeSeries(db, target.settings(), Clock.systemUTC());
        } else {
            postgresSizes(db, work.samples(), figures);
        }
        try {
            figures.put("range_query_ms", work.rangeQuery(store, rounds, figures));
            figures.put("latest_query_ms", work.latestQuery(store, rounds));
        } finally {
            store.close();
            db.close();
        }
    }

    /** The samples table's size (with its index) per sample, and all the series tables' per sample. */
    private static void postgresSizes(Database db, long samples, Map<String, Object> figures) {
        long table = StoreTarget.relationBytes(db, "series_samples");
        long all = table;
        for (String other : new String[] {"series_rollup_delta", "series_rollup_1m", "series_rollup_15m", "series_latest",
            "series_batches", "series_keys"}) {
            all += StoreTarget.relationBytes(db, other);
        }
        figures.put("bytes_on_disk", all);
        figures.put("bytes_per_sample", round(table / (double) samples));
        figures.put("bytes_per_sample_all_tables", round(all / (double) samples));
    }

    private void report(Map<String, Object> f) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(f));
            return;
        }
        out.printf(Locale.ROOT, "store benchmark, %s: %,d series x %,d s of 1 s data = %,d samples, batches of %,d, "
                + "%d writer threads%n", f.get("backend"), series, seconds, f.get("samples"), batch, writers);
        out.printf(Locale.ROOT, "  ingest        %,12d samples/s  (%.1f s; target >= 1,000,000 with DuckDB)%n",
                f.get("ingest_samples_per_s"), f.get("ingest_s"));
        out.printf(Locale.ROOT, "  on disk       %12.2f bytes/sample  (%,d bytes; target <= 8, goal <= 4)%n",
                f.get("bytes_per_sample"), f.get("bytes_on_disk"));
        out.printf(Locale.ROOT, "  range query   %12.1f ms  (1 h, 1-min means of %,d series = %,d buckets; target < 200;"
                + " from raw samples %.1f ms)%n", f.get("range_query_ms"), series, f.get("range_query_buckets"),
                f.get("range_query_raw_ms"));
        out.printf(Locale.ROOT, "  latest        %12.1f ms  (%,d series; target < 50)%n", f.get("latest_query_ms"), series);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
