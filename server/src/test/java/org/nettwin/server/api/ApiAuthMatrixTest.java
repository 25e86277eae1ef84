package org.nettwin.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route and method documented in openapi.yaml, called with no token, an unknown token and each role's token:
 * 401, 401, then 403 below the route's role and success at or above it. A documented route missing from the expected
 * role table, or a served route missing from the document, fails.
 */
class ApiAuthMatrixTest {

    /** The least role of every documented operation; a new route needs a line here (and its own tests). */
    private static final Map<String, Role> EXPECTED = Map.ofEntries(
            Map.entry("GET /api/whoami", Role.VIEWER),
            Map.entry("GET /api/topology", Role.VIEWER),
            Map.entry("GET /api/state", Role.VIEWER),
            Map.entry("GET /api/kpis", Role.VIEWER),
            Map.entry("GET /api/telemetry/series", Role.VIEWER),
            Map.entry("GET /api/telemetry/points", Role.VIEWER),
            Map.entry("GET /api/fidelity", Role.VIEWER),
            Map.entry("GET /api/traffic-matrix", Role.VIEWER),
            Map.entry("GET /api/events", Role.VIEWER),
            Map.entry("GET /api/alarms", Role.VIEWER),
            Map.entry("GET /api/whatif", Role.VIEWER),
            Map.entry("POST /api/whatif", Role.OPERATOR),
            Map.entry("GET /api/whatif/{id}", Role.VIEWER),
            Map.entry("DELETE /api/whatif/{id}", Role.OPERATOR),
            Map.entry("GET /api/emulator/faults", Role.VIEWER),
            Map.entry("POST /api/emulator/faults", Role.OPERATOR),
            Map.entry("GET /api/audit", Role.ADMIN));

    private static final Map<Role, String> TOKENS = Map.of(Role.VIEWER, ApiFixture.VIEWER,
            Role.OPERATOR, ApiFixture.OPERATOR, Role.ADMIN, ApiFixture.ADMIN);

    @TempDir
    static Path dir;

    private static ApiFixture api;
    private static String jobId;
    private static long seriesId;

    @BeforeAll
    static void start() throws IOException {
        api = new ApiFixture(dir);
        jobId = api.backend.submit(WhatIfJson.request(api.mapper.readTree(
                "{\"changes\":[{\"type\":\"fail-link\",\"link\":\"L1\"}],\"packet\":true}")), "test").id();
        seriesId = api.backend.store().series().register(org.nettwin.store.series.SeriesKey.of(
                org.nettwin.store.series.EntityKind.INTERFACE, "r1/eth0", "in_rate", "bit/s"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void documentsEveryServedRouteAndServesEveryDocumentedOne() {
        assertThat(new TreeSet<>(documented())).isEqualTo(new TreeSet<>(api.server.routes()));
    }

    @Test
    void everyDocumentedOperationHasAnExpectedRole() {
        List<String> operations = new ArrayList<>(documented());
        operations.remove("GET /api/openapi.yaml");
        operations.remove("GET /api/ws");
        assertThat(new TreeSet<>(operations)).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
    }

    @Test
    void refusesMissingAndUnknownTokensOnEveryRoute() {
        for (String op : EXPECTED.keySet()) {
            for (String token : new String[] {null, ApiFixture.UNKNOWN}) {
                HttpResponse<String> r = call(op, token);
                assertThat(r.statusCode()).as(op + " with token " + (token == null ? "none" : "unknown"))
                        .isEqualTo(401);
                assertError(r, 401);
                assertThat(r.body()).doesNotContain(ApiFixture.UNKNOWN);
            }
        }
    }

    @Test
    void grantsEachRouteFromItsRoleUpAndRefusesLowerRolesWith403() {
        for (Map.Entry<String, Role> e : EXPECTED.entrySet()) {
            for (Role role : Role.values()) {
                HttpResponse<String> r = call(e.getKey(), TOKENS.get(role));
                if (role.includes(e.getValue())) {
                    assertThat(r.statusCode()).as(e.getKey() + " as " + role + ": " + r.body()).isIn(200, 202);
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                } else {
                    assertThat(r.statusCode()).as(e.getKey() + " as " + role).isEqualTo(403);
                    assertError(r, 403);
                }
            }
        }
    }

    @Test
    void servesTheDocumentWithoutAToken() {
        HttpResponse<String> r = api.get("/api/openapi.yaml", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("openapi: 3.");
    }

    private static void assertError(HttpResponse<String> r, int status) {
        JsonNode body = api.json(r);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).isNotBlank().doesNotContain("\n");
    }

    private static HttpResponse<String> call(String operation, String token) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1).replace("{id}", jobId);
        String body = null;
        if (path.equals("/api/whatif") && method.equals("POST")) {
            body = "{\"name\":\"matrix\",\"changes\":[{\"type\":\"scale-traffic\",\"factor\":1.5}]}";
        } else if (path.equals("/api/emulator/faults") && method.equals("POST")) {
            body = "{\"type\":\"link-down\",\"link\":\"L1\"}";
        } else if (path.equals("/api/telemetry/points")) {
            path += "?series=" + seriesId;
        }
        return api.call(method, path, token, body);
    }

    /** {@code METHOD /path} of every operation in openapi.yaml (paths at two spaces, methods at four). */
    static List<String> documented() {
        String yaml;
        try (InputStream in = ApiAuthMatrixTest.class.getResourceAsStream("/openapi.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> out = new ArrayList<>();
        String path = null;
        Matcher m = Pattern.compile("(?m)^(  (/\\S+):|    (get|post|put|patch|delete|head|options):)").matcher(yaml);
        while (m.find()) {
            if (m.group(2) != null) {
                path = m.group(2);
            } else if (path != null) {
                out.add(m.group(3).toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }
        return out;
    }
}
