package dev.krait.runtime;

import dev.krait.text.FloatRepr;

/**
 * Python's {@code complex}: an immutable pair of doubles. Its arithmetic is
 * {@link ComplexArithmetic}'s, its methods {@link ComplexMethods}', its constructor and string
 * parsing {@link ComplexConversions}' and its {@code format()} {@link ComplexFormat}'s.
 */
public final class PyComplex extends PyObject {
    private final double real;
    private final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    /** Truth: any part non-zero (NaN counts as non-zero, as in CPython). */
    public boolean isNonZero() {
        return real != 0.0 || imag != 0.0;
    }

    @Override
    public PyType type() {
        return Types.COMPLEX;
    }

    /** Python's {@code repr}, which is also its {@code str}: {@code (1+2j)}, {@code 2j}, {@code (-0-0j)}. */
    @Override
    public String toString() {
        return FloatRepr.complexRepr(real, imag);
    }
}
