/**
 * Telemetry time series in the repository: series keys (entity, metric with unit), columnar sample batches with
 * idempotent ids and per-sample rejection, range / latest / bucketed queries, roll-ups and retention.
 */
package org.nettwin.store.series;
