package org.nettwin.emulator.mqtt;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;
import io.moquette.interception.messages.InterceptPublishMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Hears the broker's connect and publish events: counts accepted publications per topic and turns away clients
 * that connected without a user name (Moquette admits them before any authenticator runs; see {@link MqttBroker}).
 */
final class BrokerEvents extends AbstractInterceptHandler {

    private final BrokerGate gate;
    private final Consumer<String> disconnect;
    private final AtomicLong published = new AtomicLong();
    private final Map<String, AtomicLong> perTopic = new ConcurrentHashMap<>();

    BrokerEvents(BrokerGate gate, Consumer<String> disconnect) {
        this.gate = gate;
        this.disconnect = disconnect;
    }

    @Override
    public String getID() {
        return "nettwin-broker-events";
    }

    @Override
    public void onConnect(InterceptConnectMessage msg) {
        if (msg.getUsername() == null) {
            gate.refuse("anonymous");
            disconnect.accept(msg.getClientID());
        }
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
