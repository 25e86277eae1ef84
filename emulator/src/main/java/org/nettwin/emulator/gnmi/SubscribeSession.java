package org.nettwin.emulator.gnmi;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.SubscribeRequest;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.Subscription;
import org.nettwin.telemetry.gnmi.proto.SubscriptionList;
import org.nettwin.telemetry.gnmi.proto.SubscriptionMode;

/**
 * One Subscribe call on a device. The first request must be a SubscriptionList. ONCE sends every covered leaf in one
 * notification, then sync_response, then ends the call. POLL sends the same (unless {@code updates_only}) and again
 * with sync_response for each Poll request. STREAM sends the first complete set (unless {@code updates_only}), then
 * sync_response, then runs one {@link StreamPlan} per subscription; the wire flaws apply to what follows the
 * sync_response. Invalid requests end the call with INVALID_ARGUMENT naming the fault.
 */
final class SubscribeSession implements StreamObserver<SubscribeRequest> {

    private final DeviceView device;
    private final GnmiEndpointSettings settings;
    private final ScheduledExecutorService scheduler;
    private final ResponseStream out;
    private final List<StreamPlan> plans = new ArrayList<>();
    private SubscriptionList subscription;
    private List<Path> patterns = List.of();

    SubscribeSession(DeviceView device, GnmiEndpointSettings settings, ScheduledExecutorService scheduler,
                     StreamObserver<SubscribeResponse> responses) {
        this.device = device;
        this.settings = settings;
        this.scheduler = scheduler;
        ServerCallStreamObserver<SubscribeResponse> call = (ServerCallStreamObserver<SubscribeResponse>) responses;
        this.out = new ResponseStream(call, device.device(), scheduler);
        call.setOnCancelHandler(this::stop);
    }

    @Override
    public synchronized void onNext(SubscribeRequest request) {
        try {
            if (subscription == null) {
                subscribe(request);
            } else if (request.hasPoll() && subscription.getMode() == SubscriptionList.Mode.POLL) {
                sendAll();
                out.sync();
            } else {
                throw new SubscribeRefused(request.hasPoll() ? "poll request on a " + subscription.getMode()
                        + " subscription" : "a second subscription list on one call");
            }
        } catch (SubscribeRefused e) {
            stop();
            out.fail(Status.INVALID_ARGUMENT.withDescription(e.getMessage()));
        } catch (RuntimeException e) {
            stop();
            out.fail(Status.INTERNAL.withDescription("device " + device.id() + ": " + e.getClass().getSimpleName()));
        }
    }

    private void subscribe(SubscribeRequest request) throws SubscribeRefused {
        if (!request.hasSubscribe()) {
            throw new SubscribeRefused("the first request must be a subscription list");
        }
        SubscriptionList list = request.getSubscribe();
        if (list.getEncodingValue() != 0 && list.getEncodingValue() != 2 && list.getEncodingValue() != 4) {
            out.fail(Status.UNIMPLEMENTED.withDescription("encoding " + list.getEncoding() + " is not supported"));
            return;
        }
        List<Path> paths = new ArrayList<>();
        for (Subscription s : list.getSubscriptionList()) {
            Path path = GnmiPaths.join(list.getPrefix(), s.getPath());
            if (GnmiPaths.emptyElement(path) >= 0) {
                throw new SubscribeRefused("subscription path " + GnmiPaths.render(path) + " has an empty element");
            }
            paths.add(path);
            if (list.getMode() == SubscriptionList.Mode.STREAM) {
                plans.add(plan(s, path));
            }
        }
        if (paths.isEmpty()) {
            paths.add(list.getPrefix());
            if (list.getMode() == SubscriptionList.Mode.STREAM) {
                plans.add(plan(Subscription.getDefaultInstance(), list.getPrefix()));
            }
        }
        subscription = list;
        patterns = List.copyOf(paths);
        begin(list);
    }

    private void begin(SubscriptionList list) {
        if (list.getMode() == SubscriptionList.Mode.ONCE) {
            sendAll();
            out.sync();
            out.complete();
            return;
        }
        // Listeners are registered before the sync_response, so no change after it can be missed; a change in the
        // meantime may arrive before the sync_response, which gNMI allows (samples start one interval later).
        plans.forEach(p -> p.start(out, scheduler));
        if (!list.getUpdatesOnly()) {
            sendAll();
        }
        out.sync();
    }

    private StreamPlan plan(Subscription s, Path path) throws SubscribeRefused {
        if (s.getModeValue() < 0 || s.getModeValue() > 2) {
            throw new SubscribeRefused("subscription mode " + s.getModeValue() + " of " + GnmiPaths.render(path)
                    + " is unknown");
        }
        long interval = s.getSampleInterval();
        long minimum = settings.minimumSampleInterval().toNanos();
        if (interval == 0 || s.getMode() != SubscriptionMode.SAMPLE) {
            interval = settings.defaultSampleInterval().toNanos();
        } else if (interval < 0 || interval < minimum) {
            throw new SubscribeRefused("sample_interval " + Long.toUnsignedString(s.getSampleInterval())
                    + " ns of " + GnmiPaths.render(path) + " is below the minimum " + minimum + " ns");
        }
        long heartbeat = s.getHeartbeatInterval() < 0 ? Long.MAX_VALUE : s.getHeartbeatInterval();
        if (heartbeat > 0 && heartbeat < minimum) {
            throw new SubscribeRefused("heartbeat_interval of " + GnmiPaths.render(path) + " is below the minimum "
                    + minimum + " ns");
        }
        return new StreamPlan(device, path, s.getMode(), interval, s.getSuppressRedundant(), heartbeat);
    }

    private void sendAll() {
        if (device.device().reachable()) {
            out.send(device.notification(device.device().clockNanos(), device.leaves(patterns)));
        }
    }

    @Override
    public void onError(Throwable t) {
        stop();
        out.abandon();
    }

    @Override
    public void onCompleted() {
        stop();
        out.complete();
    }

    private synchronized void stop() {
        plans.forEach(StreamPlan::stop);
    }

    /** A request the session refuses with INVALID_ARGUMENT. */
    private static final class SubscribeRefused extends Exception {
        private static final long serialVersionUID = 1L;

        SubscribeRefused(String message) {
            super(message, null, false, false);
        }
    }
}
