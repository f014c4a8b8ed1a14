package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

/**
 * The methods of {@code float}: {@code is_integer}, {@code as_integer_ratio}, {@code hex},
 * {@code fromhex} and the special methods reachable as attributes ({@code (2.5).__round__()},
 * {@code float.__add__(1.0, 2)}).
 */
final class FloatMethods {
    private FloatMethods() {}

    static void install(PyType floatType) {
        floatType.method("is_integer()", (self, a) -> {
            double d = (Double) self;
            return Double.isFinite(d) && d == Math.floor(d);
        });
        floatType.method("conjugate()", (self, a) -> self);
        floatType.method("as_integer_ratio()", (self, a) -> integerRatio((Double) self));
        floatType.method("hex()", (self, a) -> PyStr.of(FloatHex.toHex((Double) self)));
        Signature fromhex = Signature.parse("fromhex(string, /)");
        floatType.define("fromhex", new PyBuiltinFunction("fromhex", (args, kw) -> {
            Object s = fromhex.bind(args, kw)[0];
            if (!(s instanceof PyStr text)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            return FloatHex.fromHex(text.value());
        }));

        floatType.method("__float__()", (self, a) -> self);
        floatType.method("__pos__()", (self, a) -> self);
        floatType.method("__neg__()", (self, a) -> -(Double) self);
        floatType.method("__abs__()", (self, a) -> Math.abs((Double) self));
        floatType.method("__bool__()", (self, a) -> (Double) self != 0.0);
        floatType.method("__int__()", (self, a) -> toInt((Double) self));
        floatType.method("__trunc__()", (self, a) -> toInt((Double) self));
        floatType.method("__floor__()", (self, a) -> toInt(Math.floor((Double) self)));
        floatType.method("__ceil__()", (self, a) -> toInt(Math.ceil((Double) self)));
        floatType.method("__round__(ndigits=None, /)", (self, a) -> round((Double) self, a[0]));
        floatType.method("__hash__()", (self, a) -> Hashing.hash(self));
        floatType.method("__repr__()", (self, a) -> PyStr.of(Ops.repr(self)));
        floatType.method("__str__()", (self, a) -> PyStr.of(Ops.repr(self)));
        floatType.method("__format__(format_spec, /)", (self, a) -> IntMethods.formatSpec(self, a[0]));
        floatType.method("__getnewargs__()", (self, a) -> PyTuple.of(self));
        floatType.method("__divmod__(value, /)", (self, a) -> divmod(self, a[0]));
        floatType.method("__rdivmod__(value, /)", (self, a) -> divmod(a[0], self));
        floatType.method("__pow__(value, mod=None, /)", (self, a) -> pow(self, a[0], a[1]));
        floatType.method("__rpow__(value, mod=None, /)", (self, a) -> pow(a[0], self, a[1]));
        binary(floatType, "add", Arithmetic::add);
        binary(floatType, "sub", Arithmetic::sub);
        binary(floatType, "mul", Arithmetic::mul);
        binary(floatType, "truediv", Arithmetic::trueDiv);
        binary(floatType, "floordiv", Arithmetic::floorDiv);
        binary(floatType, "mod", Arithmetic::mod);
        IntMethods.comparisons(floatType, Arithmetic::isNumber);
    }

    /** {@code __op__} and {@code __rop__}: ints and floats are accepted, anything else is NotImplemented. */
    private static void binary(PyType type, String stem, BinaryOperator<Object> op) {
        type.method("__" + stem + "__(value, /)", (self, a) -> Arithmetic.isNumber(a[0]) ? op.apply(self, a[0])
                : PyNone.NOT_IMPLEMENTED);
        type.method("__r" + stem + "__(value, /)", (self, a) -> Arithmetic.isNumber(a[0]) ? op.apply(a[0], self)
                : PyNone.NOT_IMPLEMENTED);
    }

    private static Object divmod(Object x, Object y) {
        if (!Arithmetic.isNumber(x) || !Arithmetic.isNumber(y)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return PyTuple.of(Arithmetic.floorDiv(x, y), Arithmetic.mod(x, y));
    }

    private static Object pow(Object base, Object exp, Object mod) {
        if (!Arithmetic.isNumber(base) || !Arithmetic.isNumber(exp)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return Arithmetic.pow(base, exp);
    }

    /** A float's integer part as an int, with CPython's errors for inf and nan. */
    static Object toInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return Arithmetic.normalize(new BigDecimal(d).toBigInteger());
    }

    /** {@code round(x)} (an int, half to even) and {@code round(x, n)} (a float), on the exact binary value. */
    static Object round(double d, Object ndigits) {
        if (ndigits == PyNone.NONE) {
            if (Double.isNaN(d)) {
                throw Errors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Errors.overflow("cannot convert float infinity to integer");
            }
            return Arithmetic.normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        Object n = Slicing.asIndexInt(ndigits);
        if (n == null) {
            throw Errors.typeError("'" + Types.nameOf(ndigits) + "' object cannot be interpreted as an integer");
        }
        if (!Double.isFinite(d) || d == 0.0) {
            return d;
        }
        // Past these bounds every float is already rounded, or rounds to zero.
        if (Arithmetic.compare(n, 323L) > 0) {
            return d;
        }
        if (Arithmetic.compare(n, -308L) < 0) {
            return Math.copySign(0.0, d);
        }
        int places = (int) (long) (Long) n;
        double r = new BigDecimal(d).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflow("rounded value too large to represent");
        }
        return r == 0.0 ? Math.copySign(0.0, d) : r;
    }

    /** The exact fraction of a float, in lowest terms. */
    static PyTuple integerRatio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (d == 0.0) {
            return PyTuple.of(0L, 1L);
        }
        long bits = Double.doubleToRawLongBits(d);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0) {
            exponent = 1; // subnormal
        } else {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // d == mantissa * 2^exponent
        int trailing = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= trailing;
        exponent += trailing;
        BigInteger numerator = BigInteger.valueOf(d < 0 ? -mantissa : mantissa);
        if (exponent >= 0) {
            return PyTuple.of(Arithmetic.normalize(numerator.shiftLeft(exponent)), 1L);
        }
        return PyTuple.of(Arithmetic.normalize(numerator), Arithmetic.normalize(BigInteger.ONE.shiftLeft(-exponent)));
    }
}
