package org.nettwin.store.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.Topology;
import org.nettwin.store.BackendContract;
import org.nettwin.store.StoreException;

/** What every {@link NetworkHistory} on SQL must do, run against each backend by the concrete subclasses. */
abstract class NetworkHistoryContract extends BackendContract {

    private static final Network METRO = SampleNetworks.metro();
    private static final Network ABILENE = SampleNetworks.zoo("Abilene");
    private static final Network GEANT = SampleNetworks.zoo("Geant2012");

    private SqlNetworkHistory history;

    @BeforeEach
    void openHistory() {
        history = new SqlNetworkHistory(db, clock);
    }

    static Instant at(String hhmm) {
        return Instant.parse("2025-03-04T" + hhmm + ":00Z");
    }

    private NetworkVersion recordAt(String clockTime, Network network, String validFrom, String reason) {
        clock.set(at(clockTime));
        return history.record(network, at(validFrom), reason);
    }

    @Test
    void readsTheMetroExampleAndTopologyZooNetworksBackEqual() {
        NetworkVersion first = recordAt("10:00", METRO, "10:00", "initial");
        NetworkVersion second = recordAt("10:01", ABILENE, "10:30", "imported from Topology Zoo");
        NetworkVersion third = recordAt("10:02", GEANT, "10:45", "imported from Topology Zoo");

        assertThat(List.of(first.version(), second.version(), third.version())).containsExactly(1L, 2L, 3L);
        assertThat(history.network(1)).contains(METRO);
        assertThat(history.network(2)).contains(ABILENE);
        assertThat(history.network(3)).contains(GEANT);
        assertThat(history.network(4)).isEmpty();
    }

    @Test
    void readsADerivedNetworkBackEqualIncludingItsTopologyVersion() {
        Topology derived = METRO.topology().withoutLink(METRO.topology().links().get(0).id());
        Network changed = METRO.withTopology(derived);
        recordAt("10:00", changed, "10:00", "a link was removed");

        Network read = history.network(1).orElseThrow();

        assertThat(read).isEqualTo(changed);
        assertThat(read.topology().version()).isEqualTo(2);
    }

    @Test
    void stampsEachVersionWithTheClockAsRecordTimeAndKeepsItsValidTimeAndReason() {
        NetworkVersion v = recordAt("10:05", METRO, "09:00", "backfilled from the inventory");

        assertThat(v).isEqualTo(new NetworkVersion(1, at("09:00"), at("10:05"), "backfilled from the inventory"));
        assertThat(history.versionAsOf(at("09:30"), at("10:05"))).contains(v);
    }

    @Test
    void answersAsKnownBeforeAndAfterACorrectionRecordedLater() {
        recordAt("10:00", METRO, "10:00", "initial");
        recordAt("12:00", ABILENE, "12:00", "upgrade");
        recordAt("13:00", GEANT, "11:00", "correction: the change happened at 11:00");

        assertThat(history.asOf(at("11:30"), at("12:30"))).contains(METRO);
        assertThat(history.versionAsOf(at("11:30"), at("12:30")).map(NetworkVersion::version)).contains(1L);
        assertThat(history.asOf(at("11:30"), at("13:00"))).contains(GEANT);
        assertThat(history.asOf(at("11:30"))).contains(GEANT);
        assertThat(history.asOf(at("12:30"))).contains(ABILENE);
        assertThat(history.asOf(at("10:30"), at("13:30"))).contains(METRO);
    }

    @Test
    void prefersTheLaterRecordedOfTwoVersionsWithTheSameValidTime() {
        recordAt("10:00", METRO, "10:00", "initial");
        recordAt("11:00", ABILENE, "10:00", "correction of the initial version");

        assertThat(history.versionAsOf(at("10:00"), at("10:30")).map(NetworkVersion::version)).contains(1L);
        assertThat(history.versionAsOf(at("10:00"), at("11:00")).map(NetworkVersion::version)).contains(2L);
        assertThat(history.asOf(at("10:00"))).contains(ABILENE);
    }

    @Test
    void findsNothingBeforeTheFirstValidTimeOrBeforeAnythingWasRecorded() {
        assertThat(history.asOf(at("10:00"))).isEmpty();
        recordAt("10:00", METRO, "10:00", "initial");

        assertThat(history.asOf(at("09:59"))).isEmpty();
        assertThat(history.asOf(at("10:30"), at("09:00"))).isEmpty();
        assertThat(history.versionAsOf(Instant.MIN, Instant.MAX)).isEmpty();
        assertThat(history.versionAsOf(Instant.MAX, Instant.MAX).map(NetworkVersion::version)).contains(1L);
    }

    @Test
    void keepsRecordTimesStrictlyIncreasingWhenTheClockStandsStillOrStepsBack() {
        NetworkVersion a = recordAt("10:00", METRO, "10:00", "a");
        NetworkVersion b = recordAt("10:00", ABILENE, "10:00", "b: same microsecond, same valid time");
        NetworkVersion c = recordAt("09:00", GEANT, "10:00", "c: the clock stepped back");
        NetworkVersion d = recordAt("11:00", METRO, "10:00", "d");

        assertThat(b.recordedAt()).isEqualTo(a.recordedAt().plusNanos(1000));
        assertThat(c.recordedAt()).isEqualTo(b.recordedAt().plusNanos(1000));
        assertThat(d.recordedAt()).isEqualTo(at("11:00"));
        assertThat(history.versionAsOf(at("10:00"), a.recordedAt())).contains(a);
        assertThat(history.versionAsOf(at("10:00"), b.recordedAt())).contains(b);
        assertThat(history.versionAsOf(at("10:00"), at("10:30"))).contains(c);
        assertThat(history.asOf(at("10:00"), at("10:30"))).contains(GEANT);
    }

    @Test
    void listsVersionsInAHalfOpenValidTimeRangeInValidThenRecordTimeOrder() {
        recordAt("10:00", METRO, "10:00", "v1");
        recordAt("12:00", ABILENE, "12:00", "v2");
        recordAt("13:00", GEANT, "11:00", "v3");
        recordAt("14:00", METRO, "10:00", "v4");

        assertThat(history.versions(at("10:00"), at("12:00"))).extracting(NetworkVersion::version)
                .containsExactly(1L, 4L, 3L);
        assertThat(history.versions(at("10:01"), at("12:01"))).extracting(NetworkVersion::version)
                .containsExactly(3L, 2L);
        assertThat(history.versions(at("12:00"), at("12:00"))).isEmpty();
    }

    @Test
    void keepsValidTimesToTheMicrosecond() {
        Instant fine = Instant.parse("2025-03-04T10:00:00.123456789Z");
        clock.set(at("10:00"));
        NetworkVersion v = history.record(METRO, fine, "fine-grained");

        assertThat(v.validFrom()).isEqualTo(Instant.parse("2025-03-04T10:00:00.123456Z"));
        assertThat(history.asOf(Instant.parse("2025-03-04T10:00:00.1234569Z"), at("11:00"))).contains(METRO);
        assertThat(history.asOf(Instant.parse("2025-03-04T10:00:00.1234559Z"), at("11:00"))).isEmpty();
        assertThat(history.versions(Instant.parse("2025-03-04T10:00:00.1234561Z"), at("11:00"))).isEmpty();
    }

    @Test
    void answersConfigurationAsOfValidAndRecordTimeWithRemovals() {
        config("10:00", "r1", "mtu", "1500", "10:00");
        config("10:00", "r1", "interface/eth0/enabled", "true", "10:00");
        config("10:00", "r2", "mtu", "1400", "10:00");
        config("11:00", "r1", "mtu", "9000", "11:00");
        config("12:00", "r1", "interface/eth0/enabled", null, "12:00");
        config("13:00", "r1", "mtu", "9100", "11:00");

        assertThat(history.configAsOf("r1", at("10:30"), Instant.MAX))
                .isEqualTo(Map.of("mtu", "1500", "interface/eth0/enabled", "true"));
        assertThat(history.configAsOf("r1", at("11:30"), at("12:30")))
                .isEqualTo(Map.of("mtu", "9000", "interface/eth0/enabled", "true"));
        assertThat(history.configAsOf("r1", at("11:30"), at("13:30")))
                .isEqualTo(Map.of("mtu", "9100", "interface/eth0/enabled", "true"));
        assertThat(history.configAsOf("r1", at("12:30"), at("13:30"))).isEqualTo(Map.of("mtu", "9100"));
        assertThat(history.configAsOf("r1", at("12:30"), at("11:30"))).isEqualTo(Map.of("mtu", "9000",
                "interface/eth0/enabled", "true"));
        assertThat(history.configAsOf("r1", at("09:00"), Instant.MAX)).isEmpty();
        assertThat(history.configAsOf("r2", at("12:30"), Instant.MAX)).isEqualTo(Map.of("mtu", "1400"));
        assertThat(history.configAsOf("r9", at("12:30"), Instant.MAX)).isEmpty();
    }

    @Test
    void listsTheConfigurationChangesOfOneDeviceInValidTimeOrder() {
        ConfigChange first = config("10:00", "r1", "mtu", "1500", "10:00");
        config("10:00", "r2", "mtu", "1400", "10:00");
        ConfigChange removal = config("12:00", "r1", "mtu", null, "12:00");
        ConfigChange late = config("13:00", "r1", "mtu", "9100", "11:00");

        assertThat(history.configChanges("r1", at("10:00"), at("13:00"))).containsExactly(first, late, removal);
        assertThat(removal.value()).isEmpty();
        assertThat(removal.recordedAt()).isEqualTo(at("12:00"));
        assertThat(history.configChanges("r1", at("10:01"), at("12:00"))).containsExactly(late);
    }

    @Test
    void tellsAnEmptyValueFromARemovedSetting() {
        config("10:00", "r1", "description", "", "10:00");
        config("10:00", "r1", "banner", "hello", "10:00");
        config("10:01", "r1", "banner", null, "10:01");

        assertThat(history.configAsOf("r1", at("11:00"), Instant.MAX)).isEqualTo(Map.of("description", ""));
    }

    @Test
    void keepsVersionsAndConfigurationAcrossCloseAndReopen() {
        NetworkVersion v1 = recordAt("10:00", METRO, "10:00", "initial");
        ConfigChange change = config("10:00", "r1", "mtu", "1500", "10:00");
        clock.set(at("09:00"));

        history = new SqlNetworkHistory(reopen(), clock);

        assertThat(history.versions(Instant.MIN, Instant.MAX)).containsExactly(v1);
        assertThat(history.network(1)).contains(METRO);
        assertThat(history.configChanges("r1", Instant.MIN, Instant.MAX)).containsExactly(change);
        NetworkVersion v2 = history.record(ABILENE, at("11:00"), "after restart");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.recordedAt()).isAfter(v1.recordedAt());
        assertThat(history.configAsOf("r1", at("11:00"), Instant.MAX)).isEqualTo(Map.of("mtu", "1500"));
    }

    @Test
    void refusesBadInputWithAClearReasonAndStoresNothing() {
        assertThatThrownBy(() -> history.record(METRO, Instant.MAX, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid time").hasMessageContaining("outside the storable range");
        assertThatThrownBy(() -> history.record(METRO, at("10:00"), "nul\u0000")).isInstanceOf(
                IllegalArgumentException.class).hasMessage("reason contains a NUL character (at index 3)");
        assertThatThrownBy(() -> history.recordConfig(" ", "mtu", Optional.of("1"), at("10:00"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("device must not be blank");
        assertThatThrownBy(() -> history.recordConfig("r1", "k".repeat(513), Optional.of("1"), at("10:00"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("configuration key is 513");
        assertThatThrownBy(() -> history.recordConfig("r1", "mtu", Optional.of("\uD800"), at("10:00"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> history.versions(at("11:00"), at("10:00"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("reversed");
        assertThatThrownBy(() -> history.network(0)).isInstanceOf(IllegalArgumentException.class);

        assertThat(history.versions(Instant.MIN, Instant.MAX)).isEmpty();
        assertThat(history.configChanges("r1", Instant.MIN, Instant.MAX)).isEmpty();
    }

    @Test
    void reportsAStoredNetworkThatNoLongerParsesAsAStoreException() {
        recordAt("10:00", METRO, "10:00", "initial");
        rawSql("UPDATE network_versions SET network = '{\"format\": \"nettwin-topology/1\"' WHERE version = 1");

        assertThatThrownBy(() -> history.network(1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("network version 1 is stored but cannot be read back");
    }

    @Test
    void reportsAFailedDatabaseAsAStoreExceptionSayingWhatFailed() {
        db.close();

        assertThatThrownBy(() -> history.record(METRO, at("10:00"), "x")).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot record a network version: ").hasMessageContaining("closed");
    }

    private ConfigChange config(String clockTime, String device, String key, String value, String validFrom) {
        clock.set(at(clockTime));
        return history.recordConfig(device, key, Optional.ofNullable(value), at(validFrom), "test");
    }
}
