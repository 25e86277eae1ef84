/**
 * The Unified Data Repository ({@link org.nettwin.store.TwinStore}): telemetry time series, bitemporal network and
 * configuration history, events and alarms, scenarios and results, model registry and audit log, with an embedded
 * DuckDB backend and a PostgreSQL backend behind the same interface.
 */
package org.nettwin.store;
