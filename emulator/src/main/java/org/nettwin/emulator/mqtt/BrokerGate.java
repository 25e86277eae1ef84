package org.nettwin.emulator.mqtt;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The broker's authentication and access control: per-user credentials, a device's client id reserved to its own
 * account, devices publish under their own subtree only, collectors subscribe under {@code nettwin/} only. Every
 * refusal is counted by reason.
 */
final class BrokerGate implements IAuthenticator, IAuthorizatorPolicy {

    private final Map<String, MqttAccount> accounts;
    private final Set<String> devices;
    private final Map<String, Long> refused = new ConcurrentHashMap<>();

    BrokerGate(Map<String, MqttAccount> accounts) {
        this.accounts = Map.copyOf(accounts);
        this.devices = accounts.values().stream().flatMap(a -> a.device().stream()).collect(Collectors.toSet());
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        MqttAccount account = username == null ? null : accounts.get(username);
        if (account == null) {
            refuse("unknown-user");
            return false;
        }
        // Moquette refuses a missing password itself (anonymous mode off); ConnectWatchingEngine counts it.
        if (password == null) {
            return false;
        }
        if (!account.credentials().matches(username, new String(password, StandardCharsets.UTF_8))) {
            refuse("bad-password");
            return false;
        }
        boolean ownId = account.device().map(d -> d.equals(clientId)).orElse(!devices.contains(clientId));
        if (!ownId) {
            refuse("client-id-mismatch");
        }
        return ownId;
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        MqttAccount account = user == null ? null : accounts.get(user);
        String name = topic.toString();
        boolean allowed = account != null && account.publishRoot().map(r -> name.startsWith(r + "/")).orElse(false);
        if (!allowed) {
            refuse("publish-denied");
        }
        return allowed;
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        MqttAccount account = user == null ? null : accounts.get(user);
        boolean allowed = account != null && account.collector() && topic.toString().startsWith(CellTopics.PREFIX);
        if (!allowed) {
            refuse("subscribe-denied");
        }
        return allowed;
    }

    void refuse(String reason) {
        refused.merge(reason, 1L, Long::sum);
    }

    Map<String, Long> refused() {
        return new TreeMap<>(refused);
    }
}
