package org.nettwin.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.network.Network;
import org.nettwin.server.api.Role;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.EventQuery;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.LinkState;
import org.nettwin.twin.whatif.Change;
import org.nettwin.twin.whatif.JobStatus;
import org.nettwin.twin.whatif.WhatIfJob;
import org.nettwin.twin.whatif.WhatIfRequest;

/**
 * The demo as a newcomer meets it: everything starts on an empty data directory, the API and dashboard answer with
 * the printed token, a fault reaches the twin, and a restart on the same directory continues: same tokens, the
 * first run's alarms and telemetry still there, and a what-if from a moment of the first run still answers.
 */
class DemoRigIT {

    private static final String LINK = "core-gw--agg-north";

    @TempDir
    Path dir;

    @Test
    void runsTheWholeTwinAndContinuesFromItsDataDirectory() throws Exception {
        Network metro = DemoCommand.metro();
        DemoRig.Options options = new DemoRig.Options(dir, 0, 1, Duration.ofMinutes(10), "realistic",
                Optional.empty());
        String operator;
        Instant duringFirstRun;
        try (DemoRig rig = DemoRig.start(metro, options, Clock.systemUTC(), line -> { })) {
            operator = rig.token(Role.OPERATOR);
            assertThat(rig.banner()).contains(rig.uri().toString(), operator);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("api-tokens"))))
                    .isEqualTo("rw-------");
            HttpResponse<String> page = get(rig.uri().resolve("/"), Optional.empty());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html");
            assertThat(get(rig.uri().resolve("/api/state"), Optional.empty()).statusCode()).isEqualTo(401);
            await("a traffic-matrix estimate", Duration.ofSeconds(90), () -> rig.twin().twin().matrix().isPresent());
            await("the status line to score the matrix against the truth", Duration.ofSeconds(30),
                    () -> rig.status().contains("TM error vs emulator truth"));
            duringFirstRun = Instant.now();
            HttpResponse<String> fault = post(rig.uri().resolve("/api/emulator/faults"), operator,
                    "{\"type\":\"link-down\",\"link\":\"" + LINK + "\"}");
            assertThat(fault.statusCode()).as(fault.body()).isEqualTo(202);
            await("the twin to see the link down", Duration.ofSeconds(30), () -> status(rig) == ElementStatus.DOWN);
            await("the link-down alarm", Duration.ofSeconds(30), () -> rig.twin().twin().state().alarms().stream()
                    .anyMatch(a -> a.key().contains(LINK)));
            Thread.sleep(2_000);
        }
        try (DemoRig again = DemoRig.start(metro, options, Clock.systemUTC(), line -> { })) {
            assertThat(again.token(Role.OPERATOR)).isEqualTo(operator);
            List<Event> events = again.store().events().query(EventQuery.between(duringFirstRun.minusSeconds(60),
                    Instant.now()));
            assertThat(events).anyMatch(e -> e.message().contains(LINK));
            assertThat(again.store().history().asOf(duringFirstRun)).isPresent();
            WhatIfJob past = again.jobs().submit(new WhatIfRequest("as in the first run",
                    Optional.of(duringFirstRun), List.of(new Change.ScaleTraffic(2, Optional.empty(),
                    Optional.empty())), false, Duration.ofSeconds(5), 1), "test");
            assertThat(past.status()).isEqualTo(JobStatus.DONE);
            assertThat(past.baselineAt()).isBefore(duringFirstRun.plusSeconds(1));
            assertThat(past.outcomes()).extracting(o -> o.engine()).containsExactly("flow");
        }
    }

    @Test
    void refusesAForeignTokensFileWithOneLine() throws Exception {
        Files.writeString(dir.resolve("api-tokens"), "viewer:abc\n");
        Files.setPosixFilePermissions(dir.resolve("api-tokens"), PosixFilePermissions.fromString("rw-r--r--"));
        DemoRig.Options options = new DemoRig.Options(dir, 0, 1, Duration.ofMinutes(10), "none", Optional.empty());
        assertThatThrownBy(() -> DemoRig.start(DemoCommand.metro(), options, Clock.systemUTC(), line -> { }))
                .hasMessageContaining("api-tokens").hasMessageContaining("chmod 600");
    }

    @Test
    void refusesATakenPortBeforeStartingAnything() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            DemoRig.Options options = new DemoRig.Options(dir.resolve("data"), taken.getLocalPort(), 1,
                    Duration.ofMinutes(10), "none", Optional.empty());
            assertThatThrownBy(() -> DemoRig.start(DemoCommand.metro(), options, Clock.systemUTC(), line -> { }))
                    .hasMessageContaining("port " + taken.getLocalPort()).hasMessageContaining("--port 0");
            assertThat(dir.resolve("data")).doesNotExist();
        }
    }

    private static ElementStatus status(DemoRig rig) {
        return rig.twin().twin().state().links().stream().filter(l -> l.id().equals(LINK)).map(LinkState::status)
                .findFirst().orElse(ElementStatus.UNKNOWN);
    }

    private static HttpResponse<String> get(URI uri, Optional<String> token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(URI uri, String token, String json) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
