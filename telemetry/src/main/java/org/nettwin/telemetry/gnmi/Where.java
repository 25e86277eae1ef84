package org.nettwin.telemetry.gnmi;

/**
 * The field a problem concerns, e.g. {@code update.update[0].val.intVal}, rendered only when a problem is reported:
 * building the text eagerly for every field of every message would cost more than the decoding itself.
 */
final class Where {

    private final Where parent;
    private final String segment;
    private final int index;

    private Where(Where parent, String segment, int index) {
        this.parent = parent;
        this.segment = segment;
        this.index = index;
    }

    /** A top-level field such as {@code update} or {@code prefix}. */
    static Where of(String field) {
        return new Where(null, field, -1);
    }

    /** This field followed by {@code suffix} as written, e.g. {@code .path}. */
    Where child(String suffix) {
        return new Where(this, suffix, -1);
    }

    /** This field followed by {@code suffix[index]}, e.g. {@code .elem[2]}. */
    Where index(String suffix, int position) {
        return new Where(this, suffix, position);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out);
        return out.toString();
    }

    private void render(StringBuilder out) {
        if (parent != null) {
            parent.render(out);
        }
        out.append(segment);
        if (index >= 0) {
            out.append('[').append(index).append(']');
        }
    }
}
