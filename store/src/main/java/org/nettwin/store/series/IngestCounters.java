package org.nettwin.store.series;

/**
 * What ingestion has done since the store was opened: samples written, rejected (invalid), shed (dropped on purpose
 * under overload), batches deduplicated by id, and the time writers spent blocked by back-pressure (nanoseconds).
 */
public record IngestCounters(long written, long rejected, long shed, long duplicateBatches, long blockedNanos) {
}
