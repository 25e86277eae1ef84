package org.nettwin.store.scenarios;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Migration;
import org.nettwin.store.jdbc.Storable;
import org.nettwin.store.jdbc.Transactions;

/**
 * {@link ScenarioArchive} in SQL, the same on DuckDB and PostgreSQL: scenarios in {@code scenarios} and their results
 * in {@code scenario_results} (each referencing its scenario), the JSON kept as the text given after checking that it
 * is one JSON object. Ids come from sequences in save order; saved times (microseconds since 1970) from the clock.
 */
public final class SqlScenarioArchive implements ScenarioArchive {

    /** Longest scenario name, in characters. */
    static final int MAX_NAME = 256;
    /** Longest engine name, in characters. */
    static final int MAX_ENGINE = 64;

    private static final List<Migration> MIGRATIONS = List.of(new Migration(1, List.of(
            "CREATE SEQUENCE scenario_ids START 1",
            "CREATE SEQUENCE scenario_result_ids START 1",
            "CREATE TABLE scenarios (id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, saved_at BIGINT NOT NULL, "
                    + "scenario VARCHAR NOT NULL)",
            "CREATE TABLE scenario_results (id BIGINT PRIMARY KEY, scenario_id BIGINT NOT NULL REFERENCES scenarios (id), "
                    + "engine VARCHAR NOT NULL, saved_at BIGINT NOT NULL, result VARCHAR NOT NULL)"), List.of(
            "CREATE SEQUENCE scenario_ids START 1",
            "CREATE SEQUENCE scenario_result_ids START 1",
            "CREATE TABLE scenarios (id BIGINT PRIMARY KEY, name TEXT NOT NULL, saved_at BIGINT NOT NULL, "
                    + "scenario TEXT NOT NULL)",
            "CREATE TABLE scenario_results (id BIGINT PRIMARY KEY, scenario_id BIGINT NOT NULL REFERENCES scenarios (id), "
                    + "engine TEXT NOT NULL, saved_at BIGINT NOT NULL, result TEXT NOT NULL)",
            "CREATE INDEX scenario_results_scenario ON scenario_results (scenario_id, id)")));

    private final Database db;
    private final Clock clock;
    private final JsonObjectText json = new JsonObjectText();

    /** Opens the archive in {@code db}, creating or upgrading its tables; {@code clock} gives saved times. */
    public SqlScenarioArchive(Database db, Clock clock) {
        this.db = requireNonNull(db, "db");
        this.clock = requireNonNull(clock, "clock");
        db.migrate("scenarios", MIGRATIONS);
    }

    @Override
    public StoredScenario save(String name, String scenarioJson) {
        Storable.name("scenario name", name, MAX_NAME);
        json.check("scenario JSON", scenarioJson);
        long savedAt = Storable.micros("the store's clock", clock.instant());
        return Transactions.write(db, "save scenario \"" + name + "\"", c -> {
            long id = nextId(c, "scenario_ids");
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO scenarios (id, name, saved_at, scenario) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, name);
                s.setLong(3, savedAt);
                s.setString(4, scenarioJson);
                s.executeUpdate();
            }
            return new StoredScenario(id, name, Storable.instant(savedAt), scenarioJson);
        });
    }

    @Override
    public Optional<StoredScenario> scenario(long id) {
        return Transactions.read(db, "read scenario " + id, c -> {
            List<StoredScenario> found = scenarios(c, "SELECT id, name, saved_at, scenario FROM scenarios WHERE id = ?",
                    id);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<StoredScenario> scenarios(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        return Transactions.read(db, "list scenarios", c -> scenarios(c,
                "SELECT id, name, saved_at, scenario FROM scenarios ORDER BY id DESC LIMIT ?", limit));
    }

    @Override
    public StoredResult saveResult(long scenarioId, String engine, String resultJson) {
        Storable.name("engine", engine, MAX_ENGINE);
        json.check("result JSON", resultJson);
        long savedAt = Storable.micros("the store's clock", clock.instant());
        return Transactions.write(db, "save a result of scenario " + scenarioId, c -> {
            if (scenarios(c, "SELECT id, name, saved_at, '' FROM scenarios WHERE id = ?", scenarioId).isEmpty()) {
                throw new IllegalArgumentException("no scenario with id " + scenarioId + " to attach a result to");
            }
            long id = nextId(c, "scenario_result_ids");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO scenario_results (id, scenario_id, engine, "
                    + "saved_at, result) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setLong(2, scenarioId);
                s.setString(3, engine);
                s.setLong(4, savedAt);
                s.setString(5, resultJson);
                s.executeUpdate();
            }
            return new StoredResult(id, scenarioId, engine, Storable.instant(savedAt), resultJson);
        });
    }

    @Override
    public List<StoredResult> results(long scenarioId) {
        return Transactions.read(db, "read the results of scenario " + scenarioId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, scenario_id, engine, saved_at, result "
                    + "FROM scenario_results WHERE scenario_id = ? ORDER BY id")) {
                s.setLong(1, scenarioId);
                List<StoredResult> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredResult(r.getLong(1), r.getLong(2), r.getString(3),
                                Storable.instant(r.getLong(4)), r.getString(5)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    private static List<StoredScenario> scenarios(Connection c, String sql, long parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            List<StoredScenario> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredScenario(r.getLong(1), r.getString(2), Storable.instant(r.getLong(3)),
                            r.getString(4)));
                }
            }
            return List.copyOf(out);
        }
    }

    private static long nextId(Connection c, String sequence) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('" + sequence + "')")) {
            r.next();
            return r.getLong(1);
        }
    }
}
