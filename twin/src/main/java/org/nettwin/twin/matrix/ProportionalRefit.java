package org.nettwin.twin.matrix;

/**
 * Iterative proportional fitting of a non-negative estimate to the measured rows: each round scales, row by row,
 * the pairs a row covers by (measured / fitted) raised to their coefficient (the ECMP share), so that pairs that
 * cross a direction only in part move in part. Zeros stay zero; a row measured at 0 zeroes its pairs.
 */
final class ProportionalRefit {

    private ProportionalRefit() {
    }

    static void refit(Constraints a, double[] x, int rounds) {
        for (int round = 0; round < rounds; round++) {
            for (int r = 0; r < a.rows(); r++) {
                double fitted = a.rowTimes(r, x);
                if (fitted <= 0) {
                    continue;
                }
                double factor = a.measured[r] / fitted;
                for (int k = 0; k < a.columns[r].length; k++) {
                    int p = a.columns[r][k];
                    x[p] *= Math.pow(factor, a.coefficients[r][k]);
                }
            }
        }
    }
}
