package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python's numeric operators on {@code int} ({@link Long}, {@link BigInteger}, and
 * {@link Boolean} as 0/1) and {@code float} ({@link Double}), with CPython's results for
 * negative operands, mixed types and errors. Each method returns
 * {@link PyNone#NOT_IMPLEMENTED} when the operands are not numbers it handles, so that the
 * caller can try other types' methods.
 */
public final class Arithmetic {
    private Arithmetic() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** True for Python ints, bools included. */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger
                || o instanceof PyInstance i && isInt(i.builtinValue());
    }

    /** A Python int as a Long or BigInteger, bools as 0/1; null if {@code o} is no int. */
    public static Object asInt(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PyInstance i && i.builtinValue() != null) {
            return asInt(i.builtinValue()); // an instance of a subclass of int
        }
        return null;
    }

    /** The canonical form of an int result: a Long when it fits. */
    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static BigInteger big(Object i) {
        return i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
    }

    /** A Python number as a double ({@code OverflowError} for ints too large). */
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof PyInstance i && i.builtinValue() instanceof Double d) {
            return d;
        }
        Object i = asInt(o);
        if (i instanceof Long l) {
            return l;
        }
        double d = ((BigInteger) i).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    public static Object add(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x instanceof Long p && y instanceof Long q) {
            long r = p + q;
            return ((p ^ r) & (q ^ r)) < 0 ? normalize(big(p).add(big(q))) : (Object) r;
        }
        if (x != null && y != null) {
            return normalize(big(x).add(big(y)));
        }
        if (isFloatPair(a, b)) {
            return toDouble(a) + toDouble(b);
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    public static Object sub(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x instanceof Long p && y instanceof Long q) {
            long r = p - q;
            return ((p ^ q) & (p ^ r)) < 0 ? normalize(big(p).subtract(big(q))) : (Object) r;
        }
        if (x != null && y != null) {
            return normalize(big(x).subtract(big(y)));
        }
        if (isFloatPair(a, b)) {
            return toDouble(a) - toDouble(b);
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    public static Object mul(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x instanceof Long p && y instanceof Long q) {
            long hi = Math.multiplyHigh(p, q);
            long lo = p * q;
            return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : normalize(big(p).multiply(big(q)));
        }
        if (x != null && y != null) {
            return normalize(big(x).multiply(big(y)));
        }
        if (isFloatPair(a, b)) {
            return toDouble(a) * toDouble(b);
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    /** {@code /}: always a float for numbers, correctly rounded for big ints. */
    public static Object trueDiv(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x != null && y != null) {
            if (isZero(y)) {
                throw Errors.zeroDivision("division by zero");
            }
            if (x instanceof Long p && y instanceof Long q && Math.abs(p) < (1L << 53) && Math.abs(q) < (1L << 53)) {
                return (double) p / (double) q;
            }
            double d = new BigDecimal(big(x)).divide(new BigDecimal(big(y)), MathContext.DECIMAL128).doubleValue();
            if (Double.isInfinite(d)) {
                throw Errors.overflow("integer division result too large for a float");
            }
            return d;
        }
        if (isFloatPair(a, b)) {
            double q = toDouble(b);
            if (q == 0.0) {
                throw Errors.zeroDivision("float division by zero");
            }
            return toDouble(a) / q;
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    public static Object floorDiv(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x != null && y != null) {
            if (isZero(y)) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            if (x instanceof Long p && y instanceof Long q && !(p == Long.MIN_VALUE && q == -1)) {
                return Math.floorDiv(p, q);
            }
            BigInteger[] qr = big(x).divideAndRemainder(big(y));
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && qr[1].signum() != big(y).signum()) {
                q = q.subtract(BigInteger.ONE);
            }
            return normalize(q);
        }
        if (isFloatPair(a, b)) {
            double p = toDouble(a);
            double q = toDouble(b);
            if (q == 0.0) {
                throw Errors.zeroDivision("float floor division by zero");
            }
            return floatDivmod(p, q)[0];
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    public static Object mod(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x != null && y != null) {
            if (isZero(y)) {
                throw Errors.zeroDivision("integer modulo by zero");
            }
            if (x instanceof Long p && y instanceof Long q) {
                return q == -1 ? 0L : Math.floorMod(p, q);
            }
            BigInteger r = big(x).mod(big(y).abs());
            if (big(y).signum() < 0 && r.signum() != 0) {
                r = r.add(big(y));
            }
            return normalize(r);
        }
        if (isFloatPair(a, b)) {
            double p = toDouble(a);
            double q = toDouble(b);
            if (q == 0.0) {
                throw Errors.zeroDivision("float modulo");
            }
            return floatDivmod(p, q)[1];
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    /** CPython's float divmod: the remainder takes the divisor's sign, the quotient is exact-floored. */
    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static Object pow(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x != null && y != null) {
            if (big(y).signum() >= 0) {
                if (y instanceof BigInteger) {
                    throw Errors.overflow("exponent too large");
                }
                return normalize(big(x).pow((int) Math.min((Long) y, Integer.MAX_VALUE)));
            }
            if (isZero(x)) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Math.pow(toDouble(x), toDouble(y));
        }
        if (isFloatPair(a, b)) {
            double p = toDouble(a);
            double q = toDouble(b);
            if (p == 0.0 && q < 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            if (p < 0 && q != Math.floor(q) && Double.isFinite(p) && Double.isFinite(q)) {
                // a negative number to a fractional power is complex, as in CPython
                return ComplexArithmetic.pow(new PyComplex(p, 0.0), new PyComplex(q, 0.0));
            }
            double r = Math.pow(p, q);
            if (Double.isInfinite(r) && Double.isFinite(p) && Double.isFinite(q)) {
                throw Errors.overflow("(34, 'Numerical result out of range')");
            }
            return r;
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    public static Object bitAnd(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (a instanceof Boolean p && b instanceof Boolean q) {
            return p & q;
        }
        if (x instanceof Long p && y instanceof Long q) {
            return p & q;
        }
        return x != null && y != null ? normalize(big(x).and(big(y))) : PyNone.NOT_IMPLEMENTED;
    }

    public static Object bitOr(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (a instanceof Boolean p && b instanceof Boolean q) {
            return p | q;
        }
        if (x instanceof Long p && y instanceof Long q) {
            return p | q;
        }
        return x != null && y != null ? normalize(big(x).or(big(y))) : PyNone.NOT_IMPLEMENTED;
    }

    public static Object bitXor(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (a instanceof Boolean p && b instanceof Boolean q) {
            return p ^ q;
        }
        if (x instanceof Long p && y instanceof Long q) {
            return p ^ q;
        }
        return x != null && y != null ? normalize(big(x).xor(big(y))) : PyNone.NOT_IMPLEMENTED;
    }

    public static Object lshift(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x == null || y == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (big(y).signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (y instanceof BigInteger) {
            throw Errors.overflow("too many digits in integer");
        }
        return normalize(big(x).shiftLeft((int) Math.min((Long) y, Integer.MAX_VALUE)));
    }

    public static Object rshift(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x == null || y == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (big(y).signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        long n = y instanceof Long l ? l : Long.MAX_VALUE;
        if (x instanceof Long p) {
            return n >= 64 ? (p < 0 ? -1L : 0L) : (Object) (p >> n);
        }
        return normalize(big(x).shiftRight((int) Math.min(n, Integer.MAX_VALUE)));
    }

    public static Object negate(Object a) {
        Object x = asInt(a);
        if (x instanceof Long p) {
            return p == Long.MIN_VALUE ? normalize(big(p).negate()) : (Object) (-p);
        }
        if (x != null) {
            return normalize(big(x).negate());
        }
        if (a instanceof Double d) {
            return -d;
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    public static Object invert(Object a) {
        Object x = asInt(a);
        if (x instanceof Long p) {
            return ~p;
        }
        return x != null ? normalize(big(x).not()) : PyNone.NOT_IMPLEMENTED;
    }

    private static boolean isZero(Object i) {
        return i instanceof Long l ? l == 0 : ((BigInteger) i).signum() == 0;
    }

    /** Both operands numbers and at least one a float. */
    private static boolean isFloatPair(Object a, Object b) {
        return (a instanceof Double || b instanceof Double) && isNumber(a) && isNumber(b);
    }

    static boolean isNumber(Object o) {
        return o instanceof Double || isInt(o) || o instanceof PyInstance i && i.builtinValue() instanceof Double;
    }

    /** Compares two Python numbers exactly (big ints against floats too); null if not both numbers. */
    public static Integer compare(Object a, Object b) {
        Object x = asInt(a);
        Object y = asInt(b);
        if (x instanceof Long p && y instanceof Long q) {
            return Long.compare(p, q);
        }
        if (x != null && y != null) {
            return big(x).compareTo(big(y));
        }
        if (!isNumber(a) || !isNumber(b)) {
            return null;
        }
        double p = a instanceof Double d ? d : Double.NaN;
        double q = b instanceof Double d ? d : Double.NaN;
        if (a instanceof Double && b instanceof Double) {
            return Double.isNaN(p) || Double.isNaN(q) ? null : Double.compare(p == 0.0 ? 0.0 : p, q == 0.0 ? 0.0 : q);
        }
        // An int against a float: compare exactly via BigDecimal (NaN never compares).
        double f = a instanceof Double ? p : q;
        if (Double.isNaN(f)) {
            return null;
        }
        int sign = a instanceof Double ? 1 : -1;
        Object i = a instanceof Double ? y : x;
        if (Double.isInfinite(f)) {
            return sign * (f > 0 ? 1 : -1);
        }
        // Ints of at most 53 bits convert to double exactly, so the common case needs no BigDecimal.
        if (i instanceof Long l && Math.abs(l) <= (1L << 53)) {
            return sign * Double.compare(f == 0.0 ? 0.0 : f, (double) l);
        }
        return sign * new BigDecimal(f).compareTo(new BigDecimal(big(i)));
    }

    /** Whether an int fits in a Java long (always true for Long). */
    static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }
}
