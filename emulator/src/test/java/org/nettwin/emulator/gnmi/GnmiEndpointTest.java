package org.nettwin.emulator.gnmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.telemetry.gnmi.proto.CapabilityRequest;
import org.nettwin.telemetry.gnmi.proto.CapabilityResponse;
import org.nettwin.telemetry.gnmi.proto.Encoding;
import org.nettwin.telemetry.gnmi.proto.GetRequest;
import org.nettwin.telemetry.gnmi.proto.ModelData;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.Poll;
import org.nettwin.telemetry.gnmi.proto.SetRequest;
import org.nettwin.telemetry.gnmi.proto.SubscribeRequest;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.Subscription;
import org.nettwin.telemetry.gnmi.proto.SubscriptionList;
import org.nettwin.telemetry.gnmi.proto.SubscriptionMode;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;

class GnmiEndpointTest {

    private static final CertificateAuthority CA = CertificateAuthority.create("gnmi endpoint test CA");
    private static final Credentials R1 = new Credentials("admin", "r1-pass");
    private static final Credentials R2 = new Credentials("admin", "r2-pass");
    private static final long STEP = 1_000_000L;

    private final FakeDevice r1 = new FakeDevice("r1", 3, STEP);
    private final FakeDevice r2 = new FakeDevice("r2", 2, STEP);
    private GnmiEndpoint endpoint;
    private GnmiClient client;

    @BeforeEach
    void start() {
        GnmiEndpointSettings settings = GnmiEndpointSettings.of(TlsOptions.of(CA, Optional.of(
                CA.issueForLoopback("routers"))), Map.of("r1", R1, "r2", R2))
                .withIdentities(Map.of("r2", CA.issueForLoopback("r2")))
                .withMinimumSampleInterval(Duration.ofMillis(50));
        endpoint = GnmiEndpoint.start(List.of(r1, r2), settings);
        client = new GnmiClient(endpoint.addresses().get("r1"), CA, R1);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        endpoint.close();
    }

    private static SubscribeRequest subscribe(SubscriptionList.Mode mode, Subscription... subscriptions) {
        return SubscribeRequest.newBuilder().setSubscribe(SubscriptionList.newBuilder().setMode(mode)
                .setEncoding(Encoding.PROTO).addAllSubscription(List.of(subscriptions))).build();
    }

    private static Subscription sub(String path, SubscriptionMode mode, long intervalNanos) {
        return Subscription.newBuilder().setPath(GnmiPaths.parse(path)).setMode(mode).setSampleInterval(intervalNanos)
                .build();
    }

    private static List<String> paths(Notification n) {
        return n.getUpdateList().stream().map(u -> GnmiPaths.render(u.getPath())).toList();
    }

    @Test
    void refusesMissingOrWrongCredentialsAndCountsThem() throws Exception {
        try (GnmiClient anonymous = new GnmiClient(endpoint.addresses().get("r1"), CA, null);
             GnmiClient wrong = new GnmiClient(endpoint.addresses().get("r1"), CA, R2)) {
            assertThatThrownBy(() -> anonymous.blocking.capabilities(CapabilityRequest.getDefaultInstance()))
                    .isInstanceOf(StatusRuntimeException.class)
                    .extracting(e -> ((StatusRuntimeException) e).getStatus().getCode())
                    .isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThatThrownBy(() -> wrong.blocking.capabilities(CapabilityRequest.getDefaultInstance()))
                    .hasMessageStartingWith("UNAUTHENTICATED").hasMessageNotContaining("r2-pass");
        }
        assertThat(endpoint.refusedCalls("r1")).isEqualTo(2);
        assertThat(client.blocking.capabilities(CapabilityRequest.getDefaultInstance()).getGNMIVersion())
                .isEqualTo("0.7.0");
        assertThat(endpoint.refusedCalls("r1")).isEqualTo(2);
        assertThat(endpoint.refusedCalls("r2")).isZero();
    }

    @Test
    void servesEachDeviceOnItsOwnAddressWithItsOwnIdentity() throws Exception {
        assertThat(endpoint.addresses()).containsOnlyKeys("r1", "r2");
        assertThat(endpoint.addresses().get("r1")).isNotEqualTo(endpoint.addresses().get("r2"));
        try (GnmiClient two = new GnmiClient(endpoint.addresses().get("r2"), CA, R2)) {
            Notification n = two.blocking.get(GetRequest.newBuilder().addPath(GnmiPaths.parse("/system")).build())
                    .getNotification(0);
            assertThat(n.getPrefix().getTarget()).isEqualTo("r2");
            assertThat(n.getUpdate(0).getVal().getStringVal()).isEqualTo("r2");
        }
    }

    @Test
    void answersCapabilities() {
        CapabilityResponse caps = client.blocking.capabilities(CapabilityRequest.getDefaultInstance());

        assertThat(caps.getSupportedModelsList()).extracting(ModelData::getName).containsExactly(
                "openconfig-interfaces", "openconfig-qos", "openconfig-platform", "openconfig-system");
        assertThat(caps.getSupportedEncodingsList()).containsExactly(Encoding.JSON_IETF, Encoding.PROTO);
    }

    @Test
    void getsWithWildcardAndMissingKeysAtTheDevicesTime() {
        Notification star = client.blocking.get(GetRequest.newBuilder()
                .addPath(GnmiPaths.parse("/interfaces/interface[name=*]/state/oper-status")).build()).getNotification(0);
        Notification missing = client.blocking.get(GetRequest.newBuilder()
                .setPrefix(GnmiPaths.parse("/interfaces/interface"))
                .addPath(GnmiPaths.parse("/state/counters/in-octets")).build()).getNotification(0);

        assertThat(paths(star)).containsExactly("/interfaces/interface[name=eth0]/state/oper-status",
                "/interfaces/interface[name=eth1]/state/oper-status",
                "/interfaces/interface[name=eth2]/state/oper-status");
        assertThat(star.getUpdate(0).getVal().getStringVal()).isEqualTo("UP");
        assertThat(star.getTimestamp()).isGreaterThan(FakeDevice.CLOCK_START);
        assertThat(star.getPrefix().getTarget()).isEqualTo("r1");
        assertThat(missing.getUpdateList()).hasSize(3).allMatch(u -> u.getVal().hasUintVal());
        assertThatThrownBy(() -> client.blocking.get(GetRequest.newBuilder()
                .addPath(GnmiPaths.parse("/nothing/here")).build())).hasMessageStartingWith("NOT_FOUND");
    }

    @Test
    void setChangesTheDeviceAndRefusesBadPaths() {
        client.blocking.set(SetRequest.newBuilder().setPrefix(GnmiPaths.parse("/interfaces/interface[name=eth1]"))
                .addUpdate(Update.newBuilder().setPath(GnmiPaths.parse("/config/enabled"))
                        .setVal(TypedValue.newBuilder().setBoolVal(false))).build());
        assertThat(r1.value("/interfaces/interface[name=eth1]/config/enabled")).isEqualTo(new LeafValue.Flag(false));

        SetRequest bad = SetRequest.newBuilder()
                .addUpdate(Update.newBuilder().setPath(GnmiPaths.parse("/interfaces/interface[name=eth0]/config/"
                        + "description")).setVal(TypedValue.newBuilder().setStringVal("changed")))
                .addUpdate(Update.newBuilder().setPath(GnmiPaths.parse("/system/state/hostname"))
                        .setVal(TypedValue.newBuilder().setStringVal("x"))).build();
        assertThatThrownBy(() -> client.blocking.set(bad)).hasMessageStartingWith("INVALID_ARGUMENT")
                .hasMessageContaining("/system/state/hostname");
        assertThat(r1.value("/interfaces/interface[name=eth0]/config/description"))
                .isEqualTo(new LeafValue.Text("port 0"));
        assertThatThrownBy(() -> client.blocking.set(SetRequest.newBuilder().addDelete(GnmiPaths.parse(
                "/interfaces/interface[name=eth0]/config/description")).build()))
                .hasMessageStartingWith("INVALID_ARGUMENT").hasMessageContaining("delete");
    }

    @Test
    void onceSendsEverythingThenSyncThenEnds() throws Exception {
        GnmiClient.Stream stream = client.subscribe(subscribe(SubscriptionList.Mode.ONCE,
                sub("/interfaces", SubscriptionMode.TARGET_DEFINED, 0)));

        assertThat(stream.next().getUpdate().getUpdateCount()).isEqualTo(15);
        assertThat(stream.next().getSyncResponse()).isTrue();
        assertThat(stream.status().getCode()).isEqualTo(Status.Code.OK);
    }

    @Test
    void pollAnswersEachPoll() throws Exception {
        GnmiClient.Stream stream = client.subscribe(subscribe(SubscriptionList.Mode.POLL,
                sub("/system", SubscriptionMode.TARGET_DEFINED, 0)));
        assertThat(stream.next().getUpdate().getUpdateCount()).isEqualTo(1);
        assertThat(stream.next().getSyncResponse()).isTrue();

        for (int i = 0; i < 3; i++) {
            stream.requests.onNext(SubscribeRequest.newBuilder().setPoll(Poll.getDefaultInstance()).build());
            assertThat(paths(stream.next().getUpdate())).containsExactly("/system/state/hostname");
            assertThat(stream.next().getSyncResponse()).isTrue();
        }
        stream.requests.onCompleted();
        assertThat(stream.status().getCode()).isEqualTo(Status.Code.OK);
    }

    @Test
    void streamSendsTheFirstSetThenSyncThenSamplesAtTheInterval() throws Exception {
        long start = System.nanoTime();
        GnmiClient.Stream stream = client.subscribe(subscribe(SubscriptionList.Mode.STREAM,
                sub("/interfaces/interface/state/counters", SubscriptionMode.SAMPLE, 100_000_000L)));

        assertThat(stream.next().getUpdate().getUpdateCount()).isEqualTo(6);
        assertThat(stream.next().getSyncResponse()).isTrue();
        long last = 0;
        for (int i = 0; i < 8; i++) {
            Notification n = stream.next().getUpdate();
            assertThat(n.getUpdateCount()).isEqualTo(6);
            assertThat(n.getTimestamp()).isGreaterThan(last);
            last = n.getTimestamp();
        }
        assertThat(System.nanoTime() - start).as("8 samples 100 ms apart").isGreaterThanOrEqualTo(700_000_000L);
        stream.requests.onCompleted();
    }

    @Test
    void refusesASampleIntervalBelowTheMinimum() throws Exception {
        GnmiClient.Stream stream = client.subscribe(subscribe(SubscriptionList.Mode.STREAM,
                sub("/interfaces", SubscriptionMode.SAMPLE, 10_000_000L)));

        Status status = stream.status();
        assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(status.getDescription()).contains("/interfaces", "minimum");
    }

    @Test
    void onChangeSendsTheChangedLeaf() throws Exception {
        GnmiClient.Stream stream = client.subscribe(subscribe(SubscriptionList.Mode.STREAM,
                sub("/interfaces/interface[name=eth1]/state/oper-status", SubscriptionMode.ON_CHANGE, 0)));
        assertThat(stream.next().getUpdate().getUpdate(0).getVal().getStringVal()).isEqualTo("UP");
        assertThat(stream.next().getSyncResponse()).isTrue();

        r1.set("/interfaces/interface[name=eth0]/state/oper-status", new LeafValue.Text("DOWN"));
        r1.set("/interfaces/interface[name=eth1]/state/oper-status", new LeafValue.Text("DOWN"));

        Notification n = stream.next().getUpdate();
        assertThat(paths(n)).containsExactly("/interfaces/interface[name=eth1]/state/oper-status");
        assertThat(n.getUpdate(0).getVal().getStringVal()).isEqualTo("DOWN");
        stream.requests.onCompleted();
        assertThat(stream.status().getCode()).isEqualTo(Status.Code.OK);
        assertThat(r1.listeners()).isZero();
    }

    @Test
    void targetDefinedSamplesCountersAndSendsStateOnChange() throws Exception {
        GnmiClient.Stream stream = client.subscribe(SubscribeRequest.newBuilder().setSubscribe(SubscriptionList
                .newBuilder().setUpdatesOnly(true).addSubscription(sub("/interfaces/interface[name=eth2]",
                        SubscriptionMode.TARGET_DEFINED, 0))).build());
        assertThat(stream.next().getSyncResponse()).isTrue();

        r1.set("/interfaces/interface[name=eth2]/config/description", new LeafValue.Text("uplink"));

        boolean sawChange = false;
        boolean sawSample = false;
        // The change may race with the subscription's on-change registration on a loaded machine: change the leaf
        // again on every sample until a change notification arrives (at most a minute of samples).
        for (int i = 0; i < 60 && !(sawChange && sawSample); i++) {
            Notification n = stream.next().getUpdate();
            sawChange |= paths(n).equals(List.of("/interfaces/interface[name=eth2]/config/description"));
            boolean sample = paths(n).equals(List.of("/interfaces/interface[name=eth2]/state/counters/in-octets",
                    "/interfaces/interface[name=eth2]/state/counters/out-octets"));
            sawSample |= sample;
            if (sample && !sawChange) {
                r1.set("/interfaces/interface[name=eth2]/config/description", new LeafValue.Text("uplink-" + i));
            }
        }
        assertThat(sawChange).as("an on-change notification").isTrue();
        assertThat(sawSample).as("a sampled notification").isTrue();
        stream.requests.onCompleted();
    }

    @Test
    void streamedNotificationsSufferTheDevicesWireFlaws() throws Exception {
        r1.flawScript.addAll(List.of(org.nettwin.emulator.device.Delivery.DUPLICATE,
                org.nettwin.emulator.device.Delivery.MALFORMED, org.nettwin.emulator.device.Delivery.DROP));
        GnmiClient.Stream stream = client.subscribe(SubscribeRequest.newBuilder().setSubscribe(SubscriptionList
                .newBuilder().setUpdatesOnly(true).addSubscription(sub("/system", SubscriptionMode.SAMPLE,
                        50_000_000L))).build());
        assertThat(stream.next().getSyncResponse()).isTrue();

        Notification first = stream.next().getUpdate();
        Notification again = stream.next().getUpdate();
        Notification malformed = stream.next().getUpdate();
        Notification afterDrop = stream.next().getUpdate();

        assertThat(again).isEqualTo(first);
        assertThat(malformed.getUpdate(0).getVal().getValueCase()).isEqualTo(TypedValue.ValueCase.VALUE_NOT_SET);
        assertThat(malformed.getUpdate(0).getPath().getElem(0).getName()).isEmpty();
        assertThat(malformed.getTimestamp() - first.getTimestamp()).isEqualTo(STEP);
        assertThat(afterDrop.getTimestamp() - malformed.getTimestamp()).as("one sample dropped").isEqualTo(2 * STEP);
        stream.requests.onCompleted();
    }

    @Test
    void suppressesRedundantSamplesUntilTheHeartbeat() throws Exception {
        Subscription quiet = sub("/system", SubscriptionMode.SAMPLE, 50_000_000L).toBuilder()
                .setSuppressRedundant(true).setHeartbeatInterval(300_000_000L).build();
        GnmiClient.Stream stream = client.subscribe(SubscribeRequest.newBuilder().setSubscribe(SubscriptionList
                .newBuilder().addSubscription(quiet)).build());
        Notification initial = stream.next().getUpdate();
        assertThat(stream.next().getSyncResponse()).isTrue();

        Notification first = stream.next().getUpdate();
        Notification second = stream.next().getUpdate();

        assertThat(paths(first)).containsExactly("/system/state/hostname");
        assertThat(paths(second)).containsExactly("/system/state/hostname");
        assertThat(second.getTimestamp() - first.getTimestamp()).as("unchanged samples suppressed between heartbeats")
                .isGreaterThanOrEqualTo(2 * STEP);
        assertThat(initial.getUpdateCount()).isEqualTo(1);
        stream.requests.onCompleted();
    }

    @Test
    void aLateNotificationArrivesAfterLaterSamples() throws Exception {
        r1.flawScript.add(org.nettwin.emulator.device.Delivery.LATE);
        GnmiClient.Stream stream = client.subscribe(SubscribeRequest.newBuilder().setSubscribe(SubscriptionList
                .newBuilder().setUpdatesOnly(true).addSubscription(sub("/system", SubscriptionMode.SAMPLE,
                        50_000_000L))).build());
        assertThat(stream.next().getSyncResponse()).isTrue();

        long firstSeen = stream.next().getUpdate().getTimestamp();
        long late;
        do {
            late = stream.next().getUpdate().getTimestamp();
        } while (late > firstSeen);

        assertThat(late).isEqualTo(firstSeen - STEP);
        stream.requests.onCompleted();
    }

    @Test
    void streamsGoQuietWhileTheDeviceIsUnreachable() throws Exception {
        GnmiClient.Stream stream = client.subscribe(SubscribeRequest.newBuilder().setSubscribe(SubscriptionList
                .newBuilder().setUpdatesOnly(true).addSubscription(sub("/system", SubscriptionMode.SAMPLE,
                        50_000_000L))).build());
        assertThat(stream.next().getSyncResponse()).isTrue();
        long before = stream.next().getUpdate().getTimestamp();

        r1.reachable = false;
        while (r1.unreachableAnswers.get() < 6) {
            Thread.sleep(10);
        }
        for (SubscribeResponse r = stream.responses.poll(); r != null; r = stream.responses.poll()) {
            before = Math.max(before, r.getUpdate().getTimestamp());
        }
        r1.reachable = true;
        long after = stream.next().getUpdate().getTimestamp();

        assertThat(after - before).as("no samples taken while unreachable").isLessThanOrEqualTo(2 * STEP);
        stream.requests.onCompleted();
    }

    @Test
    void anUnreachableDeviceRefusesNewCalls() {
        r1.reachable = false;

        assertThatThrownBy(() -> client.blocking.capabilities(CapabilityRequest.getDefaultInstance()))
                .hasMessageStartingWith("UNAVAILABLE");
        assertThat(endpoint.refusedCalls("r1")).isZero();
    }

    @Test
    void refusesASecondSubscriptionListOnOneCall() throws Exception {
        GnmiClient.Stream stream = client.subscribe(subscribe(SubscriptionList.Mode.STREAM,
                sub("/system", SubscriptionMode.ON_CHANGE, 0)));
        stream.next();
        stream.next();
        stream.requests.onNext(subscribe(SubscriptionList.Mode.ONCE, sub("/system", SubscriptionMode.SAMPLE, 0)));

        assertThat(stream.status().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }
}
