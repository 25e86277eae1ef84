package org.nettwin.emulator.gnmi;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.nettwin.telemetry.gnmi.proto.SubscribeRequest;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.gNMIGrpc;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;

/** A test client of one device's gNMI server: TLS trusting {@code ca}, credentials as metadata when given. */
final class GnmiClient implements AutoCloseable {

    final ManagedChannel channel;
    final gNMIGrpc.gNMIBlockingStub blocking;
    final gNMIGrpc.gNMIStub async;

    GnmiClient(InetSocketAddress address, CertificateAuthority ca, Credentials credentials) {
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(address.getHostString(), address.getPort(),
                TlsChannelCredentials.newBuilder().trustManager(ca.trustManagers().getTrustManagers()).build());
        if (credentials != null) {
            Metadata metadata = new Metadata();
            metadata.put(Metadata.Key.of("username", Metadata.ASCII_STRING_MARSHALLER), credentials.username());
            metadata.put(Metadata.Key.of("password", Metadata.ASCII_STRING_MARSHALLER), credentials.secret());
            builder.intercept(MetadataUtils.newAttachHeadersInterceptor(metadata));
        }
        channel = builder.build();
        blocking = gNMIGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
        async = gNMIGrpc.newStub(channel);
    }

    /** Opens a Subscribe call sending {@code first}. */
    Stream subscribe(SubscribeRequest first) {
        Stream stream = new Stream();
        stream.requests = async.subscribe(stream);
        stream.requests.onNext(first);
        return stream;
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow();
        channel.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The responses of one Subscribe call, queued, and how it ended. */
    static final class Stream implements StreamObserver<SubscribeResponse> {
        final BlockingQueue<SubscribeResponse> responses = new LinkedBlockingQueue<>();
        final CompletableFuture<Status> end = new CompletableFuture<>();
        StreamObserver<SubscribeRequest> requests;

        SubscribeResponse next() throws InterruptedException {
            SubscribeResponse r = responses.poll(20, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no response within 20 s; call ended: " + end.getNow(null));
            }
            return r;
        }

        Status status() throws Exception {
            return end.get(20, TimeUnit.SECONDS);
        }

        @Override
        public void onNext(SubscribeResponse value) {
            responses.add(value);
        }

        @Override
        public void onError(Throwable t) {
            end.complete(Status.fromThrowable(t));
        }

        @Override
        public void onCompleted() {
            end.complete(Status.OK);
        }
    }
}
