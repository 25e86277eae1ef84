package org.nettwin.store.audit;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Migration;
import org.nettwin.store.jdbc.Storable;
import org.nettwin.store.jdbc.Transactions;

/**
 * {@link AuditLog} in SQL, the same on DuckDB and PostgreSQL: one row of {@code audit_log} per entry, numbered 1, 2,
 * ... without gaps, each holding the hash that chains it to the entry before ({@link AuditChain} defines it). Entry
 * times come from the clock but never go back from one entry to the next. Nothing is updated or deleted; on
 * PostgreSQL triggers also refuse UPDATE, DELETE and TRUNCATE of the table, and on both backends
 * {@link #firstBrokenLink()} finds an entry edited or removed behind the log's back.
 */
public final class SqlAuditLog implements AuditLog {

    static final int MAX_NAME = 256;
    static final int MAX_TARGET = 1024;
    static final int MAX_TEXT = 65_536;

    private static final String TABLE = "CREATE TABLE audit_log (sequence BIGINT PRIMARY KEY, entry_time BIGINT NOT NULL, "
            + "actor %1$s NOT NULL, action %1$s NOT NULL, target %1$s NOT NULL, reason %1$s NOT NULL, "
            + "predicted_effect %1$s NOT NULL, measured_effect %1$s, outcome_of BIGINT, hash VARCHAR(64) NOT NULL)";
    private static final List<Migration> MIGRATIONS = List.of(new Migration(1, List.of(String.format(TABLE, "VARCHAR")),
            List.of(String.format(TABLE, "TEXT"),
                    "CREATE INDEX audit_log_time ON audit_log (entry_time)",
                    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            + "RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP; END $$",
                    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
                            + "EXECUTE FUNCTION audit_log_append_only()",
                    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
                            + "EXECUTE FUNCTION audit_log_append_only()")));
    private static final String COLUMNS = "sequence, entry_time, actor, action, target, reason, predicted_effect, "
            + "measured_effect, outcome_of, hash";

    private final Database db;
    private final Clock clock;

    /** Opens the audit log in {@code db}, creating or upgrading its table; {@code clock} gives entry times. */
    public SqlAuditLog(Database db, Clock clock) {
        this.db = requireNonNull(db, "db");
        this.clock = requireNonNull(clock, "clock");
        db.migrate("audit", MIGRATIONS);
    }

    @Override
    public AuditEntry append(String actor, String action, String target, String reason, String predictedEffect) {
        Storable.name("actor", actor, MAX_NAME);
        Storable.name("action", action, MAX_NAME);
        Storable.name("target", target, MAX_TARGET);
        Storable.name("reason", reason, MAX_TEXT);
        Storable.text("predicted effect", predictedEffect, MAX_TEXT);
        long now = Storable.micros("the store's clock", clock.instant());
        return Transactions.write(db, "append an audit entry", c -> {
            Transactions.lockForAppend(c, db.dialect(), "audit_log");
            Stored last = last(c);
            long time = Math.max(now, last.timeMicros());
            return insert(c, last, new AuditEntry(last.entry().sequence() + 1, Storable.instant(time), actor, action,
                    target, reason, predictedEffect, Optional.empty(), Optional.empty(), ""), time);
        });
    }

    @Override
    public AuditEntry recordOutcome(long actionSequence, String actor, String measuredEffect) {
        Storable.name("actor", actor, MAX_NAME);
        Storable.name("measured effect", measuredEffect, MAX_TEXT);
        long now = Storable.micros("the store's clock", clock.instant());
        return Transactions.write(db, "record the outcome of action " + actionSequence, c -> {
            Transactions.lockForAppend(c, db.dialect(), "audit_log");
            AuditEntry action = select(c, "WHERE sequence = ?", actionSequence).stream().findFirst().map(Stored::entry)
                    .orElseThrow(() -> new IllegalArgumentException("no audit entry with sequence " + actionSequence));
            if (action.outcomeOf().isPresent()) {
                throw new IllegalArgumentException("audit entry " + actionSequence + " is itself the outcome of action "
                        + action.outcomeOf().get() + ", not an action");
            }
            Stored last = last(c);
            long time = Math.max(now, last.timeMicros());
            return insert(c, last, new AuditEntry(last.entry().sequence() + 1, Storable.instant(time), actor,
                    "outcome", action.target(), "measured effect of action " + actionSequence,
                    action.predictedEffect(), Optional.of(measuredEffect), Optional.of(actionSequence), ""), time);
        });
    }

    @Override
    public Optional<AuditEntry> entry(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit sequence numbers count from 1, asked for " + sequence);
        }
        return Transactions.read(db, "read audit entry " + sequence,
                c -> select(c, "WHERE sequence = ?", sequence).stream().findFirst().map(Stored::entry));
    }

    @Override
    public List<AuditEntry> entries(Instant from, Instant to) {
        Storable.range(from, to);
        return Transactions.read(db, "read the audit log", c -> select(c,
                "WHERE entry_time >= ? AND entry_time < ? ORDER BY sequence", Storable.ceilMicros(from),
                Storable.ceilMicros(to)).stream().map(Stored::entry).toList());
    }

    @Override
    public Optional<Long> firstBrokenLink() {
        return Transactions.read(db, "check the audit chain", c -> {
            AuditChain chain = new AuditChain();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY sequence")) {
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery()) {
                    String previous = AuditChain.GENESIS;
                    long expected = 1;
                    while (r.next()) {
                        Stored row = stored(r);
                        if (row.entry().sequence() != expected
                                || !chain.hash(previous, row.entry(), row.timeMicros()).equals(row.entry().hash())) {
                            return Optional.of(expected);
                        }
                        previous = row.entry().hash();
                        expected++;
                    }
                }
            }
            return Optional.<Long>empty();
        });
    }

    /** An entry as stored, with its time in microseconds (what the hash covers). */
    private record Stored(AuditEntry entry, long timeMicros) {
    }

    private static Stored last(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY sequence DESC LIMIT 1")) {
            if (r.next()) {
                return stored(r);
            }
        }
        return new Stored(new AuditEntry(0, Instant.EPOCH, "", "", "", "", "", Optional.empty(), Optional.empty(),
                AuditChain.GENESIS), Long.MIN_VALUE);
    }

    private static AuditEntry insert(Connection c, Stored last, AuditEntry unhashed, long time) throws SQLException {
        String hash = new AuditChain().hash(last.entry().hash(), unhashed, time);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, unhashed.sequence());
            s.setLong(2, time);
            s.setString(3, unhashed.actor());
            s.setString(4, unhashed.action());
            s.setString(5, unhashed.target());
            s.setString(6, unhashed.reason());
            s.setString(7, unhashed.predictedEffect());
            s.setString(8, unhashed.measuredEffect().orElse(null));
            if (unhashed.outcomeOf().isPresent()) {
                s.setLong(9, unhashed.outcomeOf().get());
            } else {
                s.setNull(9, Types.BIGINT);
            }
            s.setString(10, hash);
            s.executeUpdate();
        }
        return new AuditEntry(unhashed.sequence(), unhashed.time(), unhashed.actor(), unhashed.action(),
                unhashed.target(), unhashed.reason(), unhashed.predictedEffect(), unhashed.measuredEffect(),
                unhashed.outcomeOf(), hash);
    }

    private static List<Stored> select(Connection c, String where, long... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setLong(i + 1, parameters[i]);
            }
            List<Stored> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(stored(r));
                }
            }
            return out;
        }
    }

    private static Stored stored(ResultSet r) throws SQLException {
        long time = r.getLong(2);
        long outcomeOf = r.getLong(9);
        Optional<Long> outcome = r.wasNull() ? Optional.empty() : Optional.of(outcomeOf);
        return new Stored(new AuditEntry(r.getLong(1), Storable.instant(time), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), Optional.ofNullable(r.getString(8)), outcome,
                r.getString(10)), time);
    }
}
