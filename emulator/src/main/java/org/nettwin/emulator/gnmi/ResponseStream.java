package org.nettwin.emulator.gnmi;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.PathElem;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;

/**
 * The response side of one Subscribe call. Sends are serialised (sampling ticks, on-change callbacks and late
 * deliveries come from different threads) and stop once the call ends. Streamed notifications go through the
 * device's wire flaws: dropped, sent twice, sent later (a late one overtakes nothing already sent and is simply
 * sent when due, so later samples may arrive before it, as on a real network), or malformed (well-framed protobuf
 * whose first update has no value and whose path has an empty element, which a collector must reject).
 */
final class ResponseStream {

    private final ServerCallStreamObserver<SubscribeResponse> out;
    private final EmulatedDevice device;
    private final ScheduledExecutorService scheduler;
    private boolean closed;

    ResponseStream(ServerCallStreamObserver<SubscribeResponse> out, EmulatedDevice device,
                   ScheduledExecutorService scheduler) {
        this.out = out;
        this.device = device;
        this.scheduler = scheduler;
    }

    /** Sends {@code notification} as it is (initial sets, ONCE and POLL answers). */
    void send(Notification notification) {
        send(SubscribeResponse.newBuilder().setUpdate(notification).build());
    }

    void sync() {
        send(SubscribeResponse.newBuilder().setSyncResponse(true).build());
    }

    /** Sends {@code notification} as the device's wire flaws decide. */
    void stream(Notification notification) {
        Delivery delivery = device.flaws().next();
        switch (delivery) {
            case DROP:
                return;
            case DUPLICATE:
                send(notification);
                send(notification);
                return;
            case LATE:
                long nanos = Math.max(0, device.flaws().lateBy().toNanos());
                scheduler.schedule(() -> send(notification), nanos, TimeUnit.NANOSECONDS);
                return;
            case MALFORMED:
                send(malformed(notification));
                return;
            default:
                send(notification);
        }
    }

    static Notification malformed(Notification notification) {
        Update broken = Update.newBuilder()
                .setPath(Path.newBuilder().addElem(PathElem.newBuilder().setName("")))
                .setVal(TypedValue.getDefaultInstance())
                .build();
        Notification.Builder builder = notification.toBuilder();
        if (builder.getUpdateCount() == 0) {
            builder.addUpdate(broken);
        } else {
            builder.setUpdate(0, broken);
        }
        return builder.build();
    }

    private synchronized void send(SubscribeResponse response) {
        if (closed || out.isCancelled()) {
            return;
        }
        try {
            out.onNext(response);
        } catch (RuntimeException e) {
            closed = true; // the call ended under us (cancelled by the client)
        }
    }

    synchronized void complete() {
        if (!closed) {
            closed = true;
            out.onCompleted();
        }
    }

    synchronized void fail(Status status) {
        if (!closed) {
            closed = true;
            out.onError(status.asRuntimeException());
        }
    }

    /** Marks the stream ended by the client (cancelled or half-closed with an error). */
    synchronized void abandon() {
        closed = true;
    }
}
