package org.nettwin.model.format.sndlib;

import java.util.Locale;
import java.util.Optional;

/** The rate unit of an SNDlib file's capacities and demand values ({@code META unit}; Mbit/s when absent). */
enum SndlibUnit {
    BITPERSEC(1),
    KBITPERSEC(1e3),
    MBITPERSEC(1e6),
    GBITPERSEC(1e9),
    TBITPERSEC(1e12);

    private final double bitsPerSecond;

    SndlibUnit(double bitsPerSecond) {
        this.bitsPerSecond = bitsPerSecond;
    }

    /** Bits per second in one of this unit. */
    double bitsPerSecond() {
        return bitsPerSecond;
    }

    /** The unit a file names, case-insensitively; empty when unknown. */
    static Optional<SndlibUnit> of(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (SndlibUnit unit : values()) {
            if (unit.name().equals(wanted)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
