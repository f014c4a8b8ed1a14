package dev.krait.runtime;

import java.math.BigInteger;

/** Methods and attributes of {@code int} and {@code float} that programs use most. */
final class NumberMethods {
    private NumberMethods() {}

    static void install(PyType intType, PyType floatType) {
        intType.method("bit_length()", (self, a) -> (long) Arithmetic.big(Arithmetic.asInt(self)).abs().bitLength());
        intType.method("bit_count()", (self, a) -> (long) Arithmetic.big(Arithmetic.asInt(self)).abs().bitCount());
        intType.method("conjugate()", (self, a) -> Arithmetic.asInt(self));
        intType.method("as_integer_ratio()", (self, a) -> PyTuple.of(Arithmetic.asInt(self), 1L));
        intType.method("is_integer()", (self, a) -> true);
        floatType.method("is_integer()", (self, a) -> {
            double d = (Double) self;
            return Double.isFinite(d) && d == Math.floor(d);
        });
        floatType.method("conjugate()", (self, a) -> self);
        floatType.method("as_integer_ratio()", (self, a) -> integerRatio((Double) self));
    }

    /** The exact fraction of a float, in lowest terms. */
    private static Object integerRatio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = exact.scale() > 0 ? BigInteger.TEN.pow(exact.scale()) : BigInteger.ONE;
        if (exact.scale() < 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger g = numerator.gcd(denominator);
        return PyTuple.of(Arithmetic.normalize(numerator.divide(g)), Arithmetic.normalize(denominator.divide(g)));
    }

    /** {@code x.real}, {@code x.imag}, {@code x.numerator}, {@code x.denominator}; null for other names. */
    static Object attribute(Object number, String name) {
        boolean isInt = Arithmetic.isInt(number);
        return switch (name) {
            case "real" -> isInt ? Arithmetic.asInt(number) : number;
            case "imag" -> isInt ? (Object) 0L : (Object) 0.0;
            case "numerator" -> isInt ? Arithmetic.asInt(number) : null;
            case "denominator" -> isInt ? (Object) 1L : null;
            default -> null;
        };
    }
}
