/** The {@code nettwin} command line: sub-commands, exit statuses and one-line error reporting. */
package org.nettwin.server.cli;
