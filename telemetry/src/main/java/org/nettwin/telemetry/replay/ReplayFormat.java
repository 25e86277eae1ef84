package org.nettwin.telemetry.replay;

import java.io.InputStream;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.prometheus.PrometheusTextDecoder;
import org.nettwin.telemetry.spi.MeasurementSink;

/** The file formats a replay collector reads, by their setting names. */
enum ReplayFormat {
    /** A JSON array of gNMI SubscribeResponse messages. */
    GNMI_JSON("gnmi-json"),
    /** The Prometheus text exposition format. */
    PROMETHEUS("prometheus");

    private final String setting;

    ReplayFormat(String setting) {
        this.setting = setting;
    }

    static ReplayFormat of(String setting) {
        for (ReplayFormat f : values()) {
            if (f.setting.equals(setting)) {
                return f;
            }
        }
        throw new IllegalArgumentException("replay: setting 'format' must be gnmi-json or prometheus, was " + setting);
    }

    /** Decodes {@code in} (named {@code file} in errors) with a fresh decoder, delivering to {@code sink}. */
    void decode(String source, String file, InputStream in, MeasurementSink sink) throws FormatException {
        if (this == GNMI_JSON) {
            new GnmiJsonDecoder(source).decode(file, in, sink);
        } else {
            new PrometheusTextDecoder(source).decode(file, in, sink);
        }
    }
}
