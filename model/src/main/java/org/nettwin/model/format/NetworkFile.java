package org.nettwin.model.format;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.nettwin.model.network.Network;
import org.nettwin.model.scenario.Scenario;

/**
 * A network as read from a file: the format it was in, the network, the scenario when the file was one (its
 * flows are then the network's demands), and warnings about what the reader skipped or assumed.
 */
public record NetworkFile(Format format, Network network, Optional<Scenario> scenario, List<String> warnings) {

    public NetworkFile {
        requireNonNull(format, "format");
        requireNonNull(network, "network");
        requireNonNull(scenario, "scenario");
        warnings = List.copyOf(warnings);
    }

    public static NetworkFile of(Format format, Network network, List<String> warnings) {
        return new NetworkFile(format, network, Optional.empty(), warnings);
    }
}
