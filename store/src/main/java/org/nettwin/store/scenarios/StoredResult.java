package org.nettwin.store.scenarios;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A result of running a stored scenario, as {@code nettwin-result/1} JSON (kept as text: the store does not depend
 * on the simulator), with the engine that produced it.
 */
public record StoredResult(long id, long scenarioId, String engine, Instant savedAt, String resultJson) {

    public StoredResult {
        requireNonNull(engine, "engine");
        requireNonNull(savedAt, "savedAt");
        requireNonNull(resultJson, "resultJson");
    }
}
