package org.nettwin.telemetry.gnmi.collector;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import org.nettwin.telemetry.gnmi.proto.SubscribeRequest;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.measurement.Measurement;

/**
 * The responses of one Subscribe call: each notification converted and handed to the sink (no lock held, so a slow
 * sink slows only this call's flow control), rejected notifications counted by reason, and the call's end reported
 * to the session, which reconnects. UNAUTHENTICATED and TLS failures count as refused peers too.
 */
final class SubscribeResponses implements ClientResponseObserver<SubscribeRequest, SubscribeResponse> {

    private final TargetSession session;
    private final int generation;
    private final NotificationConverter converter;

    SubscribeResponses(TargetSession session, int generation, NotificationConverter converter) {
        this.session = session;
        this.generation = generation;
        this.converter = converter;
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<SubscribeRequest> requests) {
        session.started(generation, requests);
    }

    @Override
    public void onNext(SubscribeResponse response) {
        if (!session.current(generation)) {
            return;
        }
        session.answered(generation);
        if (!response.hasUpdate()) {
            return;
        }
        String source = session.name();
        Conversion conversion = converter.convert(response.getUpdate());
        if (conversion instanceof Conversion.Rejected rejected) {
            session.health().rejected(source, rejected.reason());
            return;
        }
        var measurements = ((Conversion.Accepted) conversion).measurements();
        for (Measurement m : measurements) {
            session.sink().accept(m);
        }
        session.health().delivered(source, measurements.size());
    }

    @Override
    public void onError(Throwable t) {
        if (!session.current(generation)) {
            return;
        }
        Status status = Status.fromThrowable(t);
        String source = session.name();
        if (status.getCode() == Status.Code.UNAUTHENTICATED) {
            session.health().refused("unauthenticated");
            session.health().error(source, "refused by the target: unauthenticated");
        } else if (tlsFailure(t)) {
            session.health().refused("tls");
            session.health().error(source, "TLS handshake failed (" + tlsCause(t) + ")");
        } else {
            session.health().error(source, "subscribe failed: " + status.getCode()
                    + (status.getDescription() == null ? "" : " " + status.getDescription()));
        }
        session.ended(generation, true);
    }

    @Override
    public void onCompleted() {
        if (!session.current(generation)) {
            return;
        }
        boolean expected = session.completesNormally();
        if (!expected) {
            session.health().error(session.name(), "the target ended the subscription");
        }
        session.ended(generation, !expected);
    }

    private static boolean tlsFailure(Throwable t) {
        return !tlsCause(t).isEmpty();
    }

    private static String tlsCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SSLException || c instanceof CertificateException) {
                return c.getClass().getSimpleName();
            }
        }
        return "";
    }
}
