package org.nettwin.emulator.gnmi;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.telemetry.gnmi.proto.CapabilityRequest;
import org.nettwin.telemetry.gnmi.proto.CapabilityResponse;
import org.nettwin.telemetry.gnmi.proto.Encoding;
import org.nettwin.telemetry.gnmi.proto.GetRequest;
import org.nettwin.telemetry.gnmi.proto.GetResponse;
import org.nettwin.telemetry.gnmi.proto.ModelData;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.SetRequest;
import org.nettwin.telemetry.gnmi.proto.SetResponse;
import org.nettwin.telemetry.gnmi.proto.SubscribeRequest;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.gNMIGrpc;

/**
 * The gNMI service of one device: Capabilities (the OpenConfig models it serves, JSON_IETF and PROTO encodings,
 * gNMI 0.7.0), Get (one notification of every leaf the paths cover, at the device's time; a path covering nothing is
 * NOT_FOUND), Set (see {@link SetOperation}) and Subscribe (see {@link SubscribeSession}).
 */
final class DeviceService extends gNMIGrpc.gNMIImplBase {

    static final String GNMI_VERSION = "0.7.0";
    private static final String ORGANIZATION = "OpenConfig working group";
    private static final List<ModelData> MODELS = List.of(
            model("openconfig-interfaces", "3.7.1"), model("openconfig-qos", "0.11.2"),
            model("openconfig-platform", "0.24.0"), model("openconfig-system", "2.1.0"));

    private final DeviceView device;
    private final GnmiEndpointSettings settings;
    private final ScheduledExecutorService scheduler;

    DeviceService(DeviceView device, GnmiEndpointSettings settings, ScheduledExecutorService scheduler) {
        this.device = device;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    private static ModelData model(String name, String version) {
        return ModelData.newBuilder().setName(name).setOrganization(ORGANIZATION).setVersion(version).build();
    }

    @Override
    public void capabilities(CapabilityRequest request, StreamObserver<CapabilityResponse> responses) {
        responses.onNext(CapabilityResponse.newBuilder().addAllSupportedModels(MODELS)
                .addSupportedEncodings(Encoding.JSON_IETF).addSupportedEncodings(Encoding.PROTO)
                .setGNMIVersion(GNMI_VERSION).build());
        responses.onCompleted();
    }

    @Override
    public void get(GetRequest request, StreamObserver<GetResponse> responses) {
        List<Path> paths = new ArrayList<>();
        for (Path p : request.getPathList()) {
            paths.add(GnmiPaths.join(request.getPrefix(), p));
        }
        if (paths.isEmpty()) {
            paths.add(request.getPrefix());
        }
        List<Leaf> found = new ArrayList<>();
        List<Leaf> leaves = device.device().leaves();
        for (Path path : paths) {
            int before = found.size();
            for (Leaf leaf : leaves) {
                if (device.covered(leaf, List.of(path)) && wanted(request.getType(), leaf) && !found.contains(leaf)) {
                    found.add(leaf);
                }
            }
            if (found.size() == before) {
                responses.onError(Status.NOT_FOUND.withDescription("device " + device.id() + ": path "
                        + GnmiPaths.render(path) + " covers no leaf").asRuntimeException());
                return;
            }
        }
        responses.onNext(GetResponse.newBuilder()
                .addNotification(device.notification(device.device().clockNanos(), found)).build());
        responses.onCompleted();
    }

    /** CONFIG: leaves under a {@code config} container; STATE and OPERATIONAL: the others; ALL: every leaf. */
    private boolean wanted(GetRequest.DataType type, Leaf leaf) {
        if (type == GetRequest.DataType.ALL || type == GetRequest.DataType.UNRECOGNIZED) {
            return true;
        }
        boolean config = device.pathOf(leaf).getElemList().stream().anyMatch(e -> "config".equals(e.getName()));
        return type == GetRequest.DataType.CONFIG ? config : !config;
    }

    @Override
    public void set(SetRequest request, StreamObserver<SetResponse> responses) {
        try {
            SetResponse response = new SetOperation(device).apply(request);
            responses.onNext(response);
            responses.onCompleted();
        } catch (IllegalArgumentException e) {
            responses.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        }
    }

    @Override
    public StreamObserver<SubscribeRequest> subscribe(StreamObserver<SubscribeResponse> responses) {
        return new SubscribeSession(device, settings, scheduler, responses);
    }
}
