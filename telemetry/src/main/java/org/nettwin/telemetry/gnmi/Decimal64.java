package org.nettwin.telemetry.gnmi;

import java.math.BigDecimal;
import java.math.BigInteger;

/** gNMI's Decimal64 (digits × 10^-precision) as the nearest double; shared by the JSON and protobuf decoders. */
public final class Decimal64 {

    private static final long EXACT_LONG = 1L << 53;
    private static final double[] POWERS_OF_TEN = powersOfTen();

    private Decimal64() {
    }

    /** The value of {@code digits} × 10^-{@code precision}, correctly rounded ({@code precision} ≥ 0). */
    public static double toDouble(long digits, long precision) {
        if (Math.abs(digits) <= EXACT_LONG && precision < POWERS_OF_TEN.length) {
            // both operands are exact doubles, so the one correctly rounded division equals BigDecimal's rounding
            return digits / POWERS_OF_TEN[(int) precision];
        }
        return new BigDecimal(BigInteger.valueOf(digits), (int) Math.min(precision, 400)).doubleValue();
    }

    private static double[] powersOfTen() {
        double[] powers = new double[23];
        double p = 1;
        for (int i = 0; i < powers.length; i++) {
            powers[i] = p;
            p *= 10;
        }
        return powers;
    }
}
