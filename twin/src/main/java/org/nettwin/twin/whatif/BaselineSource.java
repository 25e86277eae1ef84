package org.nettwin.twin.whatif;

import java.time.Instant;
import java.util.Optional;

/**
 * Where what-ifs get their baseline: the live twin for now ({@code asOf} empty), the repository for a past moment.
 * Throws {@link java.util.NoSuchElementException} with a one-line message when it has nothing for that moment (no
 * network version then, or no link loads stored around it).
 */
@FunctionalInterface
public interface BaselineSource {

    Baseline baseline(Optional<Instant> asOf);
}
