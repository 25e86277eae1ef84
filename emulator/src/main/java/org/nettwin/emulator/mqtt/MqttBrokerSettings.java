package org.nettwin.emulator.mqtt;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.telemetry.security.Identity;

/**
 * How the embedded broker runs: the TLS identity it presents (issued for 127.0.0.1), its accounts (one per device
 * and collector, user names unique) and its TLS port on 127.0.0.1 ({@code 0}: any free port).
 */
public record MqttBrokerSettings(Identity identity, List<MqttAccount> accounts, int port) {

    public MqttBrokerSettings {
        requireNonNull(identity, "identity");
        accounts = List.copyOf(accounts);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("MQTT broker port " + port + " is not 0..65535");
        }
        byUser(accounts);
    }

    /** A broker on any free port. */
    public static MqttBrokerSettings of(Identity identity, List<MqttAccount> accounts) {
        return new MqttBrokerSettings(identity, accounts, 0);
    }

    /** These settings on {@code newPort}. */
    public MqttBrokerSettings withPort(int newPort) {
        return new MqttBrokerSettings(identity, accounts, newPort);
    }

    /** The accounts by user name. */
    Map<String, MqttAccount> accountsByUser() {
        return byUser(accounts);
    }

    private static Map<String, MqttAccount> byUser(List<MqttAccount> accounts) {
        Map<String, MqttAccount> out = new LinkedHashMap<>();
        for (MqttAccount a : accounts) {
            if (out.put(a.username(), a) != null) {
                throw new IllegalArgumentException("MQTT broker: user name '" + a.username() + "' is given twice");
            }
        }
        return Map.copyOf(out);
    }
}
