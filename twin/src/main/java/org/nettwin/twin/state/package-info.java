/**
 * The twin's view of the network at one moment, as immutable records that serialise to the JSON of the API
 * ({@code server/src/main/resources/openapi.yaml}): element status, measured and predicted load per link direction,
 * node and cell KPIs, the traffic-matrix estimate, twin fidelity and active alarms. Rates are bit/s and ratios are
 * fractions in [0, 1]; the unit is part of every field name because these records are the wire format.
 */
package org.nettwin.twin.state;
