package org.nettwin.telemetry.mqtt;

import java.util.List;
import java.util.Optional;

/**
 * Matches topics against the collector's filters and names the device a topic belongs to: the levels matched by
 * the filter's {@code +} wildcards, joined by {@code /} ({@code nettwin/cells/+/+/kpi} gives {@code gnb1/c1} for
 * {@code nettwin/cells/gnb1/c1/kpi}). A filter without {@code +} names no device.
 */
final class MqttTopics {

    private final List<String[]> filters;

    MqttTopics(List<String> filters) {
        this.filters = filters.stream().map(f -> f.split("/", -1)).toList();
    }

    /** The device the topic names, when a filter with {@code +} levels matches it. */
    Optional<String> deviceOf(String topic) {
        String[] levels = topic.split("/", -1);
        for (String[] filter : filters) {
            StringBuilder device = new StringBuilder();
            if (matches(filter, levels, device)) {
                return device.length() == 0 ? Optional.empty() : Optional.of(device.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] filter, String[] levels, StringBuilder device) {
        for (int i = 0; i < filter.length; i++) {
            if ("#".equals(filter[i])) {
                return true;
            }
            if (i >= levels.length) {
                return false;
            }
            if ("+".equals(filter[i])) {
                if (device.length() > 0) {
                    device.append('/');
                }
                device.append(levels[i]);
            } else if (!filter[i].equals(levels[i])) {
                return false;
            }
        }
        return filter.length == levels.length;
    }

    /** Checks an MQTT topic filter: {@code +} fills a level, {@code #} only as the last level. */
    static void requireFilter(String filter) {
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            boolean wildcard = "+".equals(level) || "#".equals(level) && i == levels.length - 1;
            if (!wildcard && (level.contains("+") || level.contains("#"))) {
                throw new IllegalArgumentException("mqtt: topic filter '" + filter + "' misuses a wildcard");
            }
        }
    }
}
