package dev.krait.runtime;

import java.math.BigInteger;

/**
 * Python's {@code hash()}: CPython 3.11's exact values for numbers (reduced modulo
 * {@code 2**61 - 1}, so that equal numbers of different types hash alike), tuples
 * (the xxHash-based combination) and frozensets; a deterministic hash for strings
 * (CPython's is randomized per process).
 */
public final class Hashing {
    private Hashing() {}

    static final long MODULUS = (1L << 61) - 1;
    private static final int BITS = 61;
    static final long INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** {@code hash(o)}, or {@code TypeError: unhashable type: 'list'}. */
    public static long hash(Object o) {
        if (o instanceof PyStr s) {
            return hashString(s.value());
        }
        if (o instanceof Long l) {
            return hashLong(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return hashDouble(d, o);
        }
        if (o instanceof BigInteger b) {
            return hashBig(b);
        }
        if (o instanceof PyTuple t) {
            return hashTuple(t);
        }
        if (o instanceof PyComplex c) {
            return ComplexArithmetic.hash(c);
        }
        if (o instanceof PyBytes) {
            return BytesModel.hash(o);
        }
        if (o instanceof PyByteArray) {
            throw unhashable(o);
        }
        if (o instanceof PySet s) {
            if (!s.frozen()) {
                throw unhashable(o);
            }
            return s.frozenHash();
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySlice || o instanceof DictViews.View) {
            throw unhashable(o);
        }
        if (o instanceof PyRange r) {
            Object n = r.lengthInt();
            return hashTuple(PyTuple.of(n, r.isEmpty() ? PyNone.NONE : r.start(),
                    Ops.eq(n, 0L) || Ops.eq(n, 1L) ? PyNone.NONE : r.step()));
        }
        if (o instanceof PyMethod m) {
            return fix(m.hash());
        }
        if (o instanceof PyBoundMethod m) {
            return fix(m.hash());
        }
        if (Objects.isUserObject(o) && !(o instanceof PyType)) {
            if (Types.typeOf(o).lookup("__hash__") == PyNone.NONE) {
                throw unhashable(o); // a class that defines __eq__ but not __hash__
            }
            Object h = Objects.callSpecial(o, "__hash__");
            if (h != Objects.ABSENT) {
                if (!Arithmetic.isInt(h)) {
                    throw Errors.typeError("__hash__ method should return an integer");
                }
                return hash(Arithmetic.asInt(h));
            }
            if (o instanceof PyInstance i && i.builtinValue() != null) {
                return hash(i.builtinValue());
            }
        }
        return fix((long) System.identityHashCode(o) * 31);
    }

    static PyException unhashable(Object o) {
        return Errors.typeError("unhashable type: '" + Types.nameOf(o) + "'");
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(v));
        }
        long a = Math.abs(v) % MODULUS;
        return fix(v < 0 ? -a : a);
    }

    static long hashBig(BigInteger v) {
        long a = v.abs().mod(BIG_MODULUS).longValue();
        return fix(v.signum() < 0 ? -a : a);
    }

    static long hashDouble(double v, Object identity) {
        if (Double.isNaN(v)) {
            return fix(System.identityHashCode(identity));
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (v == 0) {
            return 0;
        }
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        // frexp: m in [0.5, 1), v = m * 2**e
        int e = Math.getExponent(m) + 1;
        if (Math.getExponent(m) == Double.MIN_EXPONENT - 1) { // subnormal
            m *= 0x1p54;
            e = Math.getExponent(m) + 1 - 54;
            m = m / Math.scalb(1.0, Math.getExponent(m) + 1);
        } else {
            m = Math.scalb(m, -e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        return fix(x * sign);
    }

    static long hashTuple(PyTuple t) {
        long acc = XXPRIME_5;
        for (int i = 0; i < t.size(); i++) {
            long lane = hash(t.get(i));
            acc += lane * XXPRIME_2;
            acc = (acc << 31) | (acc >>> 33);
            acc *= XXPRIME_1;
        }
        acc += t.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** A deterministic hash built on Java's cached string hash, never -1. */
    static long hashString(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long h = (s.hashCode() + 0x51L * s.length()) * 0x9E3779B97F4A7C15L;
        return fix(h ^ (h >>> 29));
    }
}
