package org.nettwin.twin.matrix;

/**
 * Solves min sum ((x - prior) / w)^2 subject to A x = y: x = prior + W^2 A^T lambda, where lambda solves the dual
 * system M lambda = y - A prior with M = A W^2 A^T. M is positive semi-definite and singular when rows are redundant
 * (node totals next to the links they feed), and measured loads are never exactly consistent, so plain conjugate
 * gradient would chase the part of the right-hand side M cannot reach and blow up. Instead this runs conjugate
 * gradient on the least-squares problem min ||M lambda - b|| (CGLS) from lambda = 0, which converges to the
 * minimum-norm solution M^+ b: the pseudo-inverse answer of the paper, and exact when the data are consistent.
 * It never forms M, so an iteration costs a few passes over the non-zeros of A and it scales past 100 nodes.
 */
final class DualConjugateGradient {

    private static final double TOLERANCE = 1e-13;
    private static final int MIN_ITERATIONS = 100;
    private static final int ITERATIONS_PER_ROW = 4;

    private DualConjugateGradient() {
    }

    static double[] solve(Constraints a, double[] prior, double[] weightSquared) {
        int m = a.rows();
        double[] residual = new double[m];
        for (int r = 0; r < m; r++) {
            residual[r] = a.measured[r] - a.rowTimes(r, prior);
        }
        double[] lambda = new double[m];
        double[] gradient = apply(a, weightSquared, residual);
        double[] direction = gradient.clone();
        double gamma = dot(gradient, gradient);
        double stop = TOLERANCE * TOLERANCE * gamma;
        int maxIterations = Math.max(MIN_ITERATIONS, ITERATIONS_PER_ROW * m);
        for (int it = 0; it < maxIterations && gamma > stop; it++) {
            double[] md = apply(a, weightSquared, direction);
            double curvature = dot(md, md);
            if (!(curvature > 0)) {
                break;
            }
            double alpha = gamma / curvature;
            for (int r = 0; r < m; r++) {
                lambda[r] += alpha * direction[r];
                residual[r] -= alpha * md[r];
            }
            gradient = apply(a, weightSquared, residual);
            double next = dot(gradient, gradient);
            double beta = next / gamma;
            gamma = next;
            for (int r = 0; r < m; r++) {
                direction[r] = gradient[r] + beta * direction[r];
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
