package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The two C library functions behind complex {@code abs()} and powers whose last digits Java's
 * own differ in: CPython calls the platform's {@code hypot} and {@code atan2}, and on glibc
 * those give other results than {@link Math#hypot} (in about one case in eight) and
 * {@link StrictMath#atan2} (about one in six).
 *
 * <ul>
 *   <li>{@link #hypot}: glibc's algorithm (Borges, "An Improved Algorithm for hypot(a,b)",
 *       2019, without fused multiply-add), which agrees with it bit for bit.</li>
 *   <li>{@link #atan2}: correctly rounded, which glibc is in all but rare near-halfway cases.
 *       It refines fdlibm's result with one Newton step evaluated in {@link BigDecimal}, so it
 *       is slow (tens of microseconds); only non-integral complex powers use it.</li>
 * </ul>
 */
final class ComplexMath {
    private ComplexMath() {}

    private static final double SCALE = 0x1p-600;
    private static final double LARGE = 0x1p+511;
    private static final double TINY = 0x1p-511;
    private static final double EPS = 0x1p-54;

    /** {@code sqrt(x*x + y*y)} without undue overflow or underflow, as glibc computes it. */
    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double ax = Math.max(Math.abs(x), Math.abs(y));
        double ay = Math.min(Math.abs(x), Math.abs(y));
        if (ax > LARGE) {
            return ay <= ax * EPS ? ax + ay : kernel(ax * SCALE, ay * SCALE) / SCALE;
        }
        if (ay < TINY) {
            return ax >= ay / EPS ? ax + ay : kernel(ax / SCALE, ay / SCALE) * SCALE;
        }
        return ay <= ax * EPS ? ax + ay : kernel(ax, ay);
    }

    /** The square root of {@code ax² + ay²} (ax ≥ ay), corrected for the rounding of the squares. */
    private static double kernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    private static final MathContext DIGITS = new MathContext(40);
    private static final BigDecimal NEGLIGIBLE = new BigDecimal("1e-45");

    /** The angle of point (x, y), correctly rounded; C99's results for zeros, infinities and NaNs. */
    static double atan2(double y, double x) {
        double guess = StrictMath.atan2(y, x);
        if (x == 0.0 || y == 0.0 || !Double.isFinite(x) || !Double.isFinite(y)) {
            return guess; // the special cases are exact
        }
        // Newton's step for x·sin(t) - y·cos(t) = 0 from the guess, which is within an ulp or two.
        BigDecimal t = new BigDecimal(guess);
        BigDecimal[] sinCos = sinCos(t);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal by = new BigDecimal(y);
        BigDecimal residual = bx.multiply(sinCos[0], DIGITS).subtract(by.multiply(sinCos[1], DIGITS), DIGITS);
        BigDecimal slope = bx.multiply(sinCos[1], DIGITS).add(by.multiply(sinCos[0], DIGITS), DIGITS);
        return t.subtract(residual.divide(slope, DIGITS), DIGITS).doubleValue();
    }

    /** sin(t) and cos(t) for |t| ≤ π by their Taylor series, to about 40 digits. */
    private static BigDecimal[] sinCos(BigDecimal t) {
        BigDecimal sin = BigDecimal.ZERO;
        BigDecimal cos = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE; // t^n / n!
        for (int n = 0; term.abs().compareTo(NEGLIGIBLE) > 0; n++) {
            switch (n % 4) {
                case 0 -> cos = cos.add(term, DIGITS);
                case 1 -> sin = sin.add(term, DIGITS);
                case 2 -> cos = cos.subtract(term, DIGITS);
                default -> sin = sin.subtract(term, DIGITS);
            }
            term = term.multiply(t, DIGITS).divide(BigDecimal.valueOf(n + 1), DIGITS);
        }
        return new BigDecimal[] {sin, cos};
    }
}
