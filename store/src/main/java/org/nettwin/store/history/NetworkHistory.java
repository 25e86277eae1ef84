package org.nettwin.store.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.network.Network;

/**
 * Every version of the network model and of device configuration, kept bitemporally so that "the network as it was
 * at 14:05 last Tuesday" ({@link #asOf(Instant)}) and "what the twin believed then" ({@link #asOf(Instant, Instant)})
 * are queries. Record time is the store's clock; nothing is ever overwritten. Thread-safe.
 */
public interface NetworkHistory {

    /** Records a version valid from {@code validFrom}; its record time is now. Versions are numbered 1, 2, ... */
    NetworkVersion record(Network network, Instant validFrom, String reason);

    /** The network in force at {@code validTime}, as known now. */
    Optional<Network> asOf(Instant validTime);

    /**
     * The network in force at {@code validTime} as the twin knew it at {@code knownAt}: among versions recorded at or
     * before {@code knownAt}, the one with the latest valid time at or before {@code validTime} (for equal valid
     * times, the latest recorded: a correction).
     */
    Optional<Network> asOf(Instant validTime, Instant knownAt);

    /** Which version {@link #asOf(Instant, Instant)} would return. */
    Optional<NetworkVersion> versionAsOf(Instant validTime, Instant knownAt);

    Optional<Network> network(long version);

    /** Versions with a valid time in [from, to), in valid-time then record-time order. */
    List<NetworkVersion> versions(Instant from, Instant to);

    /** Records a configuration change (empty value: the setting was removed); its record time is now. */
    ConfigChange recordConfig(String device, String key, Optional<String> value, Instant validFrom, String reason);

    /** A device's settings in force at {@code validTime} as known at {@code knownAt}. */
    Map<String, String> configAsOf(String device, Instant validTime, Instant knownAt);

    /** A device's configuration changes with a valid time in [from, to), in valid-time order. */
    List<ConfigChange> configChanges(String device, Instant from, Instant to);
}
