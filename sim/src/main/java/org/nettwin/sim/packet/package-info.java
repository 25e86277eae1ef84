/**
 * The packet-level network model of spec/scenario-format.md on the primitive event loop: full-duplex
 * point-to-point links with a drop-tail FIFO per direction, store-and-forward, static shortest-path routing with
 * what-if events, CBR and Poisson sources, FlowMonitor-style measurement. Packets are pooled indexes into primitive
 * arrays. {@link org.nettwin.sim.packet.PacketSimulator} is the backend ("packet") that runs replications in
 * parallel and aggregates them.
 */
package org.nettwin.sim.packet;
