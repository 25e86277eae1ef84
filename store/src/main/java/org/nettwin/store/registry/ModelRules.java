package org.nettwin.store.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nettwin.store.jdbc.Storable;

/** The registry's rules for names, metrics, lineage and artifacts, as {@link ModelRegistry} states them. */
final class ModelRules {

    static final int MAX_NAME = 128;
    static final int MAX_METRIC_NAME = 128;
    static final int MAX_METRICS = 1000;
    static final int MAX_REFERENCE = 1024;
    static final int MAX_LINEAGE = 1000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private ModelRules() {
    }

    static String name(String name) {
        requireNonNull(name, "model name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("model name is empty (1.." + MAX_NAME + " characters of [A-Za-z0-9_.-])");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("model name \"" + name.substring(0, 32) + "...\" is " + name.length()
                    + " characters long (at most " + MAX_NAME + ")");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("model name \"" + printable(name)
                    + "\" has characters outside [A-Za-z0-9_.-]");
        }
        return name;
    }

    static int version(String name, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("versions of model " + name + " count from 1, asked for " + version);
        }
        return version;
    }

    static void metrics(String name, Map<String, Double> metrics) {
        requireNonNull(metrics, "metrics");
        if (metrics.size() > MAX_METRICS) {
            throw new IllegalArgumentException("model " + name + " has " + metrics.size() + " metrics (at most "
                    + MAX_METRICS + ")");
        }
        metrics.forEach((metric, value) -> {
            Storable.name("metric name of model " + name, metric, MAX_METRIC_NAME);
            if (value == null) {
                throw new IllegalArgumentException("metric \"" + metric + "\" of model " + name + " has no value");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("metric \"" + metric + "\" of model " + name + " is " + value
                        + " (metric values must be finite)");
            }
        });
    }

    static void lineage(String name, List<String> lineage) {
        requireNonNull(lineage, "lineage");
        if (lineage.size() > MAX_LINEAGE) {
            throw new IllegalArgumentException("model " + name + " has " + lineage.size() + " lineage references "
                    + "(at most " + MAX_LINEAGE + ")");
        }
        for (String reference : lineage) {
            if (reference == null) {
                throw new IllegalArgumentException("model " + name + " has a null lineage reference");
            }
            Storable.name("lineage reference of model " + name, reference, MAX_REFERENCE);
        }
    }

    static void artifact(String name, byte[] artifact) {
        requireNonNull(artifact, "artifact");
        if (artifact.length > ModelRegistry.MAX_ARTIFACT_BYTES) {
            throw new IllegalArgumentException("artifact of model " + name + " is " + artifact.length
                    + " bytes (at most " + ModelRegistry.MAX_ARTIFACT_BYTES + ")");
        }
    }

    /** The name with control characters escaped, so that the message stays on one line. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
