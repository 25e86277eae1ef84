package org.nettwin.emulator.prometheus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;

/**
 * Renders a device's leaves as text exposition format 0.0.4, grouped into metric families with {@code # HELP} and
 * {@code # TYPE}: counters ({@link LeafValue.Counter}, unsigned), gauges ({@link LeafValue.Gauge}; a
 * {@link LeafValue.Flag} is a gauge of 0 or 1; a {@link LeafValue.Text} becomes an info-style gauge of 1 with the text
 * in a {@code value} label, as Prometheus has no text samples), {@code <base>_bucket} (with {@code le}),
 * {@code <base>_sum} and {@code <base>_count} as one {@code histogram} family {@code <base>}, and samples with a
 * {@code quantile} label plus {@code <base>_sum}/{@code <base>_count} as one {@code summary}. Families keep the order
 * of their first leaf; labels are sorted by name; there are no timestamps (as node_exporter).
 */
final class ExpositionText {

    private ExpositionText() {
    }

    static String render(List<Leaf> leaves) {
        Set<String> histograms = new HashSet<>();
        Set<String> summaries = new HashSet<>();
        for (Leaf leaf : leaves) {
            if (leaf.path().endsWith("_bucket") && leaf.labels().containsKey("le")) {
                histograms.add(leaf.path().substring(0, leaf.path().length() - "_bucket".length()));
            } else if (leaf.labels().containsKey("quantile")) {
                summaries.add(leaf.path());
            }
        }
        Map<String, List<Leaf>> families = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (Leaf leaf : leaves) {
            String family = family(leaf.path(), histograms, summaries);
            families.computeIfAbsent(family, f -> new ArrayList<>()).add(leaf);
            types.putIfAbsent(family, type(family, leaf, histograms, summaries));
        }
        StringBuilder out = new StringBuilder(64 * leaves.size() + 16);
        families.forEach((family, members) -> {
            String type = types.get(family);
            out.append("# HELP ").append(family).append(" Emulated ").append(type).append(' ').append(family)
                    .append(".\n# TYPE ").append(family).append(' ').append(type).append('\n');
            if ("histogram".equals(type) || "summary".equals(type)) {
                members.sort(ExpositionText.grouped(family));
            }
            members.forEach(leaf -> sample(out, leaf));
        });
        return out.toString();
    }

    private static String family(String name, Set<String> histograms, Set<String> summaries) {
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                if (histograms.contains(base) || !"_bucket".equals(suffix) && summaries.contains(base)) {
                    return base;
                }
            }
        }
        return name;
    }

    private static String type(String family, Leaf leaf, Set<String> histograms, Set<String> summaries) {
        if (histograms.contains(family)) {
            return "histogram";
        }
        if (summaries.contains(family)) {
            return "summary";
        }
        return leaf.value() instanceof LeafValue.Counter ? "counter" : "gauge";
    }

    /** Within a histogram or summary: per label set, buckets (by {@code le}) or quantiles, then sum, then count. */
    private static Comparator<Leaf> grouped(String family) {
        Comparator<Leaf> byLabels = Comparator.comparing(leaf -> otherLabels(leaf.labels()));
        return byLabels.thenComparingInt((Leaf leaf) -> rank(family, leaf.path()))
                .thenComparingDouble(leaf -> bound(leaf.labels()));
    }

    private static String otherLabels(Map<String, String> labels) {
        Map<String, String> rest = new TreeMap<>(labels);
        rest.remove("le");
        rest.remove("quantile");
        return rest.toString();
    }

    private static int rank(String family, String name) {
        if (name.equals(family + "_sum")) {
            return 1;
        }
        return name.equals(family + "_count") ? 2 : 0;
    }

    private static double bound(Map<String, String> labels) {
        String text = labels.getOrDefault("le", labels.get("quantile"));
        if (text == null) {
            return 0;
        }
        if ("+Inf".equals(text)) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    private static void sample(StringBuilder out, Leaf leaf) {
        out.append(leaf.path());
        Map<String, String> labels = new TreeMap<>(leaf.labels());
        String value;
        LeafValue v = leaf.value();
        if (v instanceof LeafValue.Counter c) {
            value = Long.toUnsignedString(c.value());
        } else if (v instanceof LeafValue.Gauge g) {
            value = SampleNumbers.format(g.value());
        } else if (v instanceof LeafValue.Flag f) {
            value = f.value() ? "1" : "0";
        } else {
            labels.put("value", ((LeafValue.Text) v).value());
            value = "1";
        }
        if (!labels.isEmpty()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, String> label : labels.entrySet()) {
                out.append(first ? "" : ",").append(label.getKey()).append("=\"");
                escape(out, label.getValue());
                out.append('"');
                first = false;
            }
            out.append('}');
        }
        out.append(' ').append(value).append('\n');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '"') {
                out.append("\\\"");
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
    }
}
