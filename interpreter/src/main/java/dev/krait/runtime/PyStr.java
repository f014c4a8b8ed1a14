package dev.krait.runtime;

/**
 * Python's {@code str}: an immutable sequence of code points.
 *
 * <p>It wraps a {@link String} and caches the code-point length, so that the common strings
 * (no characters outside the Basic Multilingual Plane) index and slice in O(1) with plain
 * {@code char} offsets, while a string holding surrogate pairs still counts each non-BMP
 * character as one, as Python does. Equality and hashing follow the wrapped text.
 */
public final class PyStr implements Comparable<PyStr> {
    /** The empty string. */
    public static final PyStr EMPTY = new PyStr("", 0);

    private final String value;
    /** Code points; equal to {@code value.length()} exactly when there are no surrogate pairs. */
    private final int length;

    private PyStr(String value, int length) {
        this.value = value;
        this.length = length;
    }

    /** The Python string holding {@code value}'s code points. */
    public static PyStr of(String value) {
        if (value.isEmpty()) {
            return EMPTY;
        }
        return new PyStr(value, codePointLength(value));
    }

    /** One code point as a string. */
    public static PyStr ofCodePoint(int cp) {
        return new PyStr(Character.toString(cp), 1);
    }

    private static int codePointLength(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return s.codePointCount(0, n);
            }
        }
        return n;
    }

    /** The text as a Java string. */
    public String value() {
        return value;
    }

    /** Python's {@code len()}: the number of code points. */
    public int length() {
        return length;
    }

    /** True when no character needs a surrogate pair, so code-point and char indexes agree. */
    public boolean isBmp() {
        return length == value.length();
    }

    /** The code point at Python index {@code index} (0 <= index < length). */
    public int codePointAt(int index) {
        return isBmp() ? value.charAt(index) : value.codePointAt(value.offsetByCodePoints(0, index));
    }

    /** The char offset of code point {@code index} (0 <= index <= length). */
    public int charOffset(int index) {
        return isBmp() ? index : value.offsetByCodePoints(0, index);
    }

    /** The code-point index of char offset {@code offset}. */
    public int codePointIndex(int offset) {
        return isBmp() ? offset : value.codePointCount(0, offset);
    }

    /** The substring of code points {@code [start, end)}. */
    public PyStr substring(int start, int end) {
        if (start == 0 && end == length) {
            return this;
        }
        if (start >= end) {
            return EMPTY;
        }
        if (isBmp()) {
            return new PyStr(value.substring(start, end), end - start);
        }
        return of(value.substring(charOffset(start), charOffset(end)));
    }

    /** Concatenation. */
    public PyStr concat(PyStr other) {
        if (other.length == 0) {
            return this;
        }
        if (length == 0) {
            return other;
        }
        return new PyStr(value.concat(other.value), length + other.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && (s == this || s.value.equals(value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Python orders strings by code point, which differs from UTF-16 order for surrogates. */
    @Override
    public int compareTo(PyStr other) {
        if (isBmp() && other.isBmp()) {
            return value.compareTo(other.value);
        }
        int i = 0;
        int j = 0;
        while (i < value.length() && j < other.value.length()) {
            int a = value.codePointAt(i);
            int b = other.value.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(length - codePointIndex(i), other.length - other.codePointIndex(j));
    }

    @Override
    public String toString() {
        return value;
    }
}
