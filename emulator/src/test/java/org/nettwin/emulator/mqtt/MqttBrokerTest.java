package org.nettwin.emulator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.junit.jupiter.api.Test;

class MqttBrokerTest {

    @Test
    void listensOnTlsOnlyOnLoopbackWithAFreePort() {
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1"))) {
            assertThat(f.broker.uri().getScheme()).isEqualTo("ssl");
            assertThat(f.broker.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(f.broker.port()).isPositive();
        }
    }

    @Test
    void refusesWrongPasswordsAndUnknownUsersAndCountsThem() throws Exception {
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1"))) {
            MqttClient c = f.client("intruder");
            assertThatThrownBy(() -> c.connect(f.options("gnb1/c1", "wrong"))).isInstanceOf(MqttSecurityException.class);
            assertThatThrownBy(() -> c.connect(f.options("nobody", "x"))).isInstanceOf(MqttSecurityException.class);
            assertThatThrownBy(() -> c.connect(f.options("gnb1/c1", null))).isInstanceOf(MqttSecurityException.class);
            assertThat(f.broker.refused()).containsEntry("bad-password", 1L).containsEntry("unknown-user", 1L)
                    .containsEntry("missing-password", 1L);
        }
    }

    @Test
    void refusesAnonymousClientsAndCountsThem() throws Exception {
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1"))) {
            MqttClient c = f.client("anonymous");
            assertThatThrownBy(() -> c.connect(f.options(null, null))).isInstanceOf(MqttSecurityException.class);
            assertThat(f.broker.refused()).containsEntry("anonymous", 1L).hasSize(1);
            assertThat(f.broker.connectedClients()).isEmpty();
        }
    }

    @Test
    void reservesEachDevicesClientIdToItsOwnAccount() throws Exception {
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1", "gnb1/c2"))) {
            MqttClient device = f.client("gnb1/c1");
            device.connect(f.options("gnb1/c1", "secret-of-gnb1/c1"));
            MqttClient impostor = f.client("gnb1/c1");
            assertThatThrownBy(() -> impostor.connect(f.options("gnb1/c2", "secret-of-gnb1/c2")))
                    .isInstanceOf(MqttSecurityException.class);
            MqttClient collector = f.client("gnb1/c1");
            assertThatThrownBy(() -> collector.connect(f.options(MqttFixture.COLLECTOR.username(),
                    MqttFixture.COLLECTOR.secret()))).isInstanceOf(MqttSecurityException.class);
            assertThat(f.broker.refused()).containsEntry("client-id-mismatch", 2L);
            assertThat(device.isConnected()).isTrue();
        }
    }

    @Test
    void readsTheUserNameAndPasswordFlagsOfAConnectPacket() {
        byte[] anonymous = {0x10, 0x0c, 0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 60};
        byte[] noPassword = {0x10, 0x0c, 0, 4, 'M', 'Q', 'T', 'T', 4, (byte) 0x82, 0, 60};
        byte[] both = {0x10, 0x0c, 0, 4, 'M', 'Q', 'T', 'T', 4, (byte) 0xc2, 0, 60};
        byte[] publish = {0x30, 0x02, 0, 0};
        assertThat(ConnectWatchingEngine.refusal(anonymous, anonymous.length)).isEqualTo("anonymous");
        assertThat(ConnectWatchingEngine.refusal(noPassword, noPassword.length)).isEqualTo("missing-password");
        assertThat(ConnectWatchingEngine.refusal(both, both.length)).isNull();
        assertThat(ConnectWatchingEngine.refusal(publish, publish.length)).isNull();
        assertThat(ConnectWatchingEngine.refusal(anonymous, 5)).isNull();
    }

    @Test
    void letsADevicePublishOnlyUnderItsOwnTopics() throws Exception {
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1", "gnb1/c2"))) {
            var got = f.subscribe("nettwin/#");
            MqttClient c1 = f.client("gnb1/c1");
            c1.connect(f.options("gnb1/c1", "secret-of-gnb1/c1"));
            c1.publish("nettwin/cells/gnb1/c2/kpi", "{\"spoofed\":1}".getBytes(StandardCharsets.UTF_8), 0, false);
            c1.publish("elsewhere/x", "{}".getBytes(StandardCharsets.UTF_8), 0, false);
            c1.publish("nettwin/cells/gnb1/c1/kpi", "{\"own\":1}".getBytes(StandardCharsets.UTF_8), 1, false);
            String first = got.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first).isEqualTo("nettwin/cells/gnb1/c1/kpi {\"own\":1}");
            assertThat(f.broker.refused()).containsEntry("publish-denied", 2L);
            assertThat(f.broker.published("nettwin/cells/gnb1/c2/kpi")).isZero();
            assertThat(got).isEmpty();
        }
    }

    @Test
    void refusesSubscriptionsOfDevices() throws Exception {
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1"))) {
            MqttClient c1 = f.client("gnb1/c1");
            c1.connect(f.options("gnb1/c1", "secret-of-gnb1/c1"));
            assertThatThrownBy(() -> c1.subscribe("nettwin/#", 1)).isInstanceOf(MqttException.class);
            assertThat(f.broker.refused()).containsEntry("subscribe-denied", 1L);
        }
    }

    @Test
    void closingStopsTheBrokersThreads() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        MqttFixture f = new MqttFixture(List.of("gnb1/c1"));
        MqttClient c1 = f.client("gnb1/c1");
        c1.connect(f.options("gnb1/c1", "secret-of-gnb1/c1"));
        f.close();
        f.broker.close();
        MqttFixture.await("broker threads to end", () -> leftovers(before).isEmpty());
    }

    private static List<String> leftovers(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                // Netty's process-wide helpers end on their own after an idle second or live for the JVM.
                .map(Thread::getName)
                .filter(n -> !n.startsWith("globalEventExecutor") && !n.startsWith("ObjectCleanerThread"))
                .collect(Collectors.toList());
    }
}
