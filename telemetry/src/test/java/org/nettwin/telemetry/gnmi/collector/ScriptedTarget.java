package org.nettwin.telemetry.gnmi.collector;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.TlsServerCredentials;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.SubscribeRequest;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.gNMIGrpc;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.Identity;

/**
 * A minimal real gNMI target for the collector's tests: a gRPC server on 127.0.0.1 with TLS that checks
 * {@code username}/{@code password} metadata and, on each Subscribe, sends sync_response and then one notification
 * every {@code periodMillis} made by {@code script} from a sequence number (shared across calls).
 */
final class ScriptedTarget implements AutoCloseable {

    private static final Metadata.Key<String> USER = Metadata.Key.of("username", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> PASS = Metadata.Key.of("password", Metadata.ASCII_STRING_MARSHALLER);

    private final Identity identity;
    private final Credentials credentials;
    private final LongFunction<Notification> script;
    private final long periodMillis;
    private final ScheduledExecutorService ticks = Executors.newScheduledThreadPool(1);
    private final AtomicLong sequence = new AtomicLong();
    final AtomicInteger subscribes = new AtomicInteger();
    final AtomicInteger open = new AtomicInteger();
    final List<SubscribeRequest> requests = new CopyOnWriteArrayList<>();
    private Server server;
    private int port;

    ScriptedTarget(Identity identity, Credentials credentials, long periodMillis, LongFunction<Notification> script) {
        this.identity = identity;
        this.credentials = credentials;
        this.periodMillis = periodMillis;
        this.script = script;
    }

    ScriptedTarget start() throws IOException {
        return startOn(0);
    }

    synchronized ScriptedTarget startOn(int wanted) throws IOException {
        TlsServerCredentials.Builder tls = TlsServerCredentials.newBuilder()
                .keyManager(identity.keyManagers().getKeyManagers());
        server = io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder
                .forAddress(new InetSocketAddress("127.0.0.1", wanted), tls.build())
                .addService(ServerInterceptors.intercept(new Service(), new Gate())).build().start();
        port = server.getPort();
        return this;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    synchronized void stop() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        ticks.shutdownNow();
    }

    private final class Gate implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                           ServerCallHandler<Q, R> next) {
            if (!credentials.matches(headers.get(USER), headers.get(PASS))) {
                call.close(Status.UNAUTHENTICATED.withDescription("bad credentials"), new Metadata());
                return new ServerCall.Listener<>() { };
            }
            return next.startCall(call, headers);
        }
    }

    private final class Service extends gNMIGrpc.gNMIImplBase {
        @Override
        public StreamObserver<SubscribeRequest> subscribe(StreamObserver<SubscribeResponse> responses) {
            ServerCallStreamObserver<SubscribeResponse> out = (ServerCallStreamObserver<SubscribeResponse>) responses;
            List<java.util.concurrent.Future<?>> tasks = new CopyOnWriteArrayList<>();
            out.setOnCancelHandler(() -> {
                open.decrementAndGet();
                tasks.forEach(t -> t.cancel(false));
            });
            return new StreamObserver<>() {
                @Override
                public void onNext(SubscribeRequest request) {
                    requests.add(request);
                    if (!request.hasSubscribe()) {
                        return;
                    }
                    subscribes.incrementAndGet();
                    open.incrementAndGet();
                    synchronized (out) {
                        out.onNext(SubscribeResponse.newBuilder().setSyncResponse(true).build());
                    }
                    tasks.add(ticks.scheduleAtFixedRate(() -> {
                        synchronized (out) {
                            try {
                                if (!out.isCancelled()) {
                                    out.onNext(SubscribeResponse.newBuilder()
                                            .setUpdate(script.apply(sequence.incrementAndGet())).build());
                                }
                            } catch (RuntimeException e) {
                                throw new IllegalStateException("stream over", e); // ends this periodic task
                            }
                        }
                    }, periodMillis, periodMillis, TimeUnit.MILLISECONDS));
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onCompleted() {
                    out.onCompleted();
                }
            };
        }
    }
}
