package org.nettwin.telemetry.gnmi.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.SubscriptionList;
import org.nettwin.telemetry.gnmi.proto.SubscriptionMode;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;
import org.nettwin.telemetry.health.SourceReport;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.CollectorFactory;
import org.nettwin.telemetry.spi.ReconfigurableCollector;
import org.nettwin.telemetry.spi.Target;

class GnmiCollectorTest {

    private static final CertificateAuthority CA = CertificateAuthority.create("gnmi collector test CA");
    private static final Credentials USER = new Credentials("telemetry", "s3cret-pass");
    private static final String IN_OCTETS = "/interfaces/interface[name=eth0]/state/counters/in-octets";

    private final List<Measurement> received = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private static Notification counter(long seq) {
        return Notification.newBuilder().setTimestamp(1_700_000_000_000_000_000L + seq)
                .setPrefix(Path.newBuilder().setTarget("r1"))
                .addUpdate(Update.newBuilder().setPath(PathText.parse(IN_OCTETS))
                        .setVal(TypedValue.newBuilder().setUintVal(seq))).build();
    }

    private ScriptedTarget target(java.util.function.LongFunction<Notification> script) throws Exception {
        ScriptedTarget target = new ScriptedTarget(CA.issueForLoopback("r1"), USER, 20, script).start();
        toClose.add(target);
        return target;
    }

    private Map<String, String> settings(ScriptedTarget target, String password) {
        Map<String, String> s = new HashMap<>();
        s.put("address", target.address());
        s.put("username", USER.username());
        s.put("password", password);
        s.put("tls.ca", CA.certificatePem());
        s.put("interval", "PT0.5S");
        return s;
    }

    private ReconfigurableCollector collector(Map<String, String> defaults, List<Target> targets) {
        GnmiCollector collector = new GnmiCollector(defaults, targets, java.time.Clock.systemUTC());
        toClose.add(collector);
        collector.start(received::add);
        return collector;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static SourceReport report(Collector collector, String source) {
        return collector.health().report(source).orElseThrow();
    }

    @Test
    void deliversMeasurementsOverTlsWithCredentialsThroughTheFactory() throws Exception {
        ScriptedTarget target = target(GnmiCollectorTest::counter);
        Map<String, String> settings = new HashMap<>();
        settings(target, USER.secret()).forEach((k, v) -> settings.put("target.r1." + k, v));
        CollectorFactory factory = ServiceLoader.load(CollectorFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.kind().equals("gnmi")).findFirst().orElseThrow();
        Collector collector = factory.create(settings);
        toClose.add(collector);

        collector.start(received::add);

        await("three measurements", () -> received.size() >= 3);
        Measurement m = received.get(0);
        assertThat(m.source()).isEqualTo("r1");
        assertThat(m.name()).isEqualTo(IN_OCTETS);
        assertThat(m.labels()).isEqualTo(Map.of("target", "r1"));
        assertThat(m.value()).isInstanceOf(MeasuredValue.Numeric.class);
        assertThat(m.sourceTimeNanos().getAsLong()).isGreaterThan(1_700_000_000_000_000_000L);
        await("connected", () -> report(collector, "r1").connected());
        SubscriptionList list = target.requests.get(0).getSubscribe();
        assertThat(list.getMode()).isEqualTo(SubscriptionList.Mode.STREAM);
        assertThat(list.getSubscriptionList()).extracting(s -> s.getPath().getElem(0).getName())
                .containsExactly("interfaces", "qos", "components", "system");
        assertThat(list.getSubscription(0).getMode()).isEqualTo(SubscriptionMode.SAMPLE);
        assertThat(list.getSubscription(0).getSampleInterval()).isEqualTo(500_000_000L);
    }

    @Test
    void reconnectsAfterTheTargetRestarts() throws Exception {
        ScriptedTarget target = target(GnmiCollectorTest::counter);
        ReconfigurableCollector collector = collector(settings(target, USER.secret()), List.of(new Target("r1",
                Map.of())));
        await("first measurements", () -> received.size() >= 2);

        target.stop();
        await("the loss noticed", () -> report(collector, "r1").errors() >= 1 && !report(collector, "r1").connected());
        target.startOn(target.port());
        int before = received.size();

        await("measurements after the restart", () -> received.size() > before + 2);
        assertThat(target.subscribes.get()).isGreaterThanOrEqualTo(2);
        await("connected again", () -> report(collector, "r1").connected());
    }

    @Test
    void countsRefusedCredentials() throws Exception {
        ScriptedTarget target = target(GnmiCollectorTest::counter);
        ReconfigurableCollector collector = collector(settings(target, "wrong"), List.of(new Target("r1", Map.of())));

        await("refusals", () -> collector.health().refused().getOrDefault("unauthenticated", 0L) >= 2);
        assertThat(report(collector, "r1").errors()).isGreaterThanOrEqualTo(2);
        assertThat(report(collector, "r1").lastError()).get().asString().doesNotContain("wrong", USER.secret());
        assertThat(received).isEmpty();
    }

    @Test
    void countsAnUntrustedServerCertificate() throws Exception {
        CertificateAuthority stranger = CertificateAuthority.create("not trusted");
        ScriptedTarget target = new ScriptedTarget(stranger.issueForLoopback("r1"), USER, 20,
                GnmiCollectorTest::counter).start();
        toClose.add(target);
        ReconfigurableCollector collector = collector(settings(target, USER.secret()), List.of(new Target("r1",
                Map.of())));

        await("a TLS refusal", () -> collector.health().refused().getOrDefault("tls", 0L) >= 1);
        assertThat(report(collector, "r1").connected()).isFalse();
        assertThat(received).isEmpty();
        assertThat(target.subscribes.get()).isZero();
    }

    @Test
    void refusesACertificateThatDoesNotMatchTheServerName() throws Exception {
        ScriptedTarget target = target(GnmiCollectorTest::counter);
        Map<String, String> settings = settings(target, USER.secret());
        settings.put("tls.server-name", "router.example.net");
        ReconfigurableCollector collector = collector(settings, List.of(new Target("r1", Map.of())));

        await("a TLS refusal", () -> collector.health().refused().getOrDefault("tls", 0L) >= 1);
        assertThat(received).isEmpty();
        assertThat(target.subscribes.get()).isZero();
    }

    @Test
    void addsAndRemovesTargetsAtRunTime() throws Exception {
        ScriptedTarget target = target(GnmiCollectorTest::counter);
        ReconfigurableCollector collector = collector(Map.of("tls.ca", CA.certificatePem()), List.of());
        Map<String, String> own = settings(target, USER.secret());
        own.remove("tls.ca");

        collector.add(new Target("r1", own));
        await("measurements from the added target", () -> received.size() >= 2);
        assertThat(collector.targets()).containsExactly("r1");

        collector.remove("r1");
        assertThat(collector.targets()).isEmpty();
        await("the call cancelled at the target", () -> target.open.get() == 0);
        assertThat(collector.health().report("r1")).isEmpty();
    }

    @Test
    void countsMalformedNotificationsWhileGoodOnesFlow() throws Exception {
        ScriptedTarget target = target(seq -> seq % 2 == 0 ? counter(seq) : counter(seq).toBuilder()
                .setUpdate(0, Update.newBuilder().setPath(PathText.parse(IN_OCTETS))).build());
        ReconfigurableCollector collector = collector(settings(target, USER.secret()), List.of(new Target("r1",
                Map.of())));

        await("good and bad notifications", () -> received.size() >= 3
                && report(collector, "r1").rejected().getOrDefault("no-value", 0L) >= 3);
        assertThat(report(collector, "r1").errors()).isZero();
        assertThat(target.subscribes.get()).isEqualTo(1);
    }
}
