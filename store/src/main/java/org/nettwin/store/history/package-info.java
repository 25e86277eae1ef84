/** Bitemporal history of network versions and device configuration: as-of valid time and as-known-at record time. */
package org.nettwin.store.history;
