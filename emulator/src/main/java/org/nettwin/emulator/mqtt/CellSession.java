package org.nettwin.emulator.mqtt;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.EmulatedDevice;

/**
 * One cell's MQTT session: its own client, connected while the cell is reachable, publishing one KPI message per
 * tick as the cell's wire flaws decide. Ticks and late publications run on the publisher's one scheduler thread.
 */
final class CellSession {

    static final int MAX_BACKOFF_TICKS = 16;

    private final EmulatedDevice device;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final String topic;
    private final int qos;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean connecting;
    private volatile int backoffTicks;
    private int skipTicks;
    private long seq;

    CellSession(EmulatedDevice device, String broker, MqttConnectOptions options, int qos,
                ScheduledExecutorService scheduler) throws MqttException {
        this.device = device;
        this.options = options;
        this.qos = qos;
        this.scheduler = scheduler;
        this.topic = CellTopics.kpi(device.id());
        this.client = new MqttAsyncClient(broker, device.id(), new MemoryPersistence(),
                new ScheduledExecutorPingSender(scheduler), null);
    }

    /**
     * One publishing period: go quiet while unreachable, (re)connect when needed (after a failed attempt waiting 1,
     * 2, 4... up to {@value #MAX_BACKOFF_TICKS} periods, as devices back off), else publish a sample.
     */
    void tick() {
        if (!device.reachable()) {
            goQuiet();
        } else if (!client.isConnected()) {
            if (skipTicks > 0) {
                skipTicks--;
            } else {
                skipTicks = backoffTicks;
                connect();
            }
        } else {
            sample();
        }
    }

    long published() {
        return published.get();
    }

    long failed() {
        return failed.get();
    }

    boolean connected() {
        return client.isConnected();
    }

    void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(0).waitForCompletion(2_000);
            }
        } catch (MqttException e) {
            failed.incrementAndGet();
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            failed.incrementAndGet();
        }
    }

    private void sample() {
        long n = ++seq;
        String payload = KpiPayload.of(device.id(), device.clockNanos(), n, device.leaves());
        Delivery delivery = device.flaws().next();
        if (delivery == Delivery.DROP) {
            return;
        }
        if (delivery == Delivery.LATE) {
            long lateNanos = Math.max(0, device.flaws().lateBy().toNanos());
            scheduler.schedule(() -> publishIfReachable(payload), lateNanos, TimeUnit.NANOSECONDS);
            return;
        }
        String sent = delivery == Delivery.MALFORMED ? KpiPayload.malformed(payload, n) : payload;
        publish(sent);
        if (delivery == Delivery.DUPLICATE) {
            publish(sent);
        }
    }

    private void publishIfReachable(String payload) {
        if (device.reachable() && client.isConnected()) {
            publish(payload);
        }
    }

    private void publish(String payload) {
        try {
            client.publish(topic, KpiPayload.bytes(payload), qos, false);
            published.incrementAndGet();
        } catch (MqttException e) {
            failed.incrementAndGet();
        }
    }

    private void connect() {
        if (connecting) {
            return;
        }
        connecting = true;
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    backoffTicks = 0;
                    connecting = false;
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    backoffTicks = Math.min(MAX_BACKOFF_TICKS, Math.max(1, backoffTicks * 2));
                    connecting = false;
                    failed.incrementAndGet();
                }
            });
        } catch (MqttException e) {
            connecting = false;
            failed.incrementAndGet();
        }
    }

    private void goQuiet() {
        if (client.isConnected()) {
            try {
                client.disconnect(0);
            } catch (MqttException e) {
                failed.incrementAndGet();
            }
        }
    }
}
