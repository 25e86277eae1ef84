package org.nettwin.telemetry.replay;

import java.nio.file.Path;
import java.util.Map;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.CollectorFactory;

/**
 * Creates {@code replay} collectors, which decode a recorded file once and deliver its measurements in file order.
 * Settings: {@code file} (required path), {@code format} ({@code gnmi-json} or {@code prometheus}, required) and
 * {@code source} (optional; the measurements' source when the file names none, by default the file name).
 */
public final class ReplayCollectorFactory implements CollectorFactory {

    @Override
    public String kind() {
        return "replay";
    }

    @Override
    public Collector create(Map<String, String> settings) {
        String file = settings.get("file");
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("replay: setting 'file' is required");
        }
        ReplayFormat format = ReplayFormat.of(settings.get("format"));
        Path path = Path.of(file);
        Path name = path.getFileName();
        String source = settings.getOrDefault("source", name == null ? file : name.toString());
        if (source.isBlank()) {
            throw new IllegalArgumentException("replay: setting 'source' must not be blank");
        }
        return new ReplayCollector(path, format, source);
    }
}
