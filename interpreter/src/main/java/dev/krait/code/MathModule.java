package dev.krait.code;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.Errors;
import dev.krait.runtime.NumberConversions;
import dev.krait.runtime.Objects;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Types;

/**
 * The {@code math} module of 3.11: the float functions here, the integer ones in
 * {@link MathIntegers}, the special functions and sums in {@link MathSpecial}. Errors follow
 * CPython: a nan from a non-nan argument is {@code ValueError("math domain error")}, an
 * infinity from a finite one {@code OverflowError("math range error")} where the function can
 * overflow, else a domain error.
 */
final class MathModule {
    private MathModule() {}

    static void install(Map<String, Object> ns) {
        ns.put("pi", Math.PI);
        ns.put("e", Math.E);
        ns.put("tau", 2 * Math.PI);
        ns.put("inf", Double.POSITIVE_INFINITY);
        ns.put("nan", Double.NaN);
        unary(ns, "sqrt", Math::sqrt, false);
        unary(ns, "cbrt", Math::cbrt, false);
        unary(ns, "exp", Math::exp, true);
        unary(ns, "exp2", x -> Math.pow(2.0, x), true);
        unary(ns, "expm1", Math::expm1, true);
        unary(ns, "fabs", Math::abs, false);
        unary(ns, "sin", Math::sin, false);
        unary(ns, "cos", Math::cos, false);
        unary(ns, "tan", Math::tan, false);
        unary(ns, "asin", Math::asin, false);
        unary(ns, "acos", Math::acos, false);
        unary(ns, "atan", Math::atan, false);
        unary(ns, "sinh", Math::sinh, true);
        unary(ns, "cosh", Math::cosh, true);
        unary(ns, "tanh", Math::tanh, false);
        unary(ns, "asinh", MathModule::asinh, false);
        unary(ns, "acosh", MathModule::acosh, false);
        unary(ns, "atanh", MathModule::atanh, false);
        unary(ns, "degrees", x -> x * (180.0 / Math.PI), false);
        unary(ns, "radians", x -> x * (Math.PI / 180.0), false);
        StdModules.define(ns, "atan2(y, x, /)", a -> Math.atan2(real(a[0]), real(a[1])));
        StdModules.define(ns, "copysign(x, y, /)", a -> Math.copySign(real(a[0]), real(a[1])));
        StdModules.define(ns, "isnan(x, /)", a -> Double.isNaN(real(a[0])));
        StdModules.define(ns, "isinf(x, /)", a -> Double.isInfinite(real(a[0])));
        StdModules.define(ns, "isfinite(x, /)", a -> Double.isFinite(real(a[0])));
        StdModules.define(ns, "nextafter(x, y, /)", a -> Math.nextAfter(real(a[0]), real(a[1])));
        StdModules.define(ns, "ulp(x, /)", a -> ulp(real(a[0])));
        StdModules.define(ns, "floor(x, /)", a -> rounded(a[0], "__floor__", Math::floor));
        StdModules.define(ns, "ceil(x, /)", a -> rounded(a[0], "__ceil__", Math::ceil));
        StdModules.define(ns, "trunc(x, /)", a -> trunc(a[0]));
        StdModules.define(ns, "log(x, base=...)", a -> {
            double num = log(a[0], Math::log);
            if (a[1] == null) {
                return num;
            }
            double den = log(a[1], Math::log);
            if (den == 0.0) {
                throw Errors.zeroDivision("float division by zero");
            }
            return num / den;
        });
        StdModules.define(ns, "log2(x, /)", a -> log(a[0], MathModule::log2));
        StdModules.define(ns, "log10(x, /)", a -> log(a[0], Math::log10));
        StdModules.define(ns, "log1p(x, /)", a -> checked(real(a[0]), Math.log1p(real(a[0])), false));
        StdModules.define(ns, "pow(x, y, /)", a -> pow(real(a[0]), real(a[1])));
        StdModules.define(ns, "fmod(x, y, /)", a -> fmod(real(a[0]), real(a[1])));
        StdModules.define(ns, "remainder(x, y, /)", a -> remainder(real(a[0]), real(a[1])));
        StdModules.define(ns, "modf(x, /)", a -> modf(real(a[0])));
        StdModules.define(ns, "frexp(x, /)", a -> frexp(real(a[0])));
        StdModules.define(ns, "ldexp(x, i, /)", a -> ldexp(real(a[0]), a[1]));
        StdModules.define(ns, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)",
                a -> isClose(real(a[0]), real(a[1]), real(a[2]), real(a[3])));
        MathIntegers.install(ns);
        MathSpecial.install(ns);
    }

    /** A real argument: int, float, or an object with {@code __float__}/{@code __index__}. */
    static double real(Object x) {
        return NumberConversions.real(x);
    }

    private static void unary(Map<String, Object> ns, String name, DoubleUnaryOperator f, boolean canOverflow) {
        StdModules.define(ns, name + "(x, /)", a -> {
            double x = real(a[0]);
            return checked(x, f.applyAsDouble(x), canOverflow);
        });
    }

    /** CPython's error rules for a one-argument function's result {@code r} at {@code x}. */
    static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    static dev.krait.runtime.PyException domainError() {
        return Errors.valueError("math domain error");
    }

    static dev.krait.runtime.PyException rangeError() {
        return Errors.overflow("math range error");
    }

    private static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x > 0x1p28) {
            return Math.log(x) + Math.log(2);
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return Math.copySign(r, x);
    }

    /** log2 as exponent plus the log of a mantissa near 1: exact for powers of two, closer than log(x)/log(2). */
    private static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            return log2(x * 0x1p60) - 60;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        if (m > Math.sqrt(2)) {
            m /= 2;
            e++;
        }
        return e + Math.log(m) / Math.log(2);
    }

    /** A logarithm of any int or real, with ints too large for a float taken apart first. */
    private static double log(Object x, DoubleUnaryOperator f) {
        if (Arithmetic.isInt(x)) {
            BigInteger v = toBig(x);
            if (v.signum() <= 0) {
                throw domainError();
            }
            if (v.bitLength() > 1000) {
                int e = v.bitLength();
                double m = Math.scalb(v.shiftRight(e - 60).doubleValue(), -60); // v == m * 2^e, m in [0.5, 1)
                return f.applyAsDouble(m) + e * f.applyAsDouble(2.0);
            }
        }
        double d = real(x);
        double r = f.applyAsDouble(d);
        if (Double.isNaN(d)) {
            return d;
        }
        if (d <= 0) {
            throw domainError();
        }
        return r;
    }

    static BigInteger toBig(Object i) {
        Object v = Arithmetic.asInt(i);
        return v instanceof BigInteger b ? b : BigInteger.valueOf((Long) v);
    }

    /** floor/ceil: ints unchanged, floats to ints, objects through their special method. */
    private static Object rounded(Object x, String special, DoubleUnaryOperator f) {
        if (Arithmetic.isInt(x)) {
            return Arithmetic.asInt(x);
        }
        if (x instanceof Double d) {
            return NumberConversions.truncate(f.applyAsDouble(d));
        }
        if (Objects.isUserObject(x)) {
            Object r = Objects.callSpecial(x, special);
            if (r != Objects.ABSENT) {
                return r;
            }
        }
        return NumberConversions.truncate(f.applyAsDouble(real(x)));
    }

    private static Object trunc(Object x) {
        if (Arithmetic.isInt(x)) {
            return Arithmetic.asInt(x);
        }
        if (x instanceof Double d) {
            return NumberConversions.truncate(d);
        }
        if (Objects.isUserObject(x)) {
            Object r = Objects.callSpecial(x, "__trunc__");
            if (r != Objects.ABSENT) {
                return r;
            }
        }
        throw Errors.typeError("type " + Types.nameOf(x) + " doesn't define __trunc__ method");
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double next = Math.nextUp(x);
        return Double.isInfinite(next) ? x - Math.nextDown(x) : next - x;
    }

    /** {@code math.pow}: C99's special cases, then domain and range errors. */
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (x > 0) {
                    return y > 0 ? x : y < 0 ? 0.0 : 1.0;
                }
                if (y == 0.0) {
                    return 1.0;
                }
                return y > 0 ? (oddY ? x : -x) : (oddY ? -0.0 : 0.0);
            }
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? domainError() : rangeError();
        }
        return r;
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    private static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || y == 0.0) {
            throw domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    private static PyTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(Math.copySign(0.0, x), x);
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(x, x);
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(Math.copySign(x - whole, x), whole);
    }

    private static PyTuple frexp(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal: normalise first
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            return PyTuple.of(Math.scalb(x, -Math.getExponent(x) - 1), (long) e + 1);
        }
        return PyTuple.of(Math.scalb(x, -e - 1), (long) e + 1);
    }

    private static double ldexp(double x, Object i) {
        if (!Arithmetic.isInt(i)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        BigInteger e = toBig(i);
        int exp = e.bitLength() > 20 ? (e.signum() > 0 ? 100_000 : -100_000) : e.intValue();
        double r = Math.scalb(x, exp);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    private static boolean isClose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }
}
