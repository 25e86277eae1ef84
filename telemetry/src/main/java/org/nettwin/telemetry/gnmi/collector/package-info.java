/**
 * The gNMI collector: subscribes over gRPC (TLS, per-target credentials) to each configured target, converts its
 * notifications into measurements named exactly as the gNMI JSON decoder names them, rejects invalid notifications
 * by reason and reconnects with backoff.
 */
package org.nettwin.telemetry.gnmi.collector;
