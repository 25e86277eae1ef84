/** The {@code nettwin topology} command: summary facts of a topology file and its most loaded links. */
package org.nettwin.server.topology;
