/** A whole network description: topology, offered traffic and slices, as the readers produce it. */
package org.nettwin.model.network;
