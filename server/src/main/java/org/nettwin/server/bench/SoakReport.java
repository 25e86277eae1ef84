package org.nettwin.server.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a soak run measured: devices and series, the measured window, samples expected (series × grid points in the
 * window) and stored, series missing entirely or with gaps, data lag (commit minus grid time) percentiles, heap
 * after GC at the start and end of the window and its maximum, refusals and rejections.
 */
record SoakReport(Map<String, Integer> devices, long seriesEmitted, long seriesStored, long windowSeconds,
                  long expected, long stored, long seriesWithGaps, long lagP50Ms, long lagP99Ms, long lagMaxMs,
                  long heapStartMb, long heapEndMb, long heapMaxMb, long received, long rejected,
                  Map<String, Long> refused) {

    /** Samples missing from the store in the window. */
    long missing() {
        return Math.max(0, expected - stored);
    }

    /** Whether the run met the figures: no loss, lag under 2 s. */
    boolean passed() {
        return missing() == 0 && seriesWithGaps == 0 && seriesStored >= seriesEmitted && lagP99Ms < 2000;
    }

    List<String> lines() {
        return List.of(
                String.format(Locale.ROOT, "devices %s; %,d numeric series emitted, %,d stored", devices,
                        seriesEmitted, seriesStored),
                String.format(Locale.ROOT, "window %d s: expected %,d grid samples, stored %,d, missing %,d, "
                        + "series with gaps %d", windowSeconds, expected, stored, missing(), seriesWithGaps),
                String.format(Locale.ROOT, "lag (store commit - grid time): p50 %d ms, p99 %d ms, max %d ms "
                        + "(target < 2000 ms)", lagP50Ms, lagP99Ms, lagMaxMs),
                String.format(Locale.ROOT, "heap after GC: %d MB at window start, %d MB at end, max %d MB",
                        heapStartMb, heapEndMb, heapMaxMb),
                String.format(Locale.ROOT, "collectors received %,d measurements; rejected %,d; refused %s",
                        received, rejected, refused),
                passed() ? "PASS: zero loss, lag under 2 s" : "FAIL: see the figures above");
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("devices", devices);
        m.put("series_emitted", seriesEmitted);
        m.put("series_stored", seriesStored);
        m.put("window_s", windowSeconds);
        m.put("expected", expected);
        m.put("stored", stored);
        m.put("missing", missing());
        m.put("series_with_gaps", seriesWithGaps);
        m.put("lag_p50_ms", lagP50Ms);
        m.put("lag_p99_ms", lagP99Ms);
        m.put("lag_max_ms", lagMaxMs);
        m.put("heap_start_mb", heapStartMb);
        m.put("heap_end_mb", heapEndMb);
        m.put("heap_max_mb", heapMaxMb);
        m.put("received", received);
        m.put("rejected", rejected);
        m.put("refused", refused);
        m.put("passed", passed());
        return m;
    }
}
