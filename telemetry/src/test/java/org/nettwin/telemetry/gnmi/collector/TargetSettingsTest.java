package org.nettwin.telemetry.gnmi.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.spi.Target;

class TargetSettingsTest {

    @Test
    void readsDefaultsUnderTheTargetsOwnSettings() {
        TargetSettings s = TargetSettings.of(new Target("r1", Map.of("address", "127.0.0.1:9339", "mode", "poll")),
                Map.of("interval", "250", "mode", "on-change", "tls", "off", "username", "u", "password", "p"));

        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(9339);
        assertThat(s.mode()).isEqualTo(CollectMode.POLL);
        assertThat(s.interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.paths()).hasSize(4);
        assertThat(s.credentials()).get().extracting(c -> c.username()).isEqualTo("u");
        assertThat(s.toString()).doesNotContain("=p").contains("user u");
    }

    @Test
    void readsOnChangePathsForStreamModesOnly() {
        TargetSettings s = TargetSettings.of(new Target("r1", Map.of("address", "127.0.0.1:9339")), Map.of("tls", "off",
                "on-change-paths", "/interfaces/interface/state/oper-status, /system/state/boot-time"));
        assertThat(s.onChangePaths()).extracting(TargetSettingsTest::text).containsExactly(
                "/interfaces/interface/state/oper-status", "/system/state/boot-time");
        assertThat(TargetSettings.of(new Target("r1", Map.of("address", "127.0.0.1:9339")), Map.of("tls", "off"))
                .onChangePaths()).isEmpty();
        assertThatThrownBy(() -> TargetSettings.of(new Target("r3", Map.of("address", "h:1", "mode", "poll",
                "on-change-paths", "/interfaces")), Map.of())).hasMessage(
                "gnmi target r3: setting 'on-change-paths' needs a STREAM mode (sample, on-change or target-defined)");
        assertThatThrownBy(() -> TargetSettings.of(new Target("r3", Map.of("address", "h:1", "on-change-paths",
                "/a[b")), Map.of())).hasMessageStartingWith("gnmi target r3: setting 'on-change-paths'");
    }

    @Test
    void namesTheTargetAndTheBadSetting() {
        assertThatThrownBy(() -> TargetSettings.of(new Target("r2", Map.of()), Map.of()))
                .hasMessage("target r2: setting 'address' is missing");
        assertThatThrownBy(() -> TargetSettings.of(new Target("r2", Map.of("address", "h:x")), Map.of()))
                .hasMessage("gnmi target r2: setting 'address' has no valid port");
        assertThatThrownBy(() -> TargetSettings.of(new Target("r2", Map.of("address", "h:1", "mode", "often")),
                Map.of())).hasMessageStartingWith("gnmi target r2: setting 'mode' must be");
        assertThatThrownBy(() -> TargetSettings.of(new Target("r2", Map.of("address", "h:1", "interval", "soon")),
                Map.of())).hasMessageStartingWith("gnmi target r2: setting 'interval'");
        assertThatThrownBy(() -> TargetSettings.of(new Target("r2", Map.of("address", "h:1", "paths", "/a[b")),
                Map.of())).hasMessageStartingWith("gnmi target r2: setting 'paths'");
        assertThatThrownBy(() -> TargetSettings.of(new Target("r2", Map.of("address", "h:1", "password",
                "hunter2")), Map.of())).hasMessage("gnmi target r2: settings 'username' and 'password' go together");
    }

    @Test
    void factorySplitsTargetsFromDefaults() {
        GnmiCollectorFactory factory = new GnmiCollectorFactory();
        try (var collector = (GnmiCollector) factory.create(Map.of("tls", "off", "target.r1.address", "h:1",
                "target.r.2.address", "h:2", "targets", "r.2"))) {
            assertThat(collector.targets()).containsExactlyInAnyOrder("r1", "r.2");
        }
        assertThat(factory.kind()).isEqualTo("gnmi");
    }

    private static String text(org.nettwin.telemetry.gnmi.proto.Path path) {
        StringBuilder b = new StringBuilder();
        PathText.append(path, b);
        return b.toString();
    }
}
