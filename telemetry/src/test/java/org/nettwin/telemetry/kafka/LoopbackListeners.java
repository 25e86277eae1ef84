package org.nettwin.telemetry.kafka;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.test.api.TestKitDefaults;

/**
 * Keeps the Kafka test kit on 127.0.0.1. Its 4.1 builder pre-binds each node's broker and controller listener on the
 * wildcard address ({@code new InetSocketAddress(port)}), with no setting to change it; binding those sockets on the
 * loopback address first, into the builder's socket table, makes the kit reuse them instead.
 */
final class LoopbackListeners {

    private LoopbackListeners() {
    }

    @SuppressWarnings("unchecked")
    static void prebind(KafkaClusterTestKit.Builder builder, TestKitNodes nodes) throws Exception {
        Field managerField = KafkaClusterTestKit.Builder.class.getDeclaredField("socketFactoryManager");
        managerField.setAccessible(true);
        Object manager = managerField.get(builder);
        Field socketsField = manager.getClass().getDeclaredField("sockets");
        socketsField.setAccessible(true);
        Map<Integer, Map<String, ServerSocketChannel>> sockets =
                (Map<Integer, Map<String, ServerSocketChannel>>) socketsField.get(manager);
        for (int id : nodes.controllerNodes().keySet()) {
            sockets.computeIfAbsent(id, k -> new HashMap<>())
                    .put(TestKitDefaults.DEFAULT_CONTROLLER_LISTENER_NAME, loopback());
        }
        for (int id : nodes.brokerNodes().keySet()) {
            sockets.computeIfAbsent(id, k -> new HashMap<>())
                    .put(TestKitDefaults.DEFAULT_BROKER_LISTENER_NAME, loopback());
        }
    }

    private static ServerSocketChannel loopback() throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.configureBlocking(false); // as Kafka's own socket factory opens it, for its selector
        return channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }
}
