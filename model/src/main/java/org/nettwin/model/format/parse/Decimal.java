package org.nettwin.model.format.parse;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Strict parsing of plain decimal numbers such as {@code 9920.00}, {@code -84.3833} or {@code 1e10}. Unlike
 * {@link Double#parseDouble} it refuses {@code NaN}, {@code Infinity}, hexadecimal and {@code 1.0f}-style text, and
 * never yields a non-finite value.
 */
public final class Decimal {

    /** Longer text is never a number a topology file means; the cap also bounds the regex work. */
    private static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,4})?");

    private Decimal() {
    }

    /** The finite number {@code text} spells (surrounding white space allowed); empty when it is not one. */
    public static OptionalDouble parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || !FORMAT.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Formats a number the way readers store it in attributes, e.g. {@code 40000.0}. */
    public static String format(double value) {
        return Double.toString(value);
    }
}
