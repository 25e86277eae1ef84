package org.nettwin.telemetry.prometheus;

/**
 * Sample values and timestamps as the exposition format writes them: a float in Go's syntax ({@code 1.5e3},
 * {@code NaN}, {@code +Inf}, {@code -Inf}; the names in any letter case) and an integer number of milliseconds.
 * Hexadecimal floats and Java-only forms such as {@code 1d} are refused.
 */
final class Numbers {

    private Numbers() {
    }

    static double parseValue(String text) throws ExpositionProblem {
        if (isDecimal(text)) {
            return Double.parseDouble(text);
        }
        String bare = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (bare.equalsIgnoreCase("inf") || bare.equalsIgnoreCase("infinity")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (text.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        throw new ExpositionProblem(0, "not a number: '" + text + "'");
    }

    static long parseTimestamp(String text) throws ExpositionProblem {
        int i = text.startsWith("-") ? 1 : 0;
        boolean digits = i < text.length();
        for (; i < text.length(); i++) {
            digits &= text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            throw new ExpositionProblem(0, "not an integer timestamp in milliseconds: '" + text + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ExpositionProblem(0, "timestamp out of range: " + text);
        }
    }

    /** [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)? */
    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int mantissa = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            mantissa++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                mantissa++;
            }
        }
        if (mantissa == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }
}
