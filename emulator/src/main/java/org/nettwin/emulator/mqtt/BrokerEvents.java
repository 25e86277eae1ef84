package org.nettwin.emulator.mqtt;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Hears the broker's publish events: counts accepted publications, in total and per topic. */
final class BrokerEvents extends AbstractInterceptHandler {

    private final BrokerGate gate;
    private final AtomicLong published = new AtomicLong();
    private final Map<String, AtomicLong> perTopic = new ConcurrentHashMap<>();

    BrokerEvents(BrokerGate gate) {
        this.gate = gate;
    }

    @Override
    public String getID() {
        return "nettwin-broker-events";
    }

    @Override
    public void onPublish(InterceptPublishMessage msg) {
        try {
            published.incrementAndGet();
            perTopic.computeIfAbsent(msg.getTopicName(), t -> new AtomicLong()).incrementAndGet();
        } finally {
            super.onPublish(msg);
        }
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        gate.refuse("session-error");
    }

    long published() {
        return published.get();
    }

    long published(String topic) {
        AtomicLong n = perTopic.get(topic);
        return n == null ? 0 : n.get();
    }
}
