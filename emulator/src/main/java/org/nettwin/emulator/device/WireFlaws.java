package org.nettwin.emulator.device;

import java.time.Duration;

/**
 * The flaws of a device's telemetry on the wire. An endpoint asks {@link #next()} once per message it is about to
 * send (a gNMI notification, an MQTT publication, a Prometheus scrape response) and obeys the answer. Draws come
 * from the device's own seeded random stream, so a run is reproducible.
 */
public interface WireFlaws {

    /** No flaws: every message is delivered once, on time, well formed. */
    WireFlaws NONE = new WireFlaws() {
        @Override
        public Delivery next() {
            return Delivery.NORMAL;
        }

        @Override
        public Duration lateBy() {
            return Duration.ZERO;
        }
    };

    /** The fate of the next message. */
    Delivery next();

    /** How late a {@link Delivery#LATE} message is sent. */
    Duration lateBy();
}
