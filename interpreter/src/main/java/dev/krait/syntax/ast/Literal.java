package dev.krait.syntax.ast;

import java.util.Arrays;

/** Constant values that have no natural Java type, as held by {@link Expr.Constant}. */
public final class Literal {
    private Literal() {}

    /** Python's {@code None} and {@code Ellipsis}. */
    public enum Singleton { NONE, ELLIPSIS }

    /** A {@code bytes} literal. */
    public record Bytes(byte[] value) {
        @Override public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }

    /** An imaginary literal such as {@code 2.5j}: a complex number with zero real part. */
    public record Imaginary(double imag) {}
}
