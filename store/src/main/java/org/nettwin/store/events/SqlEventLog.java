package org.nettwin.store.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nettwin.store.StoreException;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Migration;
import org.nettwin.store.jdbc.Storable;
import org.nettwin.store.jdbc.Transactions;
import org.nettwin.store.series.Entity;
import org.nettwin.store.series.EntityKind;

/**
 * {@link EventLog} in SQL, the same on DuckDB and PostgreSQL: one row of {@code events} per event, with its time
 * (microseconds since 1970), type, severity, subject (kind and id columns), alarm key, message and attributes (a JSON
 * object of strings, as text). Ids come from a sequence in append order; nothing is updated or deleted.
 */
public final class SqlEventLog implements EventLog {

    /** Longest message, attribute value, in characters. */
    static final int MAX_TEXT = 65_536;
    /** Longest alarm key or attribute name, in characters. */
    static final int MAX_KEY = 256;
    /** Most attributes on one event. */
    static final int MAX_ATTRIBUTES = 256;

    private static final List<Migration> MIGRATIONS = List.of(new Migration(1, List.of(
            "CREATE SEQUENCE event_ids START 1",
            "CREATE TABLE events (id BIGINT PRIMARY KEY, event_time BIGINT NOT NULL, event_type VARCHAR NOT NULL, "
                    + "severity VARCHAR NOT NULL, subject_kind VARCHAR, subject_id VARCHAR, alarm_key VARCHAR, "
                    + "message VARCHAR NOT NULL, attributes VARCHAR NOT NULL)"), List.of(
            "CREATE SEQUENCE event_ids START 1",
            "CREATE TABLE events (id BIGINT PRIMARY KEY, event_time BIGINT NOT NULL, event_type TEXT NOT NULL, "
                    + "severity TEXT NOT NULL, subject_kind TEXT, subject_id TEXT, alarm_key TEXT, "
                    + "message TEXT NOT NULL, attributes TEXT NOT NULL)",
            "CREATE INDEX events_time ON events (event_time, id)",
            "CREATE INDEX events_alarm ON events (alarm_key, event_time) WHERE alarm_key IS NOT NULL")));

    private static final String COLUMNS = "id, event_time, event_type, severity, subject_kind, subject_id, alarm_key, "
            + "message, attributes";
    private static final TypeReference<TreeMap<String, String>> ATTRIBUTES = new TypeReference<>() { };

    private final Database db;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Opens the event log in {@code db}, creating or upgrading its table. Event times are the events' own; the clock
     * is taken for symmetry with the other parts and not needed yet.
     */
    public SqlEventLog(Database db, Clock clock) {
        this.db = requireNonNull(db, "db");
        requireNonNull(clock, "clock");
        db.migrate("events", MIGRATIONS);
    }

    @Override
    public Event append(Event event) {
        requireNonNull(event, "event");
        long time = Storable.micros("event time", event.time());
        Storable.text("event type", event.type(), 64);
        Storable.text("event message", event.message(), MAX_TEXT);
        event.alarmKey().ifPresent(k -> Storable.name("alarm key", k, MAX_KEY));
        event.subject().ifPresent(s -> Storable.text("subject id", s.id(), MAX_KEY));
        String attributes = attributes(event.attributes());
        return Transactions.write(db, "append a " + event.type() + " event", c -> {
            long id = nextId(c);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO events (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setLong(2, time);
                s.setString(3, event.type());
                s.setString(4, event.severity().name());
                s.setString(5, event.subject().map(e -> e.kind().name()).orElse(null));
                s.setString(6, event.subject().map(Entity::id).orElse(null));
                s.setString(7, event.alarmKey().orElse(null));
                s.setString(8, event.message());
                s.setString(9, attributes);
                s.executeUpdate();
            }
            return new Event(id, Storable.instant(time), event.type(), event.severity(), event.subject(),
                    event.alarmKey(), event.message(), event.attributes());
        });
    }

    @Override
    public List<Event> query(EventQuery query) {
        requireNonNull(query, "query");
        Storable.range(query.from(), query.to());
        query.type().ifPresent(t -> Storable.text("event type", t, 64));
        query.subject().ifPresent(e -> Storable.text("subject id", e.id(), MAX_KEY));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM events WHERE event_time >= ? AND event_time < ?");
        query.type().ifPresent(t -> sql.append(" AND event_type = ?"));
        query.subject().ifPresent(e -> sql.append(" AND subject_kind = ? AND subject_id = ?"));
        sql.append(query.descending() ? " ORDER BY event_time DESC, id DESC LIMIT ?" : " ORDER BY event_time, id LIMIT ?");
        return Transactions.read(db, "query events", c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int i = 1;
                s.setLong(i++, Storable.ceilMicros(query.from()));
                s.setLong(i++, Storable.ceilMicros(query.to()));
                if (query.type().isPresent()) {
                    s.setString(i++, query.type().get());
                }
                if (query.subject().isPresent()) {
                    s.setString(i++, query.subject().get().kind().name());
                    s.setString(i++, query.subject().get().id());
                }
                s.setInt(i, query.limit());
                return events(s);
            }
        });
    }

    @Override
    public List<Event> activeAlarms(Instant time) {
        requireNonNull(time, "time");
        String sql = "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + ", ROW_NUMBER() OVER (PARTITION BY alarm_key "
                + "ORDER BY event_time DESC, id DESC) AS pick FROM events WHERE alarm_key IS NOT NULL "
                + "AND event_time <= ?) latest WHERE pick = 1 AND severity NOT IN ('INFO', 'CLEARED') "
                + "ORDER BY event_time, id";
        return Transactions.read(db, "find the alarms active at " + time, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, Storable.floorMicros(time));
                return events(s);
            }
        });
    }

    private static long nextId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('event_ids')")) {
            r.next();
            return r.getLong(1);
        }
    }

    private String attributes(Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("event has " + attributes.size() + " attributes (at most "
                    + MAX_ATTRIBUTES + ")");
        }
        attributes.forEach((k, v) -> {
            Storable.name("attribute name", k, MAX_KEY);
            Storable.text("attribute " + k, v, MAX_TEXT);
        });
        try {
            return json.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event attributes cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<Event> events(PreparedStatement s) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(event(r));
            }
        }
        return List.copyOf(out);
    }

    private Event event(ResultSet r) throws SQLException {
        long id = r.getLong(1);
        try {
            String kind = r.getString(5);
            Optional<Entity> subject = kind == null ? Optional.empty()
                    : Optional.of(Entity.of(EntityKind.valueOf(kind), r.getString(6)));
            return new Event(id, Storable.instant(r.getLong(2)), r.getString(3), Severity.valueOf(r.getString(4)),
                    subject, Optional.ofNullable(r.getString(7)), r.getString(8), parse(id, r.getString(9)));
        } catch (IllegalArgumentException e) {
            throw new StoreException("event " + id + " is stored but cannot be read back: " + e.getMessage(), e);
        }
    }

    private Map<String, String> parse(long id, String attributes) {
        try {
            return json.readValue(attributes, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new StoreException("event " + id + " has unreadable attributes: " + e.getOriginalMessage(), e);
        }
    }
}
