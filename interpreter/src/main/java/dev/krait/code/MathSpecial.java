package dev.krait.code;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.FloatHex;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyTuple;

/**
 * {@code math.fsum}, {@code hypot} and {@code dist} (exact sums, correctly rounded), and the
 * special functions {@code erf}, {@code erfc}, {@code gamma}, {@code lgamma}.
 */
final class MathSpecial {
    private MathSpecial() {}

    private static final double SQRT_PI = 1.772453850905516;
    private static final double LOG_SQRT_TWO_PI = 0.9189385332046728;
    /** Lanczos approximation, g = 7, nine terms. */
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    };

    static void install(Map<String, Object> ns) {
        StdModules.define(ns, "fsum(seq, /)", a -> fsum(a[0]));
        StdModules.define(ns, "hypot(*coordinates)", a -> {
            Object[] items = ((PyTuple) a[0]).toArray();
            double[] values = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = MathModule.real(items[i]);
            }
            return norm(values);
        });
        StdModules.define(ns, "dist(p, q, /)", a -> {
            List<Object> p = collect(a[0]);
            List<Object> q = collect(a[1]);
            if (p.size() != q.size()) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] diffs = new double[p.size()];
            for (int i = 0; i < diffs.length; i++) {
                diffs[i] = MathModule.real(p.get(i)) - MathModule.real(q.get(i));
            }
            return norm(diffs);
        });
        StdModules.define(ns, "erf(x, /)", a -> erf(MathModule.real(a[0])));
        StdModules.define(ns, "erfc(x, /)", a -> erfc(MathModule.real(a[0])));
        StdModules.define(ns, "gamma(x, /)", a -> gamma(MathModule.real(a[0])));
        StdModules.define(ns, "lgamma(x, /)", a -> lgamma(MathModule.real(a[0])));
    }

    private static List<Object> collect(Object iterable) {
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = Ops.iterate(iterable);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    /** The exact sum of the floats, correctly rounded; errors as CPython's for specials and overflow. */
    private static double fsum(Object iterable) {
        BigInteger sum = BigInteger.ZERO; // in units of 2^-1074
        double special = 0.0;
        boolean anySpecial = false;
        Iterator<Object> it = Ops.iterate(iterable);
        while (it.hasNext()) {
            double d = MathModule.real(it.next());
            if (!Double.isFinite(d)) {
                special += d;
                anySpecial = true;
                continue;
            }
            sum = sum.add(units(d));
            if (!anySpecial && Double.isInfinite(toDouble(sum))) {
                throw Errors.overflow("intermediate overflow in fsum");
            }
        }
        if (anySpecial) {
            if (Double.isNaN(special)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return special;
        }
        return toDouble(sum);
    }

    /** A finite double as an exact multiple of 2^-1074. */
    private static BigInteger units(double d) {
        if (d == 0.0) {
            return BigInteger.ZERO;
        }
        long bits = Double.doubleToRawLongBits(d);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << 52;
        }
        BigInteger v = BigInteger.valueOf(mantissa).shiftLeft(exponent - 1);
        return bits < 0 ? v.negate() : v;
    }

    private static double toDouble(BigInteger units) {
        double r = FloatHex.scaled(units.abs(), -1074);
        return units.signum() < 0 ? -r : r;
    }

    /** The Euclidean norm, computed exactly and rounded once; infinities win over nans. */
    private static double norm(double[] values) {
        boolean nan = false;
        for (double v : values) {
            if (Double.isInfinite(v)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(v);
        }
        if (nan) {
            return Double.NaN;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            BigDecimal b = new BigDecimal(v);
            sum = sum.add(b.multiply(b));
        }
        if (sum.signum() == 0) {
            return 0.0;
        }
        return sum.sqrt(new MathContext(60)).doubleValue();
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return Math.copySign(erfSeries(a), x);
        }
        return Math.copySign(1.0 - erfcContinuedFraction(a), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            double e = erfSeries(a);
            return x > 0 ? 1.0 - e : 1.0 + e;
        }
        double c = erfcContinuedFraction(a);
        return x > 0 ? c : 2.0 - c;
    }

    /** erf(x) for 0 <= x < 1.5: 2x/sqrt(pi) exp(-x^2) times a series of positive terms. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; n < 100; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return 2 * x / SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(x) for x >= 1.5 by its continued fraction, evaluated from the tail. */
    private static double erfcContinuedFraction(double x) {
        if (x > 30) {
            return 0.0;
        }
        double x2 = x * x;
        double f = 0.0;
        for (int n = 80; n >= 1; n--) {
            f = n / 2.0 / (x + f);
        }
        return Math.exp(-x2) / SQRT_PI / (x + f);
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == Math.floor(x) && x <= 0) {
            throw MathModule.domainError();
        }
        if (x == Math.floor(x) && x <= 23) {
            double r = 1.0;
            for (int i = 2; i < (int) x; i++) {
                r *= i;
            }
            return r;
        }
        if (x > 171.7) {
            throw MathModule.rangeError();
        }
        if (x < 0.5) {
            double r = Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
            if (Double.isInfinite(r)) {
                throw MathModule.rangeError();
            }
            return r;
        }
        double y = x - 1;
        double t = y + LANCZOS_G + 0.5;
        double power = Math.pow(t, (y + 0.5) / 2); // halves, so that t^(y+0.5) never overflows on the way
        double r = Math.sqrt(2 * Math.PI) * series(y) * (power * Math.exp(-t)) * power;
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return r;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 0) {
            throw MathModule.domainError();
        }
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        double y = x - 1;
        double t = y + LANCZOS_G + 0.5;
        double r = LOG_SQRT_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(series(y));
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return r;
    }

    private static double series(double y) {
        double a = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (y + i);
        }
        return a;
    }
}
