/**
 * The Prometheus endpoints of emulated servers: one HTTPS server per device serving its leaves as text exposition
 * format 0.0.4 at {@code /metrics}, behind a per-device bearer token, with the device's wire flaws applied per scrape.
 */
package org.nettwin.emulator.prometheus;
