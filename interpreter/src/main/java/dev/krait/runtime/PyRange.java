package dev.krait.runtime;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code range}: lazy, with bounds of any size. Ranges whose bounds fit in a
 * {@code long} (nearly all) iterate and index on longs; others use {@link BigInteger}.
 */
public final class PyRange extends PyObject {
    private final Object start;
    private final Object stop;
    private final Object step;
    /** The number of values, as a Python int (it may exceed a long). */
    private final Object length;
    /** True when start, stop and step are longs; then every value and the length are too. */
    private final boolean small;

    /** A range over Python ints ({@link Long} or {@link BigInteger}); {@code ValueError} for a zero step. */
    public PyRange(Object start, Object stop, Object step) {
        BigInteger s = Arithmetic.big(step);
        if (s.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n = start instanceof Long a && stop instanceof Long b && step instanceof Long c ? smallLength(a, b, c) : -1;
        this.small = n >= 0;
        this.length = small ? (Object) n : Arithmetic.normalize(bigLength(Arithmetic.big(start), Arithmetic.big(stop), s));
    }

    public PyRange(long start, long stop, long step) {
        this((Object) start, (Object) stop, (Object) step);
    }

    /** The length of a range over longs, or -1 when it does not fit in a long. */
    private static long smallLength(long start, long stop, long step) {
        // Differences are taken unsigned: a range may span more than Long.MAX_VALUE.
        long before;
        if (step > 0) {
            if (start >= stop) {
                return 0;
            }
            before = Long.divideUnsigned(stop - start - 1, step);
        } else {
            if (start <= stop) {
                return 0;
            }
            before = Long.divideUnsigned(start - stop - 1, -step); // -MIN_VALUE is 2^63 unsigned
        }
        return before < 0 || before == Long.MAX_VALUE ? -1 : before + 1;
    }

    private static BigInteger bigLength(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }

    /** The number of values as a Python int. */
    public Object lengthInt() {
        return length;
    }

    /** The number of values; {@code OverflowError} past {@code sys.maxsize}, as {@code len()} does. */
    public long length() {
        if (length instanceof Long n) {
            return n;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    public boolean isEmpty() {
        return length instanceof Long n && n == 0;
    }

    /** The value at position {@code k} (0 <= k < length), unchecked. */
    private Object at(Object k) {
        if (small && k instanceof Long i) {
            return (Long) start + i * (Long) step;
        }
        return Arithmetic.normalize(Arithmetic.big(start).add(Arithmetic.big(k).multiply(Arithmetic.big(step))));
    }

    /** {@code r[i]} for an int {@code i}, negative counting from the end. */
    public Object item(Object index) {
        BigInteger k = Arithmetic.big(index);
        BigInteger n = Arithmetic.big(length);
        if (k.signum() < 0) {
            k = k.add(n);
        }
        if (k.signum() < 0 || k.compareTo(n) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return at(Arithmetic.normalize(k));
    }

    /** The position of int {@code value} in the range, or null when it is not a member. */
    public Object positionOf(Object value) {
        if (small && value instanceof Long v) {
            long s = (Long) start;
            long st = (Long) step;
            long n = (Long) length;
            if (n == 0 || (st > 0 ? v < s || v >= (Long) stop : v > s || v <= (Long) stop)) {
                return null;
            }
            // v lies between start and stop, so the difference fits unsigned.
            long diff = st > 0 ? v - s : s - v;
            long absStep = st > 0 ? st : -st; // unsigned, so MIN_VALUE stands for 2^63
            return Long.remainderUnsigned(diff, absStep) == 0 ? (Object) Long.divideUnsigned(diff, absStep) : null;
        }
        BigInteger k = Arithmetic.big(value).subtract(Arithmetic.big(start));
        BigInteger s = Arithmetic.big(step);
        if (k.signum() != 0 && k.signum() != s.signum()) {
            return null;
        }
        BigInteger[] qr = k.divideAndRemainder(s);
        return qr[1].signum() == 0 && qr[0].compareTo(Arithmetic.big(length)) < 0 ? Arithmetic.normalize(qr[0]) : null;
    }

    /** {@code r[a:b:c]}: another range, as CPython computes it. */
    public PyRange slice(PySlice s) {
        BigInteger sliceStep = s.step() == PyNone.NONE ? BigInteger.ONE : sliceIndex(s.step());
        if (sliceStep.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        BigInteger n = Arithmetic.big(length);
        boolean backwards = sliceStep.signum() < 0;
        BigInteger lower = backwards ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = backwards ? n.subtract(BigInteger.ONE) : n;
        BigInteger first = s.start() == PyNone.NONE ? (backwards ? upper : lower) : clamp(sliceIndex(s.start()), n, lower, upper);
        BigInteger last = s.stop() == PyNone.NONE ? (backwards ? lower : upper) : clamp(sliceIndex(s.stop()), n, lower, upper);
        BigInteger st = Arithmetic.big(step);
        BigInteger origin = Arithmetic.big(start);
        return new PyRange(Arithmetic.normalize(origin.add(first.multiply(st))),
                Arithmetic.normalize(origin.add(last.multiply(st))), Arithmetic.normalize(st.multiply(sliceStep)));
    }

    private static BigInteger sliceIndex(Object v) {
        Object i = Slicing.asIndexInt(v);
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Arithmetic.big(i);
    }

    private static BigInteger clamp(BigInteger i, BigInteger n, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(n);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** The values from last to first, as {@code reversed(r)} yields them. */
    public PyRange reversed() {
        if (isEmpty()) {
            return this;
        }
        BigInteger st = Arithmetic.big(step);
        BigInteger last = Arithmetic.big(at(Arithmetic.normalize(Arithmetic.big(length).subtract(BigInteger.ONE))));
        return new PyRange(Arithmetic.normalize(last), Arithmetic.normalize(Arithmetic.big(start).subtract(st)),
                Arithmetic.normalize(st.negate()));
    }

    /** The values in order. */
    public Iterator<Object> iterator() {
        if (small) {
            return new Iterator<>() {
                long next = (Long) start;
                long left = (Long) length;
                final long increment = (Long) step;

                @Override
                public boolean hasNext() {
                    return left != 0;
                }

                @Override
                public Object next() {
                    if (left == 0) {
                        throw new NoSuchElementException();
                    }
                    left--;
                    long v = next;
                    next += increment;
                    return v;
                }
            };
        }
        return new Iterator<>() {
            BigInteger next = Arithmetic.big(start);
            BigInteger left = Arithmetic.big(length);
            final BigInteger increment = Arithmetic.big(step);

            @Override
            public boolean hasNext() {
                return left.signum() > 0;
            }

            @Override
            public Object next() {
                if (left.signum() <= 0) {
                    throw new NoSuchElementException();
                }
                left = left.subtract(BigInteger.ONE);
                BigInteger v = next;
                next = next.add(increment);
                return Arithmetic.normalize(v);
            }
        };
    }

    /** Ranges are equal when they produce the same values. */
    public boolean sameValues(PyRange other) {
        if (!Ops.eq(length, other.length)) {
            return false;
        }
        if (isEmpty()) {
            return true;
        }
        return Ops.eq(start, other.start) && (Ops.eq(length, 1L) || Ops.eq(step, other.step));
    }

    String repr() {
        return step instanceof Long l && l == 1 ? "range(" + Ops.repr(start) + ", " + Ops.repr(stop) + ")"
                : "range(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }

    @Override
    public PyType type() {
        return Types.RANGE;
    }
}
