/** Services and network slices (eMBB, URLLC, mMTC) with their SLA targets; later issues use them as intents. */
package org.nettwin.model.slice;
