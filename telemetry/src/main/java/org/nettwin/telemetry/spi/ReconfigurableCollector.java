package org.nettwin.telemetry.spi;

import java.util.Set;

/**
 * A collector whose targets (or subscriptions) can be added and removed while it runs, without a restart. Adding a
 * target whose name exists replaces it; removing an unknown name does nothing.
 */
public interface ReconfigurableCollector extends Collector {

    /** Starts collecting from {@code target} (at once if the collector runs, else when it starts). */
    void add(Target target);

    /** Stops collecting from the target named {@code name} and forgets its health. */
    void remove(String name);

    /** The names of the current targets. */
    Set<String> targets();
}
