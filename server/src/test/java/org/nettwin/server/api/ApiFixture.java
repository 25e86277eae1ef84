package org.nettwin.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real API server on 127.0.0.1:0 over a {@link TestBackend}, with one token per role and a small HTTP client. */
final class ApiFixture implements AutoCloseable {

    static final String VIEWER = "viewer-token-0123456789abcdef";
    static final String OPERATOR = "operator-token-0123456789abcdef";
    static final String ADMIN = "admin-token-0123456789abcdef";
    static final String UNKNOWN = "unknown-token-0123456789abcdef";

    final TestBackend backend;
    final ApiServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper mapper = new ObjectMapper();

    ApiFixture(Path dir, boolean withEmulator, ApiSettings settings) {
        this.backend = new TestBackend(dir, withEmulator);
        ApiTokens tokens = ApiTokens.parse("viewer:" + VIEWER + ",operator:" + OPERATOR + ",admin:" + ADMIN);
        this.server = ApiServer.start(backend, tokens, settings);
    }

    ApiFixture(Path dir) {
        this(dir, true, ApiSettings.DEFAULTS);
    }

    HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        b.method(method, publisher);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    HttpResponse<String> get(String path, String token) {
        return call("GET", path, token, null);
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    URI webSocketUri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/api/ws");
    }

    @Override
    public void close() {
        server.close();
        backend.close();
    }
}
