/**
 * nettwin's own topology format ({@code "format": "nettwin-topology/1"}): JSON that expresses every part of a
 * {@link org.nettwin.model.network.Network}, with a reader and a pretty-printing writer in a stable order.
 *
 * <pre>
 * {
 *   "format": "nettwin-topology/1",                     required, exactly this version
 *   "name": "metro-5g-lyon",                            required
 *   "version": 7,                                       optional, default 1: the Topology version (written when != 1)
 *   "nodes": [ {                                        required (may be empty)
 *     "id": "gnb-01",                                   required; a string (an integer is read as its text)
 *     "name": "gNB Part-Dieu",                          default: the id
 *     "kind": "gnb",                                    router | switch | host | gnb | core | edge; default router
 *     "coordinates": {"x": 4.859, "y": 45.761, "system": "geographic"},   optional; x = longitude, y = latitude
 *                                                       for geographic (the default system), drawing units for planar
 *     "cells": [ {"id": "gnb-01-n78", "band": "n78", "bandwidth_mhz": 100, "peak_downlink_bps": 1.6e9} ],
 *                                                       optional; gnb only
 *     "attributes": {"tac": "0x00A1"}                   optional; string values
 *   } ],
 *   "links": [ {                                        required (may be empty); full duplex
 *     "id": "l1", "a": "gnb-01", "b": "agg-east",       required
 *     "capacity_bps": 2.5e10,                           required, >= 0
 *     "capacity_source": "stated",                      stated | label | default; default stated
 *     "delay_s": 0.000013,                              one-way propagation, >= 0; default 0
 *     "metric": 10,                                     integer >= 1; default 1
 *     "queue_packets": 4000,                            integer >= 0; default 1000
 *     "attributes": {"role": "backhaul"}                optional
 *   } ],
 *   "demands": [ {"id": "d1", "origin": "core-upf-2", "destination": "gnb-03", "rate_bps": 1.2e9} ],   optional
 *   "slices": [ {                                       optional
 *     "id": "urllc", "type": "urllc",                   embb | urllc | mmtc | custom
 *     "sla": {"max_latency_s": 0.01, "max_loss_ratio": 1e-5,
 *             "min_throughput_bps": 1e8, "min_availability": 0.99999},   each optional
 *     "endpoints": ["gnb-01", "edge-east"],             node ids
 *     "demands": ["d1"]                                 demand ids
 *   } ]
 * }
 * </pre>
 *
 * Unknown fields are ignored. The topology version is not stored: a file is one snapshot and reads as version 1.
 */
package org.nettwin.model.format.nettwin;
