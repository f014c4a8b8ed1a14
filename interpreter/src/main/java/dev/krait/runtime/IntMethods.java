package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

/**
 * The methods of {@code int} and {@code bool}: the named ones of 3.11 ({@code bit_length},
 * {@code to_bytes}, {@code from_bytes}, ...) and the special methods reachable as attributes
 * ({@code (5).__abs__()}, {@code int.__add__(1, 2)}). Operators do not go through these;
 * they use {@link Arithmetic} directly.
 */
final class IntMethods {
    private IntMethods() {}

    static void install(PyType intType, PyType boolType) {
        intType.method("bit_length()", (self, a) -> (long) big(self).abs().bitLength());
        intType.method("bit_count()", (self, a) -> (long) big(self).abs().bitCount());
        intType.method("conjugate()", (self, a) -> Arithmetic.asInt(self));
        intType.method("as_integer_ratio()", (self, a) -> PyTuple.of(Arithmetic.asInt(self), 1L));
        intType.method("to_bytes(length=1, byteorder='big', *, signed=False)",
                (self, a) -> toBytes(big(self), a[0], a[1], Ops.isTrue(a[2])));
        Signature fromBytes = Signature.parse("from_bytes(bytes, byteorder='big', *, signed=False)");
        intType.define("from_bytes", new PyBuiltinFunction("from_bytes", (args, kw) -> {
            Object[] a = fromBytes.bind(args, kw);
            return fromBytes(a[0], a[1], Ops.isTrue(a[2]));
        }));

        for (String unary : new String[] {"__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"}) {
            intType.method(unary + "()", (self, a) -> Arithmetic.asInt(self));
        }
        intType.method("__float__()", (self, a) -> Arithmetic.toDouble(self));
        intType.method("__neg__()", (self, a) -> Arithmetic.negate(self));
        intType.method("__invert__()", (self, a) -> Arithmetic.invert(self));
        intType.method("__abs__()", (self, a) -> big(self).signum() < 0 ? Arithmetic.negate(self) : Arithmetic.asInt(self));
        intType.method("__bool__()", (self, a) -> big(self).signum() != 0);
        intType.method("__hash__()", (self, a) -> Hashing.hash(self));
        intType.method("__repr__()", (self, a) -> PyStr.of(Ops.repr(self)));
        intType.method("__str__()", (self, a) -> PyStr.of(Ops.repr(self)));
        intType.method("__format__(format_spec, /)", (self, a) -> formatSpec(self, a[0]));
        intType.method("__getnewargs__()", (self, a) -> PyTuple.of(Arithmetic.asInt(self)));
        intType.method("__round__(ndigits=None, /)", (self, a) -> round(self, a[0]));
        intType.method("__divmod__(value, /)", (self, a) -> divmod(self, a[0]));
        intType.method("__rdivmod__(value, /)", (self, a) -> divmod(a[0], self));
        intType.method("__pow__(value, mod=None, /)", (self, a) -> pow(self, a[0], a[1]));
        intType.method("__rpow__(value, mod=None, /)", (self, a) -> pow(a[0], self, a[1]));
        binary(intType, "add", Arithmetic::add);
        binary(intType, "sub", Arithmetic::sub);
        binary(intType, "mul", Arithmetic::mul);
        binary(intType, "truediv", Arithmetic::trueDiv);
        binary(intType, "floordiv", Arithmetic::floorDiv);
        binary(intType, "mod", Arithmetic::mod);
        binary(intType, "lshift", Arithmetic::lshift);
        binary(intType, "rshift", Arithmetic::rshift);
        binary(intType, "and", Arithmetic::bitAnd);
        binary(intType, "or", Arithmetic::bitOr);
        binary(intType, "xor", Arithmetic::bitXor);
        comparisons(intType, Arithmetic::isInt);

        // bool keeps bool results for & | ^ between bools, and its own repr.
        binary(boolType, "and", Arithmetic::bitAnd);
        binary(boolType, "or", Arithmetic::bitOr);
        binary(boolType, "xor", Arithmetic::bitXor);
        boolType.method("__repr__()", (self, a) -> PyStr.of(Ops.repr(self)));
        boolType.method("__str__()", (self, a) -> PyStr.of(Ops.repr(self)));
    }

    /** {@code x.__format__(spec)} for ints and floats. */
    static PyStr formatSpec(Object self, Object spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not " + Types.nameOf(spec));
        }
        return PyStr.of(Formatting.format(self, s.value()));
    }

    private static BigInteger big(Object self) {
        return Arithmetic.big(Arithmetic.asInt(self));
    }

    /** {@code __op__} and {@code __rop__}: NotImplemented unless the other operand is an int. */
    private static void binary(PyType type, String stem, BinaryOperator<Object> op) {
        type.method("__" + stem + "__(value, /)", (self, a) -> Arithmetic.isInt(a[0]) ? op.apply(self, a[0])
                : PyNone.NOT_IMPLEMENTED);
        type.method("__r" + stem + "__(value, /)", (self, a) -> Arithmetic.isInt(a[0]) ? op.apply(a[0], self)
                : PyNone.NOT_IMPLEMENTED);
    }

    /** The six rich comparisons, answering NotImplemented for operands {@code accepts} refuses. */
    static void comparisons(PyType type, java.util.function.Predicate<Object> accepts) {
        String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        for (String name : names) {
            type.method(name + "(value, /)", (self, a) -> {
                if (!accepts.test(a[0])) {
                    return PyNone.NOT_IMPLEMENTED;
                }
                Integer c = Arithmetic.compare(self, a[0]);
                if (c == null) {
                    return name.equals("__ne__"); // NaN
                }
                return switch (name) {
                    case "__eq__" -> c == 0;
                    case "__ne__" -> c != 0;
                    case "__lt__" -> c < 0;
                    case "__le__" -> c <= 0;
                    case "__gt__" -> c > 0;
                    default -> c >= 0;
                };
            });
        }
    }

    private static Object divmod(Object x, Object y) {
        if (!Arithmetic.isInt(x) || !Arithmetic.isInt(y)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return PyTuple.of(Arithmetic.floorDiv(x, y), Arithmetic.mod(x, y));
    }

    private static Object pow(Object base, Object exp, Object mod) {
        if (!Arithmetic.isInt(base) || !Arithmetic.isInt(exp)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (mod == PyNone.NONE) {
            return Arithmetic.pow(base, exp);
        }
        return Arithmetic.isInt(mod) ? modularPow(base, exp, mod) : PyNone.NOT_IMPLEMENTED;
    }

    /** {@code pow(base, exp, mod)} on ints, negative exponents by modular inverse. */
    static Object modularPow(Object base, Object exp, Object mod) {
        BigInteger m = big(mod);
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger r;
        try {
            r = big(base).modPow(big(exp), m.abs());
        } catch (ArithmeticException notInvertible) {
            throw Errors.valueError("base is not invertible for the given modulus");
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return Arithmetic.normalize(r);
    }

    /** {@code round(int, ndigits)}: negative ndigits round half to even at a power of ten. */
    static Object round(Object self, Object ndigits) {
        Object x = Arithmetic.asInt(self);
        if (ndigits == PyNone.NONE) {
            return x;
        }
        Object n = Slicing.asIndexInt(ndigits);
        if (n == null) {
            throw Errors.typeError("'" + Types.nameOf(ndigits) + "' object cannot be interpreted as an integer");
        }
        if (Arithmetic.big(n).signum() >= 0) {
            return x;
        }
        if (!(n instanceof Long places) || -places > Integer.MAX_VALUE / 2) {
            return 0L; // rounding at a power of ten far larger than any int
        }
        BigDecimal v = new BigDecimal(Arithmetic.big(x)).setScale((int) (long) places, RoundingMode.HALF_EVEN);
        return Arithmetic.normalize(v.setScale(0, RoundingMode.UNNECESSARY).toBigInteger());
    }

    private static boolean littleEndian(Object byteorder) {
        if (!(byteorder instanceof PyStr s)) {
            throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not " + Types.nameOf(byteorder));
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static PyBytes toBytes(BigInteger v, Object lengthArg, Object byteorder, boolean signed) {
        Object lengthInt = Slicing.asIndexInt(lengthArg);
        if (lengthInt == null) {
            throw Errors.typeError("'" + Types.nameOf(lengthArg) + "' object cannot be interpreted as an integer");
        }
        if (Arithmetic.big(lengthInt).signum() < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        boolean little = littleEndian(byteorder);
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (!(lengthInt instanceof Long length) || length > Integer.MAX_VALUE - 8) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        if (bits > length * 8 && !(v.signum() == 0)) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal length
        byte[] out = new byte[(int) (long) length];
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < out.length; i++) {
            int from = twos.length - 1 - i;
            byte b = from >= 0 ? twos[from] : fill;
            out[little ? i : out.length - 1 - i] = b;
        }
        return PyBytes.wrap(out);
    }

    private static Object fromBytes(Object data, Object byteorder, boolean signed) {
        byte[] bytes = BytesMethods.isBytesLike(data) ? BytesMethods.bytesOf(data)
                : BytesMethods.bytesOf(Types.BYTES.call(new Object[] {data}, new String[0]));
        boolean little = littleEndian(byteorder);
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = little ? bytes[bytes.length - 1 - i] : bytes[i];
        }
        if (bigEndian.length == 0) {
            return 0L;
        }
        return Arithmetic.normalize(signed ? new BigInteger(bigEndian) : new BigInteger(1, bigEndian));
    }
}
