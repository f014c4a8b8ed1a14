package dev.krait.code;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.Errors;
import dev.krait.runtime.NumberConversions;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyTuple;

/** The integer functions of {@code math}: gcd, lcm, factorial, comb, perm, isqrt, prod. */
final class MathIntegers {
    private MathIntegers() {}

    static void install(Map<String, Object> ns) {
        StdModules.define(ns, "gcd(*integers)", a -> {
            BigInteger g = BigInteger.ZERO;
            for (Object i : ((PyTuple) a[0]).toArray()) {
                g = g.gcd(index(i));
            }
            return Arithmetic.normalize(g);
        });
        StdModules.define(ns, "lcm(*integers)", a -> {
            BigInteger l = BigInteger.ONE;
            boolean zero = false;
            for (Object i : ((PyTuple) a[0]).toArray()) {
                BigInteger v = index(i).abs();
                if (v.signum() == 0) {
                    zero = true; // the remaining arguments are still type-checked
                } else if (!zero) {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return zero ? 0L : Arithmetic.normalize(l);
        });
        StdModules.define(ns, "factorial(n, /)", a -> factorial(a[0]));
        StdModules.define(ns, "isqrt(n, /)", a -> {
            BigInteger n = index(a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return Arithmetic.normalize(n.sqrt());
        });
        StdModules.define(ns, "comb(n, k, /)", a -> {
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger smaller = k.min(n.subtract(k));
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(smaller) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(n.subtract(i)).divide(i.add(BigInteger.ONE));
            }
            return Arithmetic.normalize(r);
        });
        StdModules.define(ns, "perm(n, k=None, /)", a -> {
            if (a[1] == PyNone.NONE) { // perm(n) is n!, with factorial's errors
                return factorial(a[0]);
            }
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(n.subtract(i));
            }
            return Arithmetic.normalize(r);
        });
        StdModules.define(ns, "prod(iterable, /, *, start=1)", a -> {
            Object r = a[1];
            Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                r = Ops.binary("*", r, it.next());
            }
            return r;
        });
    }

    private static Object factorial(Object x) {
        if (x instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        BigInteger n = index(x);
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (n.bitLength() > 63) {
            throw Errors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return Arithmetic.normalize(product(2, n.longValueExact()));
    }

    private static BigInteger index(Object x) {
        return MathModule.toBig(NumberConversions.index(x));
    }

    private static BigInteger nonNegative(Object x, String name) {
        BigInteger v = index(x);
        if (v.signum() < 0) {
            throw Errors.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    /** The product of {@code from..to}, split in halves so that the big multiplications stay balanced. */
    private static BigInteger product(long from, long to) {
        if (from > to) {
            return BigInteger.ONE;
        }
        if (to - from < 16) {
            BigInteger r = BigInteger.valueOf(from);
            for (long i = from + 1; i <= to; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long middle = from + (to - from) / 2;
        return product(from, middle).multiply(product(middle + 1, to));
    }
}
