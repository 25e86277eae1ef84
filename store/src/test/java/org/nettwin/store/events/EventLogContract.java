package org.nettwin.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nettwin.store.BackendContract;
import org.nettwin.store.StoreException;
import org.nettwin.store.series.Entity;
import org.nettwin.store.series.EntityKind;

/** What every {@link EventLog} on SQL must do, run against each backend by the concrete subclasses. */
abstract class EventLogContract extends BackendContract {

    private static final Entity LINK = Entity.of(EntityKind.LINK, "r1-r2");
    private static final Entity CELL = Entity.of(EntityKind.CELL, "gnb7/cell2");

    private SqlEventLog log;

    @BeforeEach
    void openLog() {
        log = new SqlEventLog(db, clock);
    }

    static Instant at(String hhmm) {
        return Instant.parse("2025-03-04T" + hhmm + ":00Z");
    }

    private Event event(String hhmm, String type, Severity severity) {
        return Event.of(at(hhmm), type, severity, type + " at " + hhmm);
    }

    @Test
    void assignsIdsInAppendOrderAndReadsEventsBackWithEverything() {
        Event full = event("10:00", "link-down", Severity.MAJOR).about(LINK).asAlarm("link-down:r1-r2")
                .withAttributes(Map.of("ifIndex", "3", "note", "«fibre cut» \"north\"\n\u00e9\u4e2d\uD83D\uDE00"));
        Event stored = log.append(full.withId(99));
        Event bare = log.append(event("10:01", "threshold", Severity.INFO));

        assertThat(stored).isEqualTo(full.withId(stored.id()));
        assertThat(bare.id()).isGreaterThan(stored.id());
        assertThat(log.query(EventQuery.between(at("10:00"), at("11:00")))).containsExactly(stored, bare);
    }

    @Test
    void queriesAHalfOpenTimeRangeByTypeAndSubjectInTimeThenIdOrderUpToTheLimit() {
        Event late = log.append(event("10:30", "link-down", Severity.MAJOR).about(LINK));
        Event early = log.append(event("10:00", "link-down", Severity.MAJOR).about(CELL));
        Event sameTime = log.append(event("10:00", "anomaly", Severity.WARNING).about(LINK));
        Event edge = log.append(event("11:00", "link-down", Severity.MAJOR).about(LINK));

        assertThat(log.query(EventQuery.between(at("10:00"), at("11:00")))).containsExactly(early, sameTime, late);
        assertThat(log.query(EventQuery.between(at("10:00"), at("11:00")).ofType("link-down")))
                .containsExactly(early, late);
        assertThat(log.query(EventQuery.between(at("09:00"), at("12:00")).about(LINK)))
                .containsExactly(sameTime, late, edge);
        assertThat(log.query(EventQuery.between(at("09:00"), at("12:00")).about(LINK).ofType("link-down")))
                .containsExactly(late, edge);
        assertThat(log.query(EventQuery.between(at("09:00"), at("12:00")).limit(2))).containsExactly(early, sameTime);
        assertThat(log.query(EventQuery.between(at("09:00"), at("12:00")).limit(3).newestFirst()))
                .containsExactly(edge, late, sameTime);
        assertThat(log.query(EventQuery.between(at("10:00"), at("11:00")).ofType("link-down").newestFirst()))
                .containsExactly(late, early);
        assertThat(log.query(EventQuery.between(at("09:00"), at("12:00")).about(Entity.of(EntityKind.CELL, "r1-r2"))))
                .isEmpty();
        assertThat(log.query(EventQuery.between(at("10:00"), at("10:00")))).isEmpty();
    }

    @Test
    void raisesAndClearsAlarmsByKey() {
        Event a = log.append(event("10:00", "link-down", Severity.MAJOR).asAlarm("A"));
        Event b = log.append(event("10:05", "cpu-high", Severity.CRITICAL).asAlarm("B"));
        log.append(event("10:10", "link-up", Severity.CLEARED).asAlarm("A"));
        Event again = log.append(event("10:20", "flapping", Severity.WARNING).asAlarm("A"));
        log.append(event("10:00", "note", Severity.INFO).asAlarm("C"));
        log.append(event("10:00", "not-an-alarm", Severity.CRITICAL));

        assertThat(log.activeAlarms(at("09:59"))).isEmpty();
        assertThat(log.activeAlarms(at("10:00"))).containsExactly(a);
        assertThat(log.activeAlarms(at("10:07"))).containsExactly(a, b);
        assertThat(log.activeAlarms(at("10:10"))).containsExactly(b);
        assertThat(log.activeAlarms(at("10:25"))).containsExactly(b, again);
    }

    @Test
    void decidesAnAlarmRaisedAndClearedAtTheSameTimeByAppendOrder() {
        log.append(event("10:00", "link-down", Severity.MAJOR).asAlarm("A"));
        log.append(event("10:00", "link-up", Severity.CLEARED).asAlarm("A"));
        log.append(event("10:00", "link-up", Severity.CLEARED).asAlarm("B"));
        Event b = log.append(event("10:00", "link-down", Severity.MINOR).asAlarm("B"));

        assertThat(log.activeAlarms(at("10:00"))).containsExactly(b);
    }

    @Test
    void keepsEventsAcrossCloseAndReopenAndGoesOnNumberingThem() {
        Event first = log.append(event("10:00", "link-down", Severity.MAJOR).about(LINK).asAlarm("A"));

        log = new SqlEventLog(reopen(), clock);
        Event second = log.append(event("10:01", "link-down", Severity.MAJOR));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(log.query(EventQuery.between(Instant.MIN, Instant.MAX))).containsExactly(first, second);
        assertThat(log.activeAlarms(at("11:00"))).containsExactly(first);
    }

    @Test
    void givesEveryConcurrentAppendItsOwnId() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        ids.add(log.append(event("10:00", "burst", Severity.WARNING)).id());
                    }
                    return ids;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(100);
            assertThat(log.query(EventQuery.between(at("10:00"), at("10:01"))).stream().map(Event::id)
                    .collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(all);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reportsAnEventDamagedInTheDatabaseAsAStoreException() {
        log.append(event("10:00", "link-down", Severity.MAJOR));
        rawSql("UPDATE events SET severity = 'SEVERE'");

        assertThatThrownBy(() -> log.query(EventQuery.between(at("10:00"), at("11:00"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("event 1 is stored but cannot be read back");
    }

    @Test
    void refusesBadEventsWithAClearReasonAndStoresNothing() {
        Map<String, String> tooMany = new HashMap<>();
        for (int i = 0; i <= SqlEventLog.MAX_ATTRIBUTES; i++) {
            tooMany.put("k" + i, "v");
        }
        assertThatThrownBy(() -> log.append(Event.of(Instant.MAX, "t", Severity.INFO, "m")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event time");
        assertThatThrownBy(() -> log.append(event("10:00", "t", Severity.INFO).asAlarm(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("alarm key must not be blank");
        assertThatThrownBy(() -> log.append(Event.of(at("10:00"), "t", Severity.INFO, "a\u0000b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("event message contains a NUL character "
                        + "(at index 1)");
        assertThatThrownBy(() -> log.append(event("10:00", "t", Severity.INFO).withAttributes(Map.of("", "v"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute name must not be blank");
        assertThatThrownBy(() -> log.append(event("10:00", "t", Severity.INFO).withAttributes(tooMany)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("257 attributes");
        assertThatThrownBy(() -> log.query(EventQuery.between(at("11:00"), at("10:00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
        assertThatThrownBy(() -> log.query(EventQuery.between(at("10:00"), at("11:00")).ofType("a\u0000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event type contains a NUL");

        assertThat(log.query(EventQuery.between(Instant.MIN, Instant.MAX))).isEmpty();
    }
}
