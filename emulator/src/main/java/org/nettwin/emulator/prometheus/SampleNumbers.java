package org.nettwin.emulator.prometheus;

import java.math.BigDecimal;

/**
 * Formats sample values as Prometheus' Go client does ({@code strconv.FormatFloat(v, 'g', -1, 64)}: the shortest
 * digits that read back exactly, in exponent form below 1e-4 or from 1e6 up), with {@code NaN}, {@code +Inf} and
 * {@code -Inf} spelled as Prometheus spells them.
 */
final class SampleNumbers {

    /** Go's 'g' format with shortest precision switches to exponent form from 1e6 up. */
    private static final int SHORTEST_EXPONENT_LIMIT = 6;

    private SampleNumbers() {
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int point = digits.length() - exact.scale(); // digits before the decimal point (may be <= 0)
        int exponent = point - 1;
        String sign = v < 0 ? "-" : "";
        if (exponent < -4 || exponent >= SHORTEST_EXPONENT_LIMIT) {
            return sign + scientific(digits, exponent);
        }
        return sign + plain(digits, point);
    }

    private static String scientific(String digits, int exponent) {
        StringBuilder out = new StringBuilder(digits.length() + 6);
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.append('0');
        }
        return out.append(abs).toString();
    }

    private static String plain(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length());
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
