package org.nettwin.telemetry.kafka;

import java.util.Optional;

/**
 * Where a record's source comes from: its key ({@code key}) or one of its tags ({@code tag:<name>}; for gNMI the
 * notification's prefix target plays that part). {@code tag} is empty for {@code key}.
 */
record SourceRule(boolean fromKey, Optional<String> tag) {

    static final SourceRule DEFAULT = new SourceRule(false, Optional.of("host"));

    /** @throws IllegalArgumentException when {@code text} is neither {@code key} nor {@code tag:<name>} */
    static SourceRule of(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String rule = text.strip();
        if ("key".equals(rule)) {
            return new SourceRule(true, Optional.empty());
        }
        if (rule.startsWith("tag:") && rule.length() > 4) {
            return new SourceRule(false, Optional.of(rule.substring(4)));
        }
        throw new IllegalArgumentException("kafka: setting 'source' must be key or tag:<name>, got '" + rule + "'");
    }
}
