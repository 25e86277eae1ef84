/**
 * The cleaning and synchronising pipeline: raw measurements in (with the collector's receive time), clean samples on
 * the twin's time grid out, through {@link org.nettwin.telemetry.pipeline.CleanSampleSink}. Per-series state lives in
 * primitive arrays indexed by an interned series number, so the hot path does no per-sample map lookups beyond the
 * one that interns a {@link org.nettwin.telemetry.measurement.Measurement}'s series.
 */
package org.nettwin.telemetry.pipeline;
