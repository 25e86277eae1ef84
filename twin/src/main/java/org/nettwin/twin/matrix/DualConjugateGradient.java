package org.nettwin.twin.matrix;

/**
 * Solves min sum ((x - prior) / w)^2 subject to A x = y: x = prior + W^2 A^T lambda, where lambda solves the dual
 * system (A W^2 A^T) lambda = y - A prior. The dual matrix is positive semi-definite (singular when rows are
 * redundant, e.g. node totals next to the links they feed); conjugate gradient on it never forms the matrix, so
 * the cost per iteration is linear in the non-zeros of A and it scales past 100 nodes. A null-space component of
 * lambda does not change x, so redundant but consistent rows are harmless.
 */
final class DualConjugateGradient {

    private static final double TOLERANCE = 1e-13;

    private DualConjugateGradient() {
    }

    static double[] solve(Constraints a, double[] prior, double[] weightSquared) {
        int m = a.rows();
        double[] residual = new double[m];
        for (int r = 0; r < m; r++) {
            residual[r] = a.measured[r] - a.rowTimes(r, prior);
        }
        double[] lambda = new double[m];
        double[] direction = residual.clone();
        double rr = dot(residual, residual);
        double stop = TOLERANCE * TOLERANCE * Math.max(rr, dot(a.measured, a.measured));
        int maxIterations = Math.max(50, 4 * m);
        for (int it = 0; it < maxIterations && rr > stop; it++) {
            double[] md = apply(a, weightSquared, direction);
            double curvature = dot(direction, md);
            if (!(curvature > 0)) {
                break;
            }
            double alpha = rr / curvature;
            for (int r = 0; r < m; r++) {
                lambda[r] += alpha * direction[r];
                residual[r] -= alpha * md[r];
            }
            double next = dot(residual, residual);
            double beta = next / rr;
            rr = next;
            for (int r = 0; r < m; r++) {
                direction[r] = residual[r] + beta * direction[r];
            }
        }
        double[] x = prior.clone();
        double[] update = transposeTimes(a, lambda, prior.length);
        for (int p = 0; p < x.length; p++) {
            x[p] += weightSquared[p] * update[p];
        }
        return x;
    }

    /** (A W^2 A^T) v. */
    private static double[] apply(Constraints a, double[] weightSquared, double[] v) {
        double[] u = transposeTimes(a, v, weightSquared.length);
        for (int p = 0; p < u.length; p++) {
            u[p] *= weightSquared[p];
        }
        double[] out = new double[a.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = a.rowTimes(r, u);
        }
        return out;
    }

    private static double[] transposeTimes(Constraints a, double[] v, int n) {
        double[] u = new double[n];
        for (int r = 0; r < a.rows(); r++) {
            for (int k = 0; k < a.columns[r].length; k++) {
                u[a.columns[r][k]] += a.coefficients[r][k] * v[r];
            }
        }
        return u;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
