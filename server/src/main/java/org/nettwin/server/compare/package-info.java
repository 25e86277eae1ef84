/** {@code nettwin compare}: a what-if result against its baseline, headline first. */
package org.nettwin.server.compare;
