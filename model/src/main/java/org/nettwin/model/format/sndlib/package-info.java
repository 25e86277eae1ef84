/**
 * Reading SNDlib network instances, in the native text format and in XML, into the same network: nodes with
 * coordinates, undirected links with their pre-installed capacity, module options and costs, and the demand
 * matrix. Both readers share one assembly step, so the two versions of an instance read identically.
 */
package org.nettwin.model.format.sndlib;
