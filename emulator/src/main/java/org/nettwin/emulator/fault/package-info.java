/**
 * Faults the emulator can inject into a running network (links and nodes failing and recovering, degraded links,
 * traffic surges, reboots, clock jumps), their JSON form for the CLI and API, and the result of an injection.
 */
package org.nettwin.emulator.fault;
