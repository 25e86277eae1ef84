package org.nettwin.server.telemetry;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.prometheus.PrometheusTextDecoder;
import org.nettwin.telemetry.spi.MeasurementSink;

/** A payload format {@code nettwin telemetry decode --format} accepts, by its command-line name. */
public enum TelemetryFormat {
    /** A JSON array of gNMI SubscribeResponse messages in the protobuf-JSON mapping. */
    GNMI_JSON("gnmi-json"),
    /** The Prometheus text exposition format 0.0.4. */
    PROMETHEUS("prometheus");

    private final String cliName;

    TelemetryFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The format with this command-line name. */
    public static Optional<TelemetryFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }

    /** The command-line names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(TelemetryFormat::cliName).collect(Collectors.joining(", "));
    }

    /** Decodes {@code in} (called {@code file} in errors), delivering measurements with the given default source. */
    public void decode(String file, InputStream in, String source, MeasurementSink sink) throws FormatException {
        if (this == GNMI_JSON) {
            new GnmiJsonDecoder(source).decode(file, in, sink);
        } else {
            new PrometheusTextDecoder(source).decode(file, in, sink);
        }
    }
}
