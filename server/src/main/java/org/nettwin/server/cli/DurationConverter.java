package org.nettwin.server.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a duration option: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h}, or ISO-8601 ({@code PT1M30S}). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    /** Parses {@code text}. @throws CommandLine.TypeConversionException saying what is accepted */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            double v = Double.parseDouble(m.group(1));
            double nanos = v * nanosPer(m.group(2));
            return Duration.ofNanos(Math.round(nanos));
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is not a duration (examples: 500ms, 30s, 10m, 2h, PT1M30S)");
        }
    }

    private static double nanosPer(String unit) {
        if ("ms".equals(unit)) {
            return 1e6;
        }
        if ("s".equals(unit)) {
            return 1e9;
        }
        return "m".equals(unit) ? 60e9 : 3600e9;
    }
}
