package org.nettwin.emulator.mqtt;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.nettwin.telemetry.security.Credentials;

/**
 * One user of the embedded broker: its credentials and what it may do. A device account belongs to one device: it
 * must connect with the device id as its MQTT client id and may publish only under the device's own topic subtree
 * ({@code nettwin/cells/<device id>/}). A collector account may subscribe under {@code nettwin/} and publish
 * nothing; it may not take a device's client id (which would push the device's session off the broker).
 */
public record MqttAccount(Credentials credentials, Optional<String> device, boolean collector) {

    public MqttAccount {
        requireNonNull(credentials, "credentials");
        requireNonNull(device, "device");
        device.ifPresent(CellTopics::requireTopicLevels);
        if (collector == device.isPresent()) {
            throw new IllegalArgumentException("MQTT account " + credentials.username()
                    + " must be either a device's or a collector's");
        }
    }

    /** The account of the cell {@code deviceId}. */
    public static MqttAccount device(Credentials credentials, String deviceId) {
        return new MqttAccount(credentials, Optional.of(deviceId), false);
    }

    /** A collector's account. */
    public static MqttAccount collector(Credentials credentials) {
        return new MqttAccount(credentials, Optional.empty(), true);
    }

    /** The user name the account logs in with. */
    public String username() {
        return credentials.username();
    }

    /** The topic subtree a device account may publish under. */
    Optional<String> publishRoot() {
        return device.map(CellTopics::root);
    }
}
