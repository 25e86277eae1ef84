package org.nettwin.server.emulate;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.gnmi.GnmiEndpoint;
import org.nettwin.emulator.gnmi.GnmiEndpointSettings;
import org.nettwin.emulator.mqtt.CellPublisher;
import org.nettwin.emulator.mqtt.CellPublisherSettings;
import org.nettwin.emulator.mqtt.MqttAccount;
import org.nettwin.emulator.mqtt.MqttBroker;
import org.nettwin.emulator.mqtt.MqttBrokerSettings;
import org.nettwin.emulator.network.EmulatedNetwork;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.emulator.prometheus.PrometheusEndpoint;
import org.nettwin.emulator.prometheus.PrometheusEndpointSettings;
import org.nettwin.model.topology.Topology;
import org.nettwin.server.collect.DeviceEndpoint;
import org.nettwin.server.collect.TargetDirectory;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.Identity;
import org.nettwin.telemetry.security.TlsOptions;

/**
 * An emulated network serving its telemetry over real protocols on 127.0.0.1, all with TLS: a certificate
 * authority made for the run issues each device its own certificate; each device gets its own random credentials
 * (gNMI user/password, Prometheus bearer token, MQTT login). Routers and radio sites serve gNMI, servers Prometheus,
 * cells publish to an embedded MQTT broker. {@link #directory()} tells a collector where everything is.
 */
public final class EmulatorRig implements AutoCloseable {

    private static final String COLLECTOR_USER = "nettwin-collector";

    private final EmulatedNetwork network;
    private final List<AutoCloseable> parts = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private TargetDirectory directory;
    private GnmiEndpoint gnmi;
    private PrometheusEndpoint prometheus;
    private MqttBroker broker;
    private CellPublisher publisher;

    private EmulatorRig(EmulatedNetwork network) {
        this.network = network;
    }

    /** Builds the network and starts its endpoints and its real-time run. */
    public static EmulatorRig start(Topology topology, EmulatorSettings settings, Clock clock) {
        EmulatorRig rig = new EmulatorRig(EmulatedNetwork.of(topology, settings, clock));
        try {
            rig.startEndpoints();
            rig.network.start();
        } catch (RuntimeException e) {
            rig.close();
            throw e;
        }
        return rig;
    }

    private void startEndpoints() {
        CertificateAuthority ca = CertificateAuthority.create("nettwin emulator CA");
        List<EmulatedDevice> gnmiDevices = new ArrayList<>();
        List<EmulatedDevice> servers = new ArrayList<>();
        List<EmulatedDevice> cells = new ArrayList<>();
        Map<String, Identity> identities = new HashMap<>();
        Map<String, Credentials> credentials = new HashMap<>();
        for (EmulatedDevice d : network.devices()) {
            DeviceRole role = d.role();
            credentials.put(d.id(), new Credentials(role == DeviceRole.CELL ? d.id() : COLLECTOR_USER, secret()));
            if (role == DeviceRole.CELL) {
                cells.add(d);
                continue;
            }
            identities.put(d.id(), ca.issueForLoopback(d.id()));
            (role == DeviceRole.SERVER ? servers : gnmiDevices).add(d);
        }
        TlsOptions serverTls = TlsOptions.of(ca, Optional.of(ca.issueForLoopback("nettwin-emulator")));
        List<DeviceEndpoint> endpoints = new ArrayList<>();
        if (!gnmiDevices.isEmpty()) {
            gnmi = keep(GnmiEndpoint.start(gnmiDevices, GnmiEndpointSettings.of(serverTls, credentials)
                    .withIdentities(identities)));
            for (Map.Entry<String, InetSocketAddress> e : gnmi.addresses().entrySet()) {
                endpoints.add(new DeviceEndpoint(e.getKey(), "gnmi", "127.0.0.1:" + e.getValue().getPort(),
                        credentials.get(e.getKey())));
            }
        }
        if (!servers.isEmpty()) {
            prometheus = keep(PrometheusEndpoint.start(servers, PrometheusEndpointSettings.of(serverTls, credentials)
                    .withIdentities(identities)));
            for (Map.Entry<String, URI> e : prometheus.addresses().entrySet()) {
                endpoints.add(new DeviceEndpoint(e.getKey(), "prometheus", e.getValue().toString(),
                        credentials.get(e.getKey())));
            }
        }
        Credentials collector = new Credentials(COLLECTOR_USER, secret());
        Optional<String> brokerUri = startMqtt(ca, cells, credentials, collector, endpoints);
        directory = new TargetDirectory(ca.certificatePem(), brokerUri,
                brokerUri.isPresent() ? Optional.of(collector) : Optional.empty(), endpoints);
    }

    private Optional<String> startMqtt(CertificateAuthority ca, List<EmulatedDevice> cells,
                                       Map<String, Credentials> credentials, Credentials collector,
                                       List<DeviceEndpoint> endpoints) {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        List<MqttAccount> accounts = new ArrayList<>();
        accounts.add(MqttAccount.collector(collector));
        cells.forEach(c -> accounts.add(MqttAccount.device(credentials.get(c.id()), c.id())));
        broker = keep(MqttBroker.start(MqttBrokerSettings.of(ca.issueForLoopback("nettwin-broker"), accounts)));
        publisher = keep(CellPublisher.start(cells, broker.uri(),
                CellPublisherSettings.of(TlsOptions.of(ca, Optional.empty()), credentials)));
        cells.forEach(c -> endpoints.add(new DeviceEndpoint(c.id(), "mqtt", "nettwin/cells/" + c.id() + "/kpi",
                credentials.get(c.id()))));
        return Optional.of(broker.uri().toString());
    }

    private <T extends AutoCloseable> T keep(T part) {
        parts.add(part);
        return part;
    }

    private String secret() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public EmulatedNetwork network() {
        return network;
    }

    /** Where every device serves and with which credentials (holds secrets: never print it whole). */
    public TargetDirectory directory() {
        return directory;
    }

    /** Counts of devices by protocol, e.g. {@code gnmi=180 prometheus=12 mqtt=300}. */
    public Map<String, Integer> deviceCounts() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        directory.endpoints().forEach(e -> out.merge(e.kind(), 1, Integer::sum));
        return out;
    }

    public Optional<GnmiEndpoint> gnmi() {
        return Optional.ofNullable(gnmi);
    }

    public Optional<PrometheusEndpoint> prometheus() {
        return Optional.ofNullable(prometheus);
    }

    public Optional<MqttBroker> broker() {
        return Optional.ofNullable(broker);
    }

    public Optional<CellPublisher> publisher() {
        return Optional.ofNullable(publisher);
    }

    /** Stops the network and every endpoint (publishers first, then the broker). */
    @Override
    public void close() {
        network.close();
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                System.err.println("nettwin emulate: closing " + parts.get(i).getClass().getSimpleName()
                        + " failed: " + e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "EmulatorRig" + deviceCounts();
    }
}
