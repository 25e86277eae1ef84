package org.nettwin.server.api;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One authenticated WebSocket client's outbox. At most one message is in flight; while it is, new states replace the
 * unsent one (a slow client gets the latest state, not a backlog) and events and job updates wait in a bounded queue
 * that drops its oldest. Sending never blocks the caller, so one slow client cannot hold up the others.
 */
final class WsClient {

    static final int MAX_QUEUED = 256;

    private final Session session;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicReference<String> latestState = new AtomicReference<>();
    private final ConcurrentLinkedDeque<String> queue = new ConcurrentLinkedDeque<>();
    private final AtomicInteger queued = new AtomicInteger();

    WsClient(Session session) {
        this.session = session;
    }

    void offerState(String message) {
        latestState.set(message);
        drain();
    }

    void offer(String message) {
        queue.add(message);
        if (queued.incrementAndGet() > MAX_QUEUED && queue.pollFirst() != null) {
            queued.decrementAndGet();
        }
        drain();
    }

    boolean isOpen() {
        return session.isOpen();
    }

    private void drain() {
        while (sending.compareAndSet(false, true)) {
            String next = queue.pollFirst();
            if (next != null) {
                queued.decrementAndGet();
            } else {
                next = latestState.getAndSet(null);
            }
            if (next == null) {
                sending.set(false);
                if (queue.isEmpty() && latestState.get() == null) {
                    return;
                }
                continue;
            }
            if (!session.isOpen()) {
                sending.set(false);
                return;
            }
            try {
                session.sendText(next, Callback.from(this::sent, failure -> sending.set(false)));
            } catch (RuntimeException closedMeanwhile) {
                // The session closed between the check and the send; the close handler forgets this client.
                sending.set(false);
            }
            return;
        }
    }

    private void sent() {
        sending.set(false);
        drain();
    }
}
