/** {@code nettwin store}: the repository from the command line, and how the server reads its settings. */
package org.nettwin.server.store;
