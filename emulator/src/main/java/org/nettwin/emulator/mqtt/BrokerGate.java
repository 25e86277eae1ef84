package org.nettwin.emulator.mqtt;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The broker's authentication and access control: per-user credentials, devices publish under their own subtree
 * only, collectors subscribe under {@code nettwin/} only. Every refusal is counted by reason.
 */
final class BrokerGate implements IAuthenticator, IAuthorizatorPolicy {

    private final Map<String, MqttAccount> accounts;
    private final Map<String, Long> refused = new ConcurrentHashMap<>();

    BrokerGate(Map<String, MqttAccount> accounts) {
        this.accounts = Map.copyOf(accounts);
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        MqttAccount account = username == null ? null : accounts.get(username);
        if (account == null) {
            refuse("unknown-user");
            return false;
        }
        if (password == null) {
            refuse("missing-password");
            return false;
        }
        if (!account.credentials().matches(username, new String(password, StandardCharsets.UTF_8))) {
            refuse("bad-password");
            return false;
        }
        return true;
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
