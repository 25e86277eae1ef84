package org.nettwin.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.Severity;

/** The WebSocket: first-message authentication (4401 otherwise), then hello, state, event and whatif pushes. */
class LiveFeedTest {

    @TempDir
    Path dir;

    private ApiFixture api;

    @BeforeEach
    void start() {
        api = new ApiFixture(dir, true, ApiSettings.DEFAULTS.withStatePush(Duration.ofMillis(100))
                .withAuthTimeout(Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void closesWith4401WhenNoAuthArrivesInTime() throws Exception {
        Listener l = connect();
        assertThat(l.closed.get(30, TimeUnit.SECONDS)).isEqualTo(4401);
    }

    @Test
    void closesWith4401OnAnUnknownToken() throws Exception {
        Listener l = connect();
        l.socket.sendText("{\"type\":\"auth\",\"token\":\"" + ApiFixture.UNKNOWN + "\"}", true);
        assertThat(l.closed.get(30, TimeUnit.SECONDS)).isEqualTo(4401);
    }

    @Test
    void closesWith4401WhenTheFirstMessageIsNotAuth() throws Exception {
        Listener l = connect();
        l.socket.sendText("hello there", true);
        assertThat(l.closed.get(30, TimeUnit.SECONDS)).isEqualTo(4401);
    }

    @Test
    void greetsAnAuthenticatedClientAndPushesStateEventsAndJobs() throws Exception {
        Listener l = connect();
        l.socket.sendText("{\"type\":\"auth\",\"token\":\"" + ApiFixture.VIEWER + "\"}", true);
        JsonNode hello = l.next("hello");
        assertThat(hello.path("role").asText()).isEqualTo("viewer");
        assertThat(l.next("state").path("data").path("network").asText()).isEqualTo("test-net");
        api.backend.publish(api.backend.state());
        assertThat(l.next("state").path("data").path("links")).hasSize(1);
        api.backend.store().events().append(Event.of(Instant.now(), "threshold", Severity.WARNING, "L1 at 85 %"));
        assertThat(l.next("event").path("data").path("message").asText()).isEqualTo("L1 at 85 %");
        api.call("POST", "/api/whatif", ApiFixture.OPERATOR, "{\"changes\":[{\"type\":\"fail-link\",\"link\":\"L1\"}]}");
        assertThat(l.next("whatif").path("data").path("status").asText()).isEqualTo("DONE");
        l.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(30, TimeUnit.SECONDS);
    }

    @Test
    void keepsPushingToAFastClientWhileAnotherNeverReads() throws Exception {
        Listener stalled = connect(false);
        stalled.socket.sendText("{\"type\":\"auth\",\"token\":\"" + ApiFixture.VIEWER + "\"}", true);
        Listener fast = connect();
        fast.socket.sendText("{\"type\":\"auth\",\"token\":\"" + ApiFixture.ADMIN + "\"}", true);
        fast.next("hello");
        for (int i = 0; i < 50; i++) {
            api.backend.publish(api.backend.state());
            fast.next("state");
        }
        assertThat(api.server.webSocketClients()).isEqualTo(2);
    }

    private Listener connect() throws Exception {
        return connect(true);
    }

    private Listener connect(boolean reads) throws Exception {
        Listener l = new Listener(reads);
        l.socket = api.http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(api.webSocketUri(), l).get(30, TimeUnit.SECONDS);
        return l;
    }

    /** Collects messages and the close code. */
    private final class Listener implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final boolean reads;
        final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        Listener(boolean reads) {
            this.reads = reads;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(reads ? Long.MAX_VALUE : 1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }

        /** The next message of {@code type}, skipping others (e.g. a state while waiting for an event). */
        JsonNode next(String type) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                String m = messages.poll(1, TimeUnit.SECONDS);
                if (m != null) {
                    JsonNode n = api.mapper.readTree(m);
                    if (n.path("type").asText().equals(type)) {
                        return n;
                    }
                }
            }
            throw new AssertionError("no " + type + " message within 30 s");
        }
    }
}
