package org.nettwin.store.scenarios;

import java.util.List;
import java.util.Optional;

/** Scenarios and their results; thread-safe. Text that is not a JSON object is refused (IllegalArgumentException). */
public interface ScenarioArchive {

    StoredScenario save(String name, String scenarioJson);

    Optional<StoredScenario> scenario(long id);

    /** Saved scenarios, newest first, at most {@code limit}. */
    List<StoredScenario> scenarios(int limit);

    /** Saves a result of scenario {@code scenarioId} (which must exist). */
    StoredResult saveResult(long scenarioId, String engine, String resultJson);

    /** Results of a scenario, oldest first. */
    List<StoredResult> results(long scenarioId);
}
