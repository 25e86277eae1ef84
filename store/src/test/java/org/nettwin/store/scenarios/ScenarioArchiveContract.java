package org.nettwin.store.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nettwin.store.BackendContract;

/** What every {@link ScenarioArchive} on SQL must do, run against each backend by the concrete subclasses. */
abstract class ScenarioArchiveContract extends BackendContract {

    private static final String SCENARIO = "{\n  \"format\": \"nettwin-scenario/1\",\n  \"name\": \"spine1 à l'heure de pointe\","
            + "\n  \"horizon\": \"PT30M\", \"seed\": 7, \"perturbations\": [{\"fail\": \"leaf3-spine1\"}]\n}\n";
    private static final String RESULT = "{\"format\": \"nettwin-result/1\", \"engine\": \"flow\", \"maxUtil\": 0.83}";

    private SqlScenarioArchive archive;

    @BeforeEach
    void openArchive() {
        archive = new SqlScenarioArchive(db, clock);
    }

    @Test
    void savesAScenarioAndItsResultsAndReadsThemBackExactlyAsGiven() {
        StoredScenario saved = archive.save("spine1 maintenance", SCENARIO);
        clock.advance(Duration.ofSeconds(3));
        StoredResult result = archive.saveResult(saved.id(), "flow", RESULT);

        assertThat(saved.savedAt()).isEqualTo(T0);
        assertThat(archive.scenario(saved.id())).contains(saved);
        assertThat(archive.scenario(saved.id()).orElseThrow().scenarioJson()).isEqualTo(SCENARIO);
        assertThat(result).isEqualTo(new StoredResult(result.id(), saved.id(), "flow", T0.plusSeconds(3), RESULT));
        assertThat(archive.results(saved.id())).containsExactly(result);
    }

    @Test
    void listsScenariosNewestFirstUpToTheLimit() {
        StoredScenario a = archive.save("a", "{}");
        StoredScenario b = archive.save("b", "{\"x\": 1}");
        clock.advance(Duration.ofHours(-1));
        StoredScenario c = archive.save("c saved while the clock stepped back", "{\"x\": 2}");

        assertThat(archive.scenarios(10)).containsExactly(c, b, a);
        assertThat(archive.scenarios(2)).containsExactly(c, b);
    }

    @Test
    void listsTheResultsOfOneScenarioOldestFirst() {
        StoredScenario a = archive.save("a", SCENARIO);
        StoredScenario b = archive.save("b", SCENARIO);
        StoredResult first = archive.saveResult(a.id(), "flow", RESULT);
        archive.saveResult(b.id(), "packet", RESULT);
        StoredResult second = archive.saveResult(a.id(), "packet", "{\"format\": \"nettwin-result/1\"}");

        assertThat(archive.results(a.id())).containsExactly(first, second);
        assertThat(archive.results(999)).isEmpty();
        assertThat(archive.scenario(999)).isEmpty();
    }

    @Test
    void keepsScenariosAndResultsAcrossCloseAndReopen() {
        StoredScenario saved = archive.save("a", SCENARIO);
        StoredResult result = archive.saveResult(saved.id(), "flow", RESULT);

        archive = new SqlScenarioArchive(reopen(), clock);
        StoredScenario next = archive.save("b", "{}");

        assertThat(archive.scenarios(10)).containsExactly(next, saved);
        assertThat(archive.results(saved.id())).containsExactly(result);
        assertThat(next.id()).isGreaterThan(saved.id());
    }

    @Test
    void refusesTextThatIsNotOneJsonObjectAndStoresNothing() {
        assertThatThrownBy(() -> archive.save("s", "{\"a\": 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario JSON is not valid JSON at line 1, column 8: Unexpected end-of-input: expected close "
                        + "marker for Object");
        assertThatThrownBy(() -> archive.save("s", "[1, 2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario JSON is a JSON array, not an object");
        assertThatThrownBy(() -> archive.save("s", "42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario JSON is a JSON number, not an object");
        assertThatThrownBy(() -> archive.save("s", "  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario JSON is empty (expected a JSON object)");
        assertThatThrownBy(() -> archive.save("s", "{} {}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario JSON is not valid JSON at line 1, column 4: Trailing token (of type START_OBJECT) "
                        + "found after value");
        assertThatThrownBy(() -> archive.save("s", "{\"a\": 1, \"a\": 2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> archive.save("s", "{\"a\": \"\u0000\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUL");
        StoredScenario ok = archive.save("s", "{}");
        assertThatThrownBy(() -> archive.saveResult(ok.id(), "flow", "not json")).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("result JSON is not valid JSON");

        assertThat(archive.scenarios(10)).containsExactly(ok);
        assertThat(archive.results(ok.id())).isEmpty();
    }

    @Test
    void refusesAResultOfAScenarioThatDoesNotExist() {
        assertThatThrownBy(() -> archive.saveResult(42, "flow", RESULT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no scenario with id 42 to attach a result to");

        assertThat(archive.results(42)).isEmpty();
    }

    @Test
    void refusesBlankNamesAndEnginesAndAZeroLimit() {
        assertThatThrownBy(() -> archive.save(" ", "{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario name must not be blank");
        StoredScenario ok = archive.save("s", "{}");
        assertThatThrownBy(() -> archive.saveResult(ok.id(), "", RESULT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engine must not be blank");
        assertThatThrownBy(() -> archive.saveResult(ok.id(), "e".repeat(65), RESULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("engine is 65 characters long (at most 64)");
        assertThatThrownBy(() -> archive.scenarios(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be >= 1, was 0");
    }
}
