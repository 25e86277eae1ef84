/**
 * MQTT telemetry of emulated cells: an embedded broker ({@link org.nettwin.emulator.mqtt.MqttBroker}, TLS only,
 * per-user credentials, per-device topic access) and the cells' publishers
 * ({@link org.nettwin.emulator.mqtt.CellPublisher}, one client session per cell).
 *
 * <h2>Topic and payload</h2>
 * A cell {@code <gnb>/<cell>} publishes on {@code nettwin/cells/<gnb>/<cell>/kpi}, at QoS 1, not retained, every
 * interval (1 s by default), one JSON object:
 * <pre>
 * {"device":"gnb1/c1","ts":1764130000123456789,"seq":42,"prb_utilisation":63.5,"connected_ues":17.0,
 *  "dl_throughput_bps":1.2E8,"ul_throughput_bps":2.1E7,"cqi":11.0}
 * </pre>
 * <ul>
 *   <li>{@code device}: the cell's id; it must agree with the topic.</li>
 *   <li>{@code ts}: when the sample was taken, on the cell's own (possibly skewed) clock, in ns since the epoch.</li>
 *   <li>{@code seq}: 1, 2, 3... per cell session of the publisher; a gap is a lost message, a repeat a duplicate.</li>
 *   <li>every other field: one of the cell's gauge (a JSON number) or counter (an unsigned integer) leaves, named by
 *       the leaf's path; text and flag leaves and non-finite gauges are not published.</li>
 * </ul>
 * The cell's wire flaws apply per message: a dropped message is not sent (its {@code seq} is skipped), a duplicate
 * is sent twice with the same {@code seq}, a late one is sent {@code lateBy()} after it was sampled (same
 * {@code ts}), a malformed one is either truncated JSON or holds the string {@code "n/a"} for a measured field.
 *
 * <h2>Access control</h2>
 * A device account connects with its device id as client id and may publish only under
 * {@code nettwin/cells/<its id>/}; a collector account may subscribe under {@code nettwin/} and publish nothing, and
 * no account may take another device's client id. Unknown users, bad or missing passwords, anonymous clients, stolen
 * client ids, and publications or subscriptions outside an account's rights are refused and counted by reason.
 */
package org.nettwin.emulator.mqtt;
