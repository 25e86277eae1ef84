/**
 * Building blocks shared by the file-format readers: hardened StAX input, strict decimal numbers, fibre
 * propagation delay and file-name stems. Nothing here knows a particular format.
 */
package org.nettwin.model.format.parse;
