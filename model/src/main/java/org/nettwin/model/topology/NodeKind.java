package org.nettwin.model.topology;

import java.util.Locale;
import java.util.Optional;

/** What a node is in an operator network; decides which telemetry it serves and which KPIs it has. */
public enum NodeKind {
    /** An IP/MPLS router (the default when a file says nothing). */
    ROUTER,
    /** An Ethernet switch. */
    SWITCH,
    /** An end host or traffic source/sink. */
    HOST,
    /** A radio site (5G gNB) with cells. */
    GNB,
    /** A server hosting core network functions (AMF, SMF, UPF, ...). */
    CORE,
    /** An edge computing server or data centre. */
    EDGE;

    /** The lower-case name used in files ({@code router}, {@code gnb}, ...). */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case file name; empty when unknown. */
    public static Optional<NodeKind> ofFileName(String text) {
        for (NodeKind kind : values()) {
            if (kind.fileName().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
