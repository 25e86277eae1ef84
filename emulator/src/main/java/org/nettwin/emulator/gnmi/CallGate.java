package org.nettwin.emulator.gnmi;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.concurrent.atomic.AtomicLong;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.telemetry.security.Credentials;

/**
 * Admits a call to one device: UNAVAILABLE while the device is unreachable; UNAUTHENTICATED (counted) when the
 * {@code username}/{@code password} metadata are missing or wrong, or when the device has no credentials at all.
 * Messages never echo what was offered.
 */
final class CallGate implements ServerInterceptor {

    static final Metadata.Key<String> USERNAME = Metadata.Key.of("username", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> PASSWORD = Metadata.Key.of("password", Metadata.ASCII_STRING_MARSHALLER);

    private final EmulatedDevice device;
    private final Credentials credentials;
    private final AtomicLong refused = new AtomicLong();

    /** @param credentials what the device accepts, or null when it accepts nobody */
    CallGate(EmulatedDevice device, Credentials credentials) {
        this.device = device;
        this.credentials = credentials;
    }

    long refused() {
        return refused.get();
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        if (!device.reachable()) {
            call.close(Status.UNAVAILABLE.withDescription("device " + device.id() + " is unreachable"),
                    new Metadata());
            return new ServerCall.Listener<>() { };
        }
        if (credentials == null || !credentials.matches(headers.get(USERNAME), headers.get(PASSWORD))) {
            refused.incrementAndGet();
            call.close(Status.UNAUTHENTICATED.withDescription("device " + device.id()
                    + ": missing or wrong username/password"), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        return next.startCall(call, headers);
    }
}
