package org.nettwin.telemetry.mqtt;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.spi.MeasurementSink;
import org.nettwin.telemetry.spi.Target;

/**
 * Decides what one arriving message is worth: a message is accepted only from a target device (or any device in
 * allow-all mode) whose topic and {@code device} field agree, and is then decoded into one measurement per numeric
 * field. Everything else is counted: refused peers as {@code unknown-source}, bad messages of a known device as
 * rejected ({@code malformed-json}, {@code missing-device}, {@code missing-ts}, {@code non-numeric}).
 */
final class MessageGate {

    static final String UNKNOWN_SOURCE = "unknown-source";

    private final CollectorHealth health;
    private final MqttTopics topics;
    private final Map<String, Target> targets;
    private final boolean allowAll;

    MessageGate(CollectorHealth health, MqttTopics topics, Map<String, Target> targets, boolean allowAll) {
        this.health = health;
        this.topics = topics;
        this.targets = targets;
        this.allowAll = allowAll;
    }

    void handle(String topic, byte[] payload, MeasurementSink sink) {
        Optional<String> named = topics.deviceOf(topic);
        KpiMessage message;
        try {
            message = KpiMessage.parse(payload);
        } catch (IOException | RuntimeException e) {
            rejectOrRefuse(named, topic, "malformed-json");
            return;
        }
        if (message.device().isEmpty()) {
            rejectOrRefuse(named, topic, "missing-device");
            return;
        }
        String device = message.device().get();
        if (named.isPresent() && !named.get().equals(device) || !accepts(device, topic)) {
            health.refused(UNKNOWN_SOURCE);
            return;
        }
        if (message.ts().isEmpty()) {
            health.rejected(device, "missing-ts");
            return;
        }
        message.nonNumeric().forEach(field -> health.rejected(device, "non-numeric"));
        deliver(device, message, message.ts(), sink);
    }

    private void deliver(String device, KpiMessage message, OptionalLong ts, MeasurementSink sink) {
        int n = message.names().size();
        for (int i = 0; i < n; i++) {
            sink.accept(new Measurement(device, message.names().get(i), Map.of(), ts,
                    new MeasuredValue.Numeric(message.values()[i])));
        }
        if (n > 0) {
            health.delivered(device, n);
        }
    }

    private void rejectOrRefuse(Optional<String> named, String topic, String reason) {
        if (named.isPresent() && accepts(named.get(), topic)) {
            health.rejected(named.get(), reason);
        } else {
            health.refused(UNKNOWN_SOURCE);
        }
    }

    /** Whether {@code device} is a target (publishing on its pinned topic, if it has one) or all are accepted. */
    boolean accepts(String device, String topic) {
        Target target = targets.get(device);
        if (target == null) {
            return allowAll;
        }
        String pinned = target.settings().get("topic");
        return pinned == null || pinned.equals(topic);
    }
}
