package org.nettwin.emulator.mqtt;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.nettwin.telemetry.security.Credentials;

/**
 * One user of the embedded broker: its credentials and what it may do. A device account may publish only under its
 * own topic subtree ({@code publishRoot}, e.g. {@code nettwin/cells/gnb1/c1}); a collector account may subscribe to
 * {@code nettwin/#} and publish nothing.
 */
public record MqttAccount(Credentials credentials, Optional<String> publishRoot, boolean collector) {

    public MqttAccount {
        requireNonNull(credentials, "credentials");
        requireNonNull(publishRoot, "publishRoot");
        publishRoot.ifPresent(CellTopics::requireTopicLevels);
    }

    /** The account of the cell {@code deviceId}: it may publish under {@code nettwin/cells/<deviceId>/...} only. */
    public static MqttAccount device(Credentials credentials, String deviceId) {
        return new MqttAccount(credentials, Optional.of(CellTopics.root(deviceId)), false);
    }

    /** A collector's account: it may subscribe to {@code nettwin/#}. */
    public static MqttAccount collector(Credentials credentials) {
        return new MqttAccount(credentials, Optional.empty(), true);
    }

    /** The user name the account logs in with. */
    public String username() {
        return credentials.username();
    }
}
