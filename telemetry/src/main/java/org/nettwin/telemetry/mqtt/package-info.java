/**
 * The {@code mqtt} collector: subscribes to devices' KPI messages on an MQTT broker and decodes them into
 * measurements.
 *
 * <p>A message is one JSON object {@code {"device":"gnb1/c1","ts":<ns since the epoch on the device's clock>,
 * "seq":<n>,"prb_utilisation":63.5,...}} on a topic such as {@code nettwin/cells/gnb1/c1/kpi}. Each numeric field
 * other than {@code device}, {@code ts} and {@code seq} becomes one measurement: source = the device, name = the
 * field name, source time = {@code ts}, no labels (the topic only identifies the device). The device is named twice,
 * by the topic (the levels a filter's {@code +} wildcards match) and by the {@code device} field; both must agree
 * and the device must be a target (or the collector accept all, {@code sources=*}), otherwise the message is
 * refused and counted as {@code unknown-source}. A target may pin its exact topic with the target setting
 * {@code topic}. Malformed JSON, a missing {@code device} or {@code ts} reject the whole message, a non-numeric
 * field only itself; all are counted per device. Duplicates pass (the pipeline removes them).
 */
package org.nettwin.telemetry.mqtt;
