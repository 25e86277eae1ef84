/** {@code nettwin simulate}: runs the packet-level simulator on a scenario file and reports per-flow figures. */
package org.nettwin.server.simulate;
