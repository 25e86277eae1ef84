package org.nettwin.twin.live;

import org.nettwin.twin.state.ElementStatus;

/**
 * One interface of one device as the twin knows it: the node it belongs to, its name, the link end it is mapped to
 * ({@code link} = -1 while unknown; from its description, else the naming convention), its reported oper-status and
 * admin state. Written by the observation thread, read by the recompute: fields are volatile.
 */
final class Port {

    final int node;
    final String device;
    final String name;
    volatile int link = -1;
    volatile int side = -1;
    volatile boolean described;
    volatile ElementStatus oper = ElementStatus.UNKNOWN;
    volatile boolean enabled = true;

    Port(int node, String device, String name) {
        this.node = node;
        this.device = device;
        this.name = name;
    }

    /** The direction this interface sends on, or -1 while unmapped. */
    int outDirection() {
        int l = link;
        int s = side;
        return l < 0 || s < 0 ? -1 : 2 * l + s;
    }

    /** The direction this interface receives, or -1 while unmapped. */
    int inDirection() {
        int l = link;
        int s = side;
        return l < 0 || s < 0 ? -1 : 2 * l + 1 - s;
    }

    /** DOWN when it reports oper-status DOWN or is administratively disabled. */
    boolean reportsDown() {
        return oper == ElementStatus.DOWN || !enabled;
    }
}
