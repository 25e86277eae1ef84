package org.nettwin.emulator.gnmi;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.telemetry.security.Identity;

/**
 * The gNMI endpoints of the emulated routers and radio sites: one gRPC server per device on 127.0.0.1 (a real device
 * has its own address), all sharing one Netty boss and worker event-loop pair, one call executor and one sampling
 * scheduler, so hundreds of devices cost a few threads. Devices of other roles are ignored.
 */
public final class GnmiEndpoint implements AutoCloseable {

    private final Map<String, Server> servers = new LinkedHashMap<>();
    private final Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
    private final Map<String, CallGate> gates = new LinkedHashMap<>();
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;

    private GnmiEndpoint() {
        int cores = Runtime.getRuntime().availableProcessors();
        boss = new NioEventLoopGroup(1, threads("gnmi-endpoint-boss"));
        workers = new NioEventLoopGroup(Math.max(2, cores), threads("gnmi-endpoint-io"));
        executor = Executors.newFixedThreadPool(Math.max(4, 2 * cores), threads("gnmi-endpoint-call"));
        scheduler = Executors.newScheduledThreadPool(Math.max(2, cores), threads("gnmi-endpoint-sample"));
    }

    /**
     * Starts one server per router or radio site of {@code devices}.
     *
     * @throws IllegalArgumentException when two devices share an id, or TLS is on and a device has no identity
     * @throws UncheckedIOException when a server cannot bind
     */
    public static GnmiEndpoint start(List<EmulatedDevice> devices, GnmiEndpointSettings settings) {
        GnmiEndpoint endpoint = new GnmiEndpoint();
        try {
            for (EmulatedDevice device : devices) {
                if (device.role() == DeviceRole.ROUTER || device.role() == DeviceRole.RADIO_SITE) {
                    endpoint.serve(device, settings);
                }
            }
            return endpoint;
        } catch (IOException e) {
            endpoint.close();
            throw new UncheckedIOException("gnmi endpoint: cannot start a device server: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            endpoint.close();
            throw e;
        }
    }

    private void serve(EmulatedDevice device, GnmiEndpointSettings settings) throws IOException {
        String id = device.id();
        if (servers.containsKey(id)) {
            throw new IllegalArgumentException("gnmi endpoint: device id " + id + " appears twice");
        }
        CallGate gate = new CallGate(device, settings.credentials().get(id));
        DeviceService service = new DeviceService(new DeviceView(device), settings, scheduler);
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), credentials(id, settings))
                .bossEventLoopGroup(boss).workerEventLoopGroup(workers).channelType(NioServerSocketChannel.class)
                .executor(executor)
                .addService(ServerInterceptors.intercept(service, gate))
                .build().start();
        servers.put(id, server);
        gates.put(id, gate);
        addresses.put(id, new InetSocketAddress("127.0.0.1", server.getPort()));
    }

    private static ServerCredentials credentials(String id, GnmiEndpointSettings settings) {
        if (!settings.tls().enabled()) {
            return InsecureServerCredentials.create();
        }
        Identity identity = settings.identityOf(id).orElseThrow(() -> new IllegalArgumentException(
                "gnmi endpoint: TLS is on but device " + id + " has no identity"));
        return TlsServerCredentials.newBuilder().keyManager(identity.keyManagers().getKeyManagers()).build();
    }

    /** Each served device's address, by device id, in the order the devices were given. */
    public Map<String, InetSocketAddress> addresses() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
    }

    /** How many calls to {@code deviceId} were refused for missing or wrong credentials (0 for unknown ids). */
    public long refusedCalls(String deviceId) {
        CallGate gate = gates.get(deviceId);
        return gate == null ? 0 : gate.refused();
    }

    /** Stops every server (ending their calls) and the shared threads; safe to call twice. */
    @Override
    public void close() {
        servers.values().forEach(Server::shutdownNow);
        for (Server server : servers.values()) {
            try {
                server.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        scheduler.shutdownNow();
        executor.shutdownNow();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
