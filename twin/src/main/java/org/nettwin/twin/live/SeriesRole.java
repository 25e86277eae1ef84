package org.nettwin.twin.live;

/**
 * What one clean series means to the twin, decided once per series: its node, its {@link Kind}, the interface it
 * counts on (null unless the kind is an interface counter) and, for a cell KPI, the KPI's name.
 */
record SeriesRole(int node, Kind kind, Port port, String kpi) {

    /** The series the twin reads; everything else is {@code IGNORED} (known source) or {@code UNKNOWN} (not). */
    enum Kind {
        OUT_OCTETS, IN_OCTETS, OUT_PKTS, IN_ERRORS, OUT_DISCARDS,
        CPU_PERCENT, MEM_USED, MEM_AVAILABLE, CPU_IDLE, CPU_BUSY, MEM_TOTAL_BYTES, MEM_AVAILABLE_BYTES,
        NF_SUM, NF_COUNT, CELL, IGNORED, UNKNOWN
    }

    static final SeriesRole UNKNOWN = new SeriesRole(-1, Kind.UNKNOWN, null, "");

    static SeriesRole ignored(int node) {
        return new SeriesRole(node, Kind.IGNORED, null, "");
    }

    boolean read() {
        return kind != Kind.IGNORED && kind != Kind.UNKNOWN;
    }
}
