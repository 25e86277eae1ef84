package org.nettwin.store.scenarios;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A what-if scenario kept in the repository, as the JSON of spec/scenario-format.md, with when it was saved. */
public record StoredScenario(long id, String name, Instant savedAt, String scenarioJson) {

    public StoredScenario {
        requireNonNull(name, "name");
        requireNonNull(savedAt, "savedAt");
        requireNonNull(scenarioJson, "scenarioJson");
    }
}
