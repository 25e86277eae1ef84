/**
 * The Kafka collector, for sites that already stream telemetry into Kafka: consumes gNMI notifications in protobuf
 * JSON (as gnmic writes them) or Telegraf JSON metrics from topics, in a consumer group, over TLS and optional SASL.
 */
package org.nettwin.telemetry.kafka;
