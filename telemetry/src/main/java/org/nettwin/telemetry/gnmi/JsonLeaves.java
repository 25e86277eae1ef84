package org.nettwin.telemetry.gnmi;

import org.nettwin.telemetry.measurement.MeasuredValue;

/**
 * Expands the JSON of a {@code json_val}/{@code json_ietf_val} into its scalar leaves in document order. Each object
 * member extends the path by {@code /member} (module prefixes such as {@code openconfig-interfaces:} are kept as
 * sent); array elements add nothing, so a leaf-list or a YANG list yields one leaf per element at the same path
 * (the JSON does not say which members are list keys). Strings stay text (RFC 7951 writes 64-bit numbers as
 * strings: the decoder does not know the YANG type, so it does not guess), numbers become numbers, booleans flags,
 * and {@code null} (RFC 7951's {@code [null]} for the YANG {@code empty} type) a {@code true} flag: present.
 */
final class JsonLeaves {

    private JsonLeaves() {
    }

    static void expand(Node root, LeafConsumer out) {
        walk(root, "", out);
    }

    private static void walk(Node node, String path, LeafConsumer out) {
        if (node.isObject()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.child(i), path + "/" + node.name(i), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.child(i), path, out);
            }
        } else if (node.isNumber()) {
            out.leaf(path, new MeasuredValue.Numeric(node.doubleValue()));
        } else if (node.isBoolean()) {
            out.leaf(path, new MeasuredValue.Flag(node.booleanValue()));
        } else if (node.isNull()) {
            out.leaf(path, new MeasuredValue.Flag(true));
        } else {
            out.leaf(path, new MeasuredValue.Text(node.asText()));
        }
    }
}
