package org.nettwin.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code /api/ws} as the dashboard does and notes when the first {@code state} push shows the link status it
 * was told to expect ({@link #expect}, then {@link #await}). The push's arrival time is taken when its last frame is
 * read, before parsing.
 */
final class StatePushes implements WebSocket.Listener {

    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder message = new StringBuilder();
    private final CountDownLatch hello = new CountDownLatch(1);
    private String link;
    private String want;
    private long seenAt = -1;
    private long pushes;

    @Override
    public void onOpen(WebSocket socket) {
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
            long at = System.nanoTime();
            String text = message.toString();
            message.setLength(0);
            handle(text, at);
        }
        socket.request(1);
        return null;
    }

    private void handle(String text, long at) {
        JsonNode m;
        try {
            m = json.readTree(text);
        } catch (IOException e) {
            return;
        }
        String type = m.path("type").asText();
        if ("hello".equals(type)) {
            hello.countDown();
        } else if ("state".equals(type)) {
            onState(m.path("data").path("links"), at);
        }
    }

    private synchronized void onState(JsonNode links, long at) {
        pushes++;
        if (link == null || seenAt >= 0) {
            return;
        }
        for (JsonNode l : links) {
            if (link.equals(l.path("id").asText()) && want.equals(l.path("status").asText())) {
                seenAt = at;
                notifyAll();
                return;
            }
        }
    }

    boolean awaitHello(Duration patience) throws InterruptedException {
        return hello.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** From now on, watch for the first push showing {@code linkId} with {@code status}. */
    synchronized void expect(String linkId, String status) {
        this.link = linkId;
        this.want = status;
        this.seenAt = -1;
    }

    /** The {@link System#nanoTime()} of the first push showing the expected status since {@link #expect}, or -1. */
    synchronized long await(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (seenAt < 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return seenAt;
    }

    synchronized long pushes() {
        return pushes;
    }
}
