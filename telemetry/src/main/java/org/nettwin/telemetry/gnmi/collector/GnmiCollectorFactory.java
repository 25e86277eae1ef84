package org.nettwin.telemetry.gnmi.collector;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.CollectorFactory;
import org.nettwin.telemetry.spi.Target;

/**
 * Creates {@code gnmi} collectors. Settings {@code target.<name>.<key>} configure the target {@code <name>}
 * ({@code address}, {@code paths}, {@code mode}, {@code interval}, {@code username}, {@code password}, {@code tls},
 * {@code tls.ca}, {@code tls.server-name} ...); the same keys without the {@code target.<name>.} part are defaults
 * for every target. Target names end at the first dot unless listed in {@code targets} (comma-separated). No targets
 * is fine: they can be added later.
 */
public final class GnmiCollectorFactory implements CollectorFactory {

    private static final String TARGET = "target.";

    @Override
    public String kind() {
        return "gnmi";
    }

    @Override
    public Collector create(Map<String, String> settings) {
        Map<String, String> defaults = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (String name : settings.getOrDefault("targets", "").split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        settings.forEach((key, value) -> {
            if (!key.startsWith(TARGET)) {
                defaults.put(key, value);
            } else if (names.stream().noneMatch(n -> key.startsWith(TARGET + n + "."))) {
                int dot = key.indexOf('.', TARGET.length());
                if (dot < 0 || dot == TARGET.length()) {
                    throw new IllegalArgumentException("gnmi: setting '" + key + "' must be target.<name>.<key>");
                }
                names.add(key.substring(TARGET.length(), dot));
            }
        });
        defaults.remove("targets");
        List<Target> targets = new ArrayList<>();
        for (String name : names) {
            String prefix = TARGET + name + ".";
            Map<String, String> own = new HashMap<>();
            settings.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    own.put(key.substring(prefix.length()), value);
                }
            });
            targets.add(new Target(name, own));
        }
        return new GnmiCollector(defaults, targets, Clock.systemUTC());
    }
}
