/** {@code nettwin bench}: benchmarks that print the figures issues set targets for. */
package org.nettwin.server.bench;
