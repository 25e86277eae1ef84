package org.nettwin.server.twin;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.model.network.Network;
import org.nettwin.server.collect.LiveCollection;
import org.nettwin.server.emulate.EmulatorRig;
import org.nettwin.store.TwinStore;
import org.nettwin.twin.live.LiveTwin;
import org.nettwin.twin.live.LiveTwinSettings;

/**
 * A living twin of an emulated network, running: the emulator and its endpoints ({@link EmulatorRig}), collection
 * over the real protocols into the store ({@link LiveCollection}) with its raw measurements and clean samples teed
 * to the {@link LiveTwin}, and the twin recomputing every second. Closing stops the twin, then collection, then the
 * emulator.
 */
public final class TwinRig implements AutoCloseable {

    /** Collection samples every second and flushes the store every 100 ms. */
    public static final LiveCollection.Timing TIMING = new LiveCollection.Timing(Duration.ofSeconds(1),
            Duration.ofMillis(100));

    private final EmulatorRig emulator;
    private final LiveCollection collection;
    private final LiveTwin twin;

    private TwinRig(EmulatorRig emulator, LiveCollection collection, LiveTwin twin) {
        this.emulator = emulator;
        this.collection = collection;
        this.twin = twin;
    }

    /** Starts everything on {@code network}, storing into {@code store} (which the caller closes after the rig). */
    public static TwinRig start(Network network, EmulatorSettings emulatorSettings, LiveTwinSettings twinSettings,
                                TwinStore store, Clock clock) {
        requireNonNull(network, "network");
        requireNonNull(store, "store");
        LiveTwin twin = LiveTwin.of(network, twinSettings, clock, store);
        EmulatorRig emulator = null;
        try {
            emulator = EmulatorRig.start(network.topology(), emulatorSettings, clock);
            LiveCollection collection = LiveCollection.start(emulator.directory(), store.series(),
                    "twin-" + clock.millis(), clock, TIMING,
                    new LiveCollection.Tees(twin.cleanSink(), twin.observationSink()));
            twin.start();
            return new TwinRig(emulator, collection, twin);
        } catch (RuntimeException e) {
            twin.close();
            if (emulator != null) {
                emulator.close();
            }
            throw e;
        }
    }

    public EmulatorRig emulator() {
        return emulator;
    }

    public LiveCollection collection() {
        return collection;
    }

    public LiveTwin twin() {
        return twin;
    }

    @Override
    public void close() {
        twin.close();
        collection.close();
        emulator.close();
    }
}
