/**
 * nettwin's own topology format ({@code "format": "nettwin-topology/1"}): JSON that expresses every part of a
 * {@link org.nettwin.model.network.Network}, with a reader and a pretty-printing writer in a stable order.
 */
package org.nettwin.model.format.nettwin;
