/**
 * The Prometheus scraper: pulls text exposition from HTTP(S) targets at their intervals, decodes each scrape whole
 * (a malformed body is rejected entirely) and adds Prometheus' own {@code up} and {@code scrape_duration_seconds}.
 */
package org.nettwin.telemetry.prometheus.scraper;
