package org.nettwin.telemetry.gnmi.collector;

import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.MetadataUtils;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.nettwin.telemetry.gnmi.proto.Encoding;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.Poll;
import org.nettwin.telemetry.gnmi.proto.SubscribeRequest;
import org.nettwin.telemetry.gnmi.proto.Subscription;
import org.nettwin.telemetry.gnmi.proto.SubscriptionList;
import org.nettwin.telemetry.gnmi.proto.SubscriptionMode;
import org.nettwin.telemetry.gnmi.proto.gNMIGrpc;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * The collector's session with one target: a channel (TLS and credentials as its settings say) and one Subscribe
 * call at a time. STREAM modes keep one call open; POLL keeps one call open and polls every interval; ONCE opens a
 * fresh call every interval. A failed call is retried after a backoff doubling from 100 ms to 5 s (reset once the
 * target answers). Thread-safe; call callbacks arrive on the transport's executor.
 */
final class TargetSession {

    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final TargetSettings settings;
    private final Transport transport;
    private final CollectorHealth health;
    private final MeasurementSink sink;
    private final ManagedChannel channel;
    private final gNMIGrpc.gNMIStub stub;
    private ClientCallStreamObserver<SubscribeRequest> requests;
    private ScheduledFuture<?> timer;
    private long backoffMillis = FIRST_BACKOFF_MILLIS;
    private int generation;
    private boolean closed;

    TargetSession(TargetSettings settings, Transport transport, CollectorHealth health, MeasurementSink sink) {
        this.settings = settings;
        this.transport = transport;
        this.health = health;
        this.sink = sink;
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(settings.host(), settings.port(), credentials())
                .eventLoopGroup(transport.group).channelType(NioSocketChannel.class).executor(transport.executor);
        settings.serverName().ifPresent(builder::overrideAuthority);
        settings.credentials().ifPresent(c -> {
            Metadata metadata = new Metadata();
            metadata.put(Metadata.Key.of("username", Metadata.ASCII_STRING_MARSHALLER), c.username());
            metadata.put(Metadata.Key.of("password", Metadata.ASCII_STRING_MARSHALLER), c.secret());
            builder.intercept(MetadataUtils.newAttachHeadersInterceptor(metadata));
        });
        this.channel = builder.build();
        this.stub = gNMIGrpc.newStub(channel);
    }

    private ChannelCredentials credentials() {
        if (!settings.tls().enabled()) {
            return InsecureChannelCredentials.create();
        }
        TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder()
                .trustManager(settings.tls().trustManagers().getTrustManagers());
        settings.tls().identity().ifPresent(id -> tls.keyManager(id.keyManagers().getKeyManagers()));
        return tls.build();
    }

    String name() {
        return settings.name();
    }

    /** Opens the first call. */
    synchronized void start() {
        health.connected(settings.name(), false);
        subscribe();
    }

    private synchronized void subscribe() {
        if (closed) {
            return;
        }
        generation++;
        SubscribeResponses responses = new SubscribeResponses(this, generation,
                new NotificationConverter(settings.name()));
        stub.subscribe(responses);
        requests.onNext(SubscribeRequest.newBuilder().setSubscribe(subscriptionList()).build());
        if (settings.mode() == CollectMode.POLL) {
            long every = settings.interval().toNanos();
            timer = transport.scheduler.scheduleAtFixedRate(this::poll, every, every, TimeUnit.NANOSECONDS);
        }
    }

    /** Called by the responses observer before the call starts. */
    synchronized void started(int callGeneration, ClientCallStreamObserver<SubscribeRequest> stream) {
        if (callGeneration == generation) {
            requests = stream;
        }
    }

    private SubscriptionList subscriptionList() {
        SubscriptionList.Builder list = SubscriptionList.newBuilder().setEncoding(Encoding.PROTO)
                .setPrefix(Path.newBuilder().setTarget(settings.name()));
        list.setMode(settings.mode() == CollectMode.POLL ? SubscriptionList.Mode.POLL
                : settings.mode() == CollectMode.ONCE ? SubscriptionList.Mode.ONCE : SubscriptionList.Mode.STREAM);
        for (Path path : settings.paths()) {
            Subscription.Builder s = Subscription.newBuilder().setPath(path);
            if (settings.mode() == CollectMode.SAMPLE) {
                s.setMode(SubscriptionMode.SAMPLE).setSampleInterval(settings.interval().toNanos());
            } else if (settings.mode() == CollectMode.ON_CHANGE) {
                s.setMode(SubscriptionMode.ON_CHANGE);
            } else {
                s.setMode(SubscriptionMode.TARGET_DEFINED);
            }
            list.addSubscription(s);
        }
        for (Path path : settings.onChangePaths()) {
            list.addSubscription(Subscription.newBuilder().setPath(path).setMode(SubscriptionMode.ON_CHANGE));
        }
        return list.build();
    }

    private synchronized void poll() {
        if (!closed && requests != null) {
            requests.onNext(SubscribeRequest.newBuilder().setPoll(Poll.getDefaultInstance()).build());
        }
    }

    /** Whether callbacks of call {@code callGeneration} still count. */
    synchronized boolean current(int callGeneration) {
        return !closed && callGeneration == generation;
    }

    /** The target answered on call {@code callGeneration}: the session is up. */
    synchronized void answered(int callGeneration) {
        if (current(callGeneration) && backoffMillis != 0) {
            backoffMillis = 0;
            health.connected(settings.name(), true);
        }
    }

    /** Call {@code callGeneration} ended; {@code failed} says whether it failed or completed. */
    synchronized void ended(int callGeneration, boolean failed) {
        if (!current(callGeneration)) {
            return;
        }
        cancelTimer();
        requests = null;
        if (!failed && settings.mode() == CollectMode.ONCE) {
            timer = transport.scheduler.schedule(this::subscribe, settings.interval().toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        health.connected(settings.name(), false);
        backoffMillis = backoffMillis == 0 ? FIRST_BACKOFF_MILLIS : Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
        channel.resetConnectBackoff();
        timer = transport.scheduler.schedule(this::subscribe, backoffMillis, TimeUnit.MILLISECONDS);
    }

    /** Whether a call ending without error is expected (ONCE calls end after their sync_response). */
    boolean completesNormally() {
        return settings.mode() == CollectMode.ONCE;
    }

    CollectorHealth health() {
        return health;
    }

    MeasurementSink sink() {
        return sink;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Cancels the call and the timers, closes the channel. */
    void close() {
        ClientCallStreamObserver<SubscribeRequest> call;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            cancelTimer();
            call = requests;
            requests = null;
        }
        if (call != null) {
            call.cancel("target removed", null);
        }
        channel.shutdownNow();
    }
}
