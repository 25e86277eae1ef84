package org.nettwin.telemetry.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.WakeupException;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * Consumes telemetry records from Kafka topics in a consumer group on its own thread and delivers each record's
 * measurements, all or none. A malformed record is counted ({@code rejected(source or "unknown", "malformed")}; one
 * naming no source {@code "no-source"}) and the loop goes on; a record from a source outside the {@code sources}
 * allow-list is {@code refused("unknown-source")}. Broker trouble is an error of the source named by the bootstrap
 * address (whose {@code connected} says whether the group has partitions), a TLS failure also
 * {@code refused("untrusted-certificate")}, a SASL failure {@code refused("unauthorized")}; the consumer retries.
 */
public final class KafkaCollector implements Collector {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final long RETRY_MILLIS = 1_000;

    private final KafkaSettings settings;
    private final RecordDecoder decoder;
    private final CollectorHealth health = new CollectorHealth("kafka", Clock.systemUTC());
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    KafkaCollector(KafkaSettings settings) {
        this.settings = requireNonNull(settings, "settings");
        decoder = "gnmi-json".equals(settings.format()) ? new GnmiRecords(settings.source())
                : new TelegrafRecords(settings.source(), settings.nanosPerUnit());
    }

    @Override
    public synchronized void start(MeasurementSink sink) {
        requireNonNull(sink, "sink");
        if (thread != null || closed) {
            throw new IllegalStateException("kafka collector already started or closed");
        }
        thread = new Thread(() -> run(sink), "kafka-collector-" + settings.group());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public CollectorHealth health() {
        return health;
    }

    /** Stops polling, leaves the group and waits (up to 15 s) for the consumer to close; safe to call twice. */
    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                stopped.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(MeasurementSink sink) {
        try {
            KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(settings.consumerProperties());
            consumer = c;
            try {
                c.subscribe(settings.topics());
                while (!closed) {
                    poll(c, sink);
                }
            } catch (WakeupException e) {
                // closed while polling
            } finally {
                c.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            }
        } catch (KafkaException e) {
            health.error(settings.bootstrap(), "consumer failed: " + e.getClass().getSimpleName());
        } finally {
            health.connected(settings.bootstrap(), false);
            stopped.countDown();
        }
    }

    private void poll(KafkaConsumer<String, byte[]> c, MeasurementSink sink) {
        try {
            for (ConsumerRecord<String, byte[]> record : c.poll(POLL)) {
                handle(record, sink);
            }
            health.connected(settings.bootstrap(), !c.assignment().isEmpty());
        } catch (WakeupException e) {
            if (!closed) {
                throw e;
            }
        } catch (AuthenticationException e) {
            health.refused(e instanceof SslAuthenticationException ? "untrusted-certificate" : "unauthorized");
            failed("broker refused the session: " + e.getClass().getSimpleName());
        } catch (KafkaException e) {
            failed("poll failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void failed(String message) {
        health.error(settings.bootstrap(), message);
        health.connected(settings.bootstrap(), false);
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record, MeasurementSink sink) {
        if (record.value() == null) {
            return; // a tombstone carries no telemetry
        }
        List<Measurement> batch;
        try {
            batch = decoder.decode(record.key(), record.value());
        } catch (RecordProblem p) {
            health.rejected(p.source(), p.reason());
            return;
        } catch (RuntimeException e) {
            health.rejected(record.key() == null ? "unknown" : record.key(), "malformed");
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Measurement m : batch) {
            if (!settings.sources().isEmpty() && !settings.sources().contains(m.source())) {
                if (counts.putIfAbsent(m.source(), -1) == null) {
                    health.refused("unknown-source");
                }
                continue;
            }
            sink.accept(m);
            counts.merge(m.source(), 1, Integer::sum);
        }
        counts.forEach((source, n) -> {
            if (n > 0) {
                health.delivered(source, n);
            }
        });
    }
}
