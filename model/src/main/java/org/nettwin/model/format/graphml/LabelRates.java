package org.nettwin.model.format.graphml;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nettwin.model.units.DataRate;

/**
 * Reads a link rate out of the free text of a map label, case-insensitively: explicit rates ({@code 10G},
 * {@code 2.5 Gbps}, {@code 100Mb/s}, {@code 1GE}, {@code 2x10G}) and, when there is none, named line rates
 * (SONET {@code OC-n}, SDH {@code STM-n}, {@code T1/T3/DS-3}, {@code E1/E3}, {@code GE}, {@code FE}). Ranges such as
 * {@code 100-155 Mbit/s} give their upper end; text naming no rate ({@code Purple Link}) gives nothing.
 */
final class LabelRates {

    private static final double OC1_BPS = 51.84e6;
    private static final double STM1_BPS = 155.52e6;
    /** A label longer than this is prose, not a rate; the cap also bounds the regex work. */
    private static final int MAX_LABEL = 500;

    private static final Pattern EXPLICIT = Pattern.compile(
            "(?<![\\w.,])(?:(\\d{1,3})\\s*[x\u00d7*]\\s*)?(\\d{1,6}(?:[.,]\\d{1,6})?)\\s*"
                    + "(tbit|tb|gigabit|gbit|gig|gb|g|mbit|mb|m|kbit|kb|k)(?:/s|ps|s|e|ethernet)?(?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SONET = Pattern.compile("(?<![a-z0-9])oc[- ]?(\\d{1,3})c?(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SDH = Pattern.compile("(?<![a-z0-9])stm[- ]?(\\d{1,3})(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CARRIER = Pattern.compile("(?<![a-z0-9])(t|ds|e)[- ]?([13])(?![0-9a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GIGABIT = Pattern.compile(
            "(?<![a-z0-9])(?:ge|gbe|gige|gigabit ethernet)(?![a-z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAST = Pattern.compile("(?<![a-z0-9])(?:fe|fast ethernet)(?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private LabelRates() {
    }

    /** The rate {@code label} states or names; empty when it states none (or only zero). */
    static Optional<DataRate> parse(String label) {
        if (label.isBlank() || label.length() > MAX_LABEL) {
            return Optional.empty();
        }
        double bps = explicit(label);
        if (bps <= 0) {
            bps = named(label);
        }
        return bps > 0 && Double.isFinite(bps) ? Optional.of(DataRate.ofBps(bps)) : Optional.empty();
    }

    private static double explicit(String label) {
        double best = 0;
        Matcher m = EXPLICIT.matcher(label);
        while (m.find()) {
            double count = m.group(1) == null ? 1 : Double.parseDouble(m.group(1));
            double value = Double.parseDouble(decimal(m.group(2)));
            best = Math.max(best, count * value * scale(m.group(3)));
        }
        return best;
    }

    /** {@code 2,5} is a decimal comma; {@code 1,000} is a thousands separator. */
    private static String decimal(String number) {
        if (number.matches("\\d+,\\d{3}")) {
            return number.replace(",", "");
        }
        return number.replace(',', '.');
    }

    private static double scale(String unit) {
        switch (Character.toLowerCase(unit.charAt(0))) {
            case 't':
                return 1e12;
            case 'g':
                return 1e9;
            case 'm':
                return 1e6;
            default:
                return 1e3;
        }
    }

    private static double named(String label) {
        double best = 0;
        Matcher m = SONET.matcher(label);
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group(1)) * OC1_BPS);
        }
        m = SDH.matcher(label);
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group(1)) * STM1_BPS);
        }
        m = CARRIER.matcher(label);
        while (m.find()) {
            best = Math.max(best, carrier(m.group(1).toLowerCase(Locale.ROOT), m.group(2)));
        }
        if (GIGABIT.matcher(label).find()) {
            best = Math.max(best, 1e9);
        }
        if (FAST.matcher(label).find()) {
            best = Math.max(best, 100e6);
        }
        return best;
    }

    private static double carrier(String family, String level) {
        boolean one = level.equals("1");
        if (family.equals("e")) {
            return one ? 2.048e6 : 34.368e6;
        }
        return one ? 1.544e6 : 44.736e6;
    }
}
