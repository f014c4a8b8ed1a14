package dev.krait.runtime;

/**
 * Python's operators on {@code complex} ({@link PyComplex}) and on a complex mixed with an
 * int or a float, with CPython 3.11's results: a mixed operand becomes a complex number with a
 * zero imaginary part and the full complex formula applies (so {@code (1+infj) * 2} has a NaN
 * real part, as in CPython). Quotients and powers follow CPython's algorithms step by step,
 * since programs print their last digits.
 */
public final class ComplexArithmetic {
    private ComplexArithmetic() {}

    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    /**
     * An operand as a complex number: complex values as they are, ints and floats (and values
     * of their subclasses) with a zero imaginary part; null for anything else.
     */
    static PyComplex coerce(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyInstance i && i.builtinValue() != null) {
            return coerce(i.builtinValue());
        }
        if (Arithmetic.isNumber(o)) {
            return new PyComplex(Arithmetic.toDouble(o), 0.0);
        }
        return null;
    }

    /**
     * {@code a symbol b} when one operand is complex; NotImplemented when the other is not a
     * number or the operator does not apply to complex numbers ({@code //}, {@code %}, bitwise).
     */
    public static Object binary(String symbol, Object a, Object b) {
        if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        switch (symbol) {
            case "+", "-", "*", "/", "**" -> { }
            default -> {
                return PyNone.NOT_IMPLEMENTED;
            }
        }
        PyComplex x = coerce(a);
        PyComplex y = coerce(b);
        if (x == null || y == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return switch (symbol) {
            case "+" -> new PyComplex(x.real() + y.real(), x.imag() + y.imag());
            case "-" -> new PyComplex(x.real() - y.real(), x.imag() - y.imag());
            case "*" -> product(x, y);
            case "/" -> divide(x, y);
            default -> pow(x, y);
        };
    }

    static PyComplex product(PyComplex a, PyComplex b) {
        return new PyComplex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** {@code a / b}, {@code ZeroDivisionError} for a zero divisor. */
    static PyComplex divide(PyComplex a, PyComplex b) {
        PyComplex q = quotient(a, b);
        if (q == null) {
            throw Errors.zeroDivision("complex division by zero");
        }
        return q;
    }

    /**
     * CPython's complex quotient: scales by the larger part of the divisor (Smith's method) to
     * avoid needless overflow. Null when the divisor is zero; NaN parts when it has a NaN part.
     */
    private static PyComplex quotient(PyComplex a, PyComplex b) {
        double absReal = Math.abs(b.real());
        double absImag = Math.abs(b.imag());
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                return null;
            }
            double ratio = b.imag() / b.real();
            double denominator = b.real() + b.imag() * ratio;
            return new PyComplex((a.real() + a.imag() * ratio) / denominator,
                    (a.imag() - a.real() * ratio) / denominator);
        }
        if (absImag >= absReal) {
            double ratio = b.real() / b.imag();
            double denominator = b.real() * ratio + b.imag();
            return new PyComplex((a.real() * ratio + a.imag()) / denominator,
                    (a.imag() * ratio - a.real()) / denominator);
        }
        return new PyComplex(Double.NaN, Double.NaN); // a NaN part made both comparisons false
    }

    /**
     * {@code a ** b}: small integral exponents by repeated squaring (exact for Gaussian
     * integers), others through polar form. {@code ZeroDivisionError} for zero to a negative or
     * complex power, {@code OverflowError} when a part of the result is infinite.
     */
    public static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            r = integerPower(a, (int) b.real());
        } else {
            r = polarPower(a, b);
        }
        if (r == null) {
            throw Errors.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            throw Errors.overflow("complex exponentiation");
        }
        return r;
    }

    /** {@code x ** n}; null when a negative power divides by zero. */
    private static PyComplex integerPower(PyComplex x, int n) {
        if (n > 0) {
            return unsignedPower(x, n);
        }
        return quotient(ONE, unsignedPower(x, -n));
    }

    private static PyComplex unsignedPower(PyComplex x, int n) {
        PyComplex result = ONE;
        PyComplex square = x;
        for (int bit = 1; bit > 0 && n >= bit; bit <<= 1) {
            if ((n & bit) != 0) {
                result = product(result, square);
            }
            square = product(square, square);
        }
        return result;
    }

    /** {@code a ** b} as {@code |a|**b} rotated by {@code arg(a)·b}; null for CPython's domain errors. */
    private static PyComplex polarPower(PyComplex a, PyComplex b) {
        if (b.real() == 0.0 && b.imag() == 0.0) {
            return ONE;
        }
        if (a.real() == 0.0 && a.imag() == 0.0) {
            return b.imag() != 0.0 || b.real() < 0.0 ? null : new PyComplex(0.0, 0.0);
        }
        double magnitude = ComplexMath.hypot(a.real(), a.imag());
        double length = Math.pow(magnitude, b.real());
        double angle = ComplexMath.atan2(a.imag(), a.real());
        double phase = angle * b.real();
        if (b.imag() != 0.0) {
            length /= Math.exp(angle * b.imag());
            phase += b.imag() * Math.log(magnitude);
        }
        if (Double.isInfinite(phase)) {
            return null; // C's cos(inf) is a domain error, which CPython reports as this ZeroDivisionError
        }
        return new PyComplex(length * Math.cos(phase), length * Math.sin(phase));
    }

    /** {@code abs(z)}: infinite if a part is (even with a NaN), {@code OverflowError} if the modulus overflows. */
    public static double abs(PyComplex z) {
        if (Double.isInfinite(z.real()) || Double.isInfinite(z.imag())) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(z.real()) || Double.isNaN(z.imag())) {
            return Double.NaN;
        }
        double r = ComplexMath.hypot(z.real(), z.imag());
        if (Double.isInfinite(r)) {
            throw Errors.overflow("absolute value too large");
        }
        return r;
    }

    /**
     * {@code a == b} where one side is complex: ints compare exactly with the real part, even
     * past 2**53; false when the other side is not a number.
     */
    public static boolean equal(Object a, Object b) {
        PyComplex c = a instanceof PyComplex x ? x : (PyComplex) b;
        Object other = BuiltinSubclasses.valueOf(a instanceof PyComplex ? b : a);
        if (other instanceof PyComplex o) {
            return c.real() == o.real() && c.imag() == o.imag();
        }
        if (!Arithmetic.isNumber(other) || c.imag() != 0.0) {
            return false;
        }
        Integer order = Arithmetic.compare(c.real(), other);
        return order != null && order == 0;
    }

    /** CPython's {@code hash(z)}: the real part's hash plus 1000003 times the imaginary part's, wrapping. */
    static long hash(PyComplex z) {
        long h = Hashing.hashDouble(z.real(), z) + 1000003L * Hashing.hashDouble(z.imag(), z);
        return h == -1 ? -2 : h;
    }

    /** {@code -z}. */
    static PyComplex negate(PyComplex z) {
        return new PyComplex(-z.real(), -z.imag());
    }
}
