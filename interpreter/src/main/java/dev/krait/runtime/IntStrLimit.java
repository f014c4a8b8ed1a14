package dev.krait.runtime;

import java.math.BigInteger;

/**
 * One interpreter's limit on the number of decimal digits in int/str conversions
 * ({@code sys.set_int_max_str_digits}, 4300 by default; 0 means no limit), which CPython 3.11
 * applies to {@code str(int)}, {@code int(str)} and formatting in non-power-of-two bases.
 *
 * <p>Conversions happen deep in the runtime, far from any interpreter object, so the running
 * interpreter binds its limit to the thread that runs its code ({@link #bind}); an interpreter
 * runs on one thread at a time. Code that runs with no binding gets the default.
 */
public final class IntStrLimit {
    public static final int DEFAULT = 4300;
    /** The smallest limit {@code sys.set_int_max_str_digits} accepts, other than 0. */
    public static final int THRESHOLD = 640;

    private static final ThreadLocal<IntStrLimit> CURRENT = new ThreadLocal<>();
    /** log10(2): decimal digits per bit. */
    private static final double DIGITS_PER_BIT = 0.30102999566398120;

    private int maxDigits = DEFAULT;

    public int maxDigits() {
        return maxDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}: 0, or at least {@link #THRESHOLD}. */
    public void setMaxDigits(Object n) {
        Object v = Arithmetic.asInt(n);
        if (v == null) {
            throw Errors.typeError("'" + Types.nameOf(n) + "' object cannot be interpreted as an integer");
        }
        if (!(v instanceof Long l) || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        if (l != 0 && l < THRESHOLD) {
            throw Errors.valueError("maxdigits must be 0 or larger than " + THRESHOLD);
        }
        maxDigits = (int) (long) l;
    }

    /** Makes this the limit for code running on the current thread; returns the binding to restore. */
    public IntStrLimit bind() {
        IntStrLimit previous = CURRENT.get();
        CURRENT.set(this);
        return previous;
    }

    /** Restores the binding that {@link #bind} returned. */
    public static void restore(IntStrLimit previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    private static int current() {
        IntStrLimit limit = CURRENT.get();
        return limit == null ? DEFAULT : limit.maxDigits;
    }

    /** The decimal digits of {@code v}, or {@code ValueError} when they exceed the limit. */
    public static String toDecimal(BigInteger v) {
        int max = current();
        if (max > 0 && v.bitLength() * DIGITS_PER_BIT > max - 1) {
            // Near or past the limit: too many bits rules out a conversion at all, as in CPython.
            if ((v.bitLength() - 1) * DIGITS_PER_BIT >= max + 1) {
                throw tooLongForStr(max);
            }
            String text = v.toString();
            if (text.length() - (v.signum() < 0 ? 1 : 0) > max) {
                throw tooLongForStr(max);
            }
            return text;
        }
        return v.toString();
    }

    private static PyException tooLongForStr(int max) {
        return Errors.valueError("Exceeds the limit (" + max + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    /** Checks a number of digits about to be parsed in base {@code base}. */
    public static void checkParse(int digits, int base) {
        int max = current();
        if (max > 0 && digits > max && Integer.bitCount(base) != 1) {
            throw Errors.valueError("Exceeds the limit (" + max + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }
}
