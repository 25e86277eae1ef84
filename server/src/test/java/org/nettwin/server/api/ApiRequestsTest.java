package org.nettwin.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.audit.AuditEntry;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.Severity;
import org.nettwin.store.series.Entity;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.SampleBatch;
import org.nettwin.store.series.SeriesKey;

/** The API's answers and its refusals: JSON shapes per openapi.yaml, 400/404 JSON with one-line messages, audit. */
class ApiRequestsTest {

    @TempDir
    static Path dir;

    private static ApiFixture api;
    private static long rateSeries;

    @BeforeAll
    static void start() {
        api = new ApiFixture(dir);
        rateSeries = api.backend.store().series().register(SeriesKey.of(EntityKind.INTERFACE, "r1/eth0", "in_rate",
                "bit/s"));
        api.backend.store().series().register(SeriesKey.of(EntityKind.DEVICE, "r1", "cpu_percent", "%"));
        api.backend.store().series().register(SeriesKey.of(EntityKind.DEVICE, "r10", "cpu_percent", "%"));
        long now = Instant.now().toEpochMilli() * 1000;
        SampleBatch batch = SampleBatch.withCapacity(10);
        for (int i = 0; i < 10; i++) {
            batch.add(rateSeries, now - (10 - i) * 1_000_000L, 1000.0 * i);
        }
        api.backend.store().series().write(batch);
        api.backend.store().events().append(Event.of(Instant.now(), "link-down", Severity.MAJOR, "L1 is down")
                .about(Entity.of(EntityKind.LINK, "L1")).asAlarm("link-down:L1"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void answersUnknownApiPathsWith404Json() {
        HttpResponse<String> r = api.get("/api/nothing-here", ApiFixture.VIEWER);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(api.json(r).path("error").asText()).contains("/api/nothing-here");
        HttpResponse<String> put = api.call("PUT", "/api/topology", ApiFixture.ADMIN, "{}");
        assertThat(put.statusCode()).isIn(404, 405);
        assertThat(api.json(put).path("status").asInt()).isEqualTo(put.statusCode());
    }

    @Test
    void servesTheLiveTopologyWithSlicesAndRefusesAMomentWithoutAVersion() {
        JsonNode t = api.json(api.get("/api/topology", ApiFixture.VIEWER));
        assertThat(t.path("network").asText()).isEqualTo("test-net");
        assertThat(t.path("asOf").isNull()).isTrue();
        assertThat(t.path("nodes")).hasSize(3);
        assertThat(t.path("nodes").get(0).path("coordinateSystem").asText()).isEqualTo("geographic");
        assertThat(t.path("links").get(0).path("capacityBps").asDouble()).isEqualTo(1e10);
        assertThat(t.path("links").get(0).path("delayS").asDouble()).isEqualTo(0.002);
        assertThat(t.path("slices").get(0).path("maxLatencyS").asDouble()).isEqualTo(0.01);
        HttpResponse<String> old = api.get("/api/topology?asOf=2019-01-01T00:00:00Z", ApiFixture.VIEWER);
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(api.json(old).path("error").asText()).contains("2019-01-01T00:00:00Z");
        JsonNode then = api.json(api.get("/api/topology?asOf=2025-06-01T00:00:00Z", ApiFixture.VIEWER));
        assertThat(then.path("asOf").asText()).isEqualTo("2025-06-01T00:00:00Z");
    }

    @Test
    void refusesABadInstantNamingTheParameter() {
        HttpResponse<String> r = api.get("/api/topology?asOf=yesterday", ApiFixture.VIEWER);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(api.json(r).path("error").asText()).contains("asOf").contains("ISO-8601").contains("yesterday");
        HttpResponse<String> events = api.get("/api/events?from=12:00", ApiFixture.VIEWER);
        assertThat(api.json(events).path("error").asText()).contains("from");
    }

    @Test
    void servesStateWithNullsForMissingFigures() {
        JsonNode s = api.json(api.get("/api/state", ApiFixture.VIEWER));
        assertThat(s.path("at").asText()).isEqualTo("2026-01-01T12:00:00Z");
        JsonNode link = s.path("links").get(0);
        assertThat(link.path("ab").path("rateBps").asDouble()).isEqualTo(2e9);
        assertThat(link.path("ba").has("rateBps")).isTrue();
        assertThat(link.path("ba").path("rateBps").isNull()).isTrue();
        assertThat(s.path("matrix").isNull()).isTrue();
        assertThat(s.path("nodes").get(0).path("lastSeen").isNull()).isTrue();
        assertThat(s.path("nodes").get(0).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void splitsKpisIntoNetworkAndSlices() {
        JsonNode k = api.json(api.get("/api/kpis", ApiFixture.VIEWER));
        assertThat(k.path("network").path("max_link_utilisation").asDouble()).isEqualTo(0.2);
        assertThat(k.path("network").has("slice:urllc-1:latency_s")).isFalse();
        JsonNode slice = k.path("slices").get(0);
        assertThat(slice.path("id").asText()).isEqualTo("urllc-1");
        assertThat(slice.path("type").asText()).isEqualTo("urllc");
        assertThat(slice.path("latencyS").asDouble()).isEqualTo(0.004);
        assertThat(slice.path("lossRatio").isNull()).isTrue();
        assertThat(slice.path("slaMet").asBoolean()).isTrue();
    }

    @Test
    void filtersSeriesByEntityPrefixAndMetricSubstring() {
        JsonNode r1 = api.json(api.get("/api/telemetry/series?entity=r1", ApiFixture.VIEWER));
        assertThat(r1).extracting(n -> n.path("entity").asText()).containsExactlyInAnyOrder("r1/eth0", "r1");
        JsonNode cpu = api.json(api.get("/api/telemetry/series?metric=cpu", ApiFixture.VIEWER));
        assertThat(cpu).hasSize(2);
        assertThat(api.json(api.get("/api/telemetry/series?limit=1", ApiFixture.VIEWER))).hasSize(1);
    }

    @Test
    void refusesLimitsAboveTheDocumentedMaximum() {
        HttpResponse<String> r = api.get("/api/telemetry/series?limit=5000", ApiFixture.VIEWER);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(api.json(r).path("error").asText()).contains("limit").contains("2000");
        HttpResponse<String> notNumber = api.get("/api/events?limit=many", ApiFixture.VIEWER);
        assertThat(api.json(notNumber).path("error").asText()).contains("limit").contains("many");
    }

    @Test
    void servesPointsRawAndAveragedAndRefusesUnknownSeries() {
        JsonNode raw = api.json(api.get("/api/telemetry/points?series=" + rateSeries, ApiFixture.VIEWER));
        assertThat(raw.path("series").path("entity").asText()).isEqualTo("r1/eth0");
        assertThat(raw.path("points")).hasSize(10);
        assertThat(raw.path("points").get(9).get(1).asDouble()).isEqualTo(9000.0);
        assertThat(raw.path("points").get(0).get(0).asLong()).isGreaterThan(1_600_000_000_000L);
        JsonNode avg = api.json(api.get("/api/telemetry/points?step=60&series=" + rateSeries, ApiFixture.VIEWER));
        assertThat(avg.path("points").size()).isBetween(1, 2);
        HttpResponse<String> unknown = api.get("/api/telemetry/points?series=999999", ApiFixture.VIEWER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(api.json(unknown).path("error").asText()).contains("999999");
        HttpResponse<String> missing = api.get("/api/telemetry/points", ApiFixture.VIEWER);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(api.json(missing).path("error").asText()).contains("series");
    }

    @Test
    void listsEventsNewestFirstAndActiveAlarms() {
        JsonNode events = api.json(api.get("/api/events", ApiFixture.VIEWER));
        assertThat(events.get(0).path("kind").asText()).isEqualTo("link-down");
        assertThat(events.get(0).path("severity").asText()).isEqualTo("major");
        assertThat(events.get(0).path("element").asText()).isEqualTo("L1");
        JsonNode alarms = api.json(api.get("/api/alarms", ApiFixture.VIEWER));
        assertThat(alarms.get(0).path("key").asText()).isEqualTo("link-down:L1");
        assertThat(alarms.get(0).path("severity").asText()).isEqualTo("major");
    }

    @Test
    void refusesMalformedWhatIfJsonWithItsPosition() {
        HttpResponse<String> r = api.call("POST", "/api/whatif", ApiFixture.OPERATOR, "{\"changes\": [");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(api.json(r).path("error").asText()).startsWith("malformed JSON body at line 1");
    }

    @Test
    void namesTheFieldOfABadChange() {
        Map<String, String> cases = Map.of(
                "{\"changes\":[{\"type\":\"explode\"}]}", "changes[0].type: unknown change type 'explode'",
                "{\"changes\":[]}", "changes",
                "{}", "changes: missing",
                "{\"changes\":[{\"type\":\"fail-link\",\"link\":\"L1\"},{\"type\":\"scale-traffic\"}]}",
                "changes[1].factor: missing",
                "{\"changes\":[{\"type\":\"scale-traffic\",\"factor\":-2}]}", "changes[0]: scale-traffic: factor",
                "{\"changes\":[{\"type\":\"set-metric\",\"link\":\"L1\",\"metric\":\"high\"}]}",
                "changes[0].metric: must be an integer",
                "{\"changes\":[{\"type\":\"fail-link\",\"link\":\"L1\"}],\"horizonS\":9000}", "horizonS",
                "{\"changes\":[{\"type\":\"fail-link\",\"link\":\"L1\"}],\"asOf\":\"then\"}", "asOf",
                "{\"changes\":[{\"type\":\"fail-link\",\"link\":\"L1\"}],\"colour\":1}", "colour: unknown field",
                "[1,2]", "JSON object");
        cases.forEach((body, expected) -> {
            HttpResponse<String> r = api.call("POST", "/api/whatif", ApiFixture.OPERATOR, body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(api.json(r).path("error").asText()).as(body).contains(expected).doesNotContain("\n");
        });
    }

    @Test
    void passesTheBackendsRefusalOnAsA400() {
        HttpResponse<String> r = api.call("POST", "/api/whatif", ApiFixture.OPERATOR,
                "{\"changes\":[{\"type\":\"fail-link\",\"link\":\"L99\"}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(api.json(r).path("error").asText()).contains("L99");
    }

    @Test
    void startsAWhatIfReturnsTheFlattenedOutcomeAndAuditsItWithoutTheToken() {
        HttpResponse<String> r = api.call("POST", "/api/whatif", ApiFixture.OPERATOR,
                "{\"name\":\"L1 down\",\"changes\":[{\"type\":\"fail-link\",\"link\":\"L1\"},"
                        + "{\"type\":\"scale-traffic\",\"factor\":1.2,\"from\":\"r1\"}],\"seed\":7}");
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode job = api.json(r);
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        assertThat(job.path("request").path("changes").get(1).path("from").asText()).isEqualTo("r1");
        assertThat(job.path("request").path("horizonS").asDouble()).isEqualTo(10.0);
        assertThat(job.path("request").path("seed").asLong()).isEqualTo(7);
        JsonNode flow = job.path("outcomes").get(0);
        assertThat(flow.path("engine").asText()).isEqualTo("flow");
        assertThat(flow.path("links").get(0).path("baselineUtilisation").asDouble()).isEqualTo(0.5);
        assertThat(flow.path("links").get(0).path("whatIfUtilisation").asDouble()).isEqualTo(0.9);
        assertThat(flow.path("flows").get(0).path("whatIfLossRatio").asDouble()).isEqualTo(0.01);
        assertThat(flow.path("headline")).isNotEmpty();
        String id = job.path("id").asText();
        assertThat(api.json(api.get("/api/whatif/" + id, ApiFixture.VIEWER)).path("id").asText()).isEqualTo(id);
        List<AuditEntry> audit = api.backend.store().audit().entries(Instant.EPOCH, Instant.now().plusSeconds(60));
        AuditEntry entry = audit.stream().filter(a -> a.target().equals("whatif/" + id)).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("api:operator/" + ApiTokens.fingerprint(ApiFixture.OPERATOR));
        assertThat(entry.action()).isEqualTo("whatif.start");
        assertThat(audit.toString()).doesNotContain(ApiFixture.OPERATOR);
        JsonNode served = api.json(api.get("/api/audit?limit=5", ApiFixture.ADMIN));
        assertThat(served.get(0).path("actor").asText()).startsWith("api:");
    }

    @Test
    void answersUnknownJobsWith404() {
        HttpResponse<String> get = api.get("/api/whatif/nope", ApiFixture.VIEWER);
        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(api.json(get).path("error").asText()).contains("nope");
        assertThat(api.call("DELETE", "/api/whatif/nope", ApiFixture.OPERATOR, null).statusCode()).isEqualTo(404);
    }

    @Test
    void injectsFaultsAuditsThemAndRefusesBadOnes() {
        HttpResponse<String> r = api.call("POST", "/api/emulator/faults", ApiFixture.OPERATOR,
                "{\"type\":\"link-down\",\"link\":\"L2\"}");
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(api.json(r).path("fault").path("link").asText()).isEqualTo("L2");
        HttpResponse<String> bad = api.call("POST", "/api/emulator/faults", ApiFixture.OPERATOR,
                "{\"type\":\"meteor\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(api.json(bad).path("error").asText()).startsWith("fault: ");
        Optional<AuditEntry> audited = api.backend.store().audit().entries(Instant.EPOCH,
                Instant.now().plusSeconds(60)).stream().filter(a -> a.action().equals("fault.inject")
                && a.reason().contains("L2")).findFirst();
        assertThat(audited).isPresent();
    }

    @Test
    void refusesBodiesLargerThanTheLimit() {
        String huge = "{\"name\":\"" + "x".repeat(200_000) + "\",\"changes\":[]}";
        HttpResponse<String> r = api.call("POST", "/api/whatif", ApiFixture.OPERATOR, huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(api.json(r).path("status").asInt()).isEqualTo(413);
    }

    @Test
    void servesFidelityAndTheTrafficMatrix() {
        JsonNode f = api.json(api.get("/api/fidelity", ApiFixture.VIEWER));
        assertThat(f.path("current").isNull()).isTrue();
        assertThat(f.path("history").get(0).get(0).asLong()).isEqualTo(1_700_000_000_000L);
        JsonNode m = api.json(api.get("/api/traffic-matrix", ApiFixture.VIEWER));
        assertThat(m.path("estimate").isNull()).isTrue();
        assertThat(m.path("pairs").get(0).path("rateBps").asDouble()).isEqualTo(1e8);
    }

    @Test
    void answersABackendFailureWith500WithoutItsDetails() {
        api.backend.breakState(true);
        try {
            HttpResponse<String> r = api.get("/api/state", ApiFixture.VIEWER);
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(api.json(r).path("error").asText()).startsWith("internal error in GET /api/state")
                    .doesNotContain("secret-path");
            assertThat(r.body()).doesNotContain("at org.nettwin");
        } finally {
            api.backend.breakState(false);
        }
    }
}
