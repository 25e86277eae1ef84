/**
 * Reading Topology Zoo GraphML (the yEd-drawn source files and the processed archive files) into a network:
 * nodes, undirected links with capacities taken from {@code LinkSpeedRaw} or parsed from link labels, and
 * propagation delays from node latitude/longitude.
 */
package org.nettwin.model.format.graphml;
