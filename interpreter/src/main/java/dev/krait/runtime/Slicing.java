package dev.krait.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Slices applied to sequences: CPython's index adjustment, extended slices, slice assignment. */
public final class Slicing {
    private Slicing() {}

    /** A slice resolved against a length: {@code start}, {@code step} and the number of items. */
    record Bounds(long start, long stop, long step, int count) {
        long at(int k) {
            return start + k * step;
        }
    }

    /** An int, or the result of a program-defined {@code __index__}; null if neither. */
    static Object asIndexInt(Object v) {
        Object i = Arithmetic.asInt(v);
        if (i == null && Objects.isUserObject(v)) {
            Object r = Objects.callSpecial(v, "__index__");
            if (r != Objects.ABSENT) {
                if (!Arithmetic.isInt(r)) {
                    throw Errors.typeError("__index__ returned non-int (type " + Types.nameOf(r) + ")");
                }
                return Arithmetic.asInt(r);
            }
        }
        return i;
    }

    private static long index(Object v, long whenNone) {
        if (v == PyNone.NONE) {
            return whenNone;
        }
        Object i = asIndexInt(v);
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        long l = (Long) i;
        return Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, l));
    }

    static long step(PySlice s) {
        if (s.step() == PyNone.NONE) {
            return 1;
        }
        long step = index(s.step(), 1);
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        return step;
    }

    /** CPython's {@code PySlice_Unpack} + {@code PySlice_AdjustIndices}. */
    static Bounds bounds(PySlice s, long length) {
        long step = step(s);
        long start = index(s.start(), step < 0 ? Long.MAX_VALUE / 2 : 0);
        long stop = index(s.stop(), step < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long count = 0;
        if (step < 0) {
            if (stop < start) {
                count = (start - stop - 1) / -step + 1;
            }
        } else if (start < stop) {
            count = (stop - start - 1) / step + 1;
        }
        return new Bounds(start, stop, step, (int) count);
    }

    /** {@code slice.indices(length)}. */
    static PyTuple indices(PySlice s, Object lengthArg) {
        Object n = Arithmetic.asInt(lengthArg);
        if (n == null) {
            throw Errors.typeError("'" + Types.nameOf(lengthArg) + "' object cannot be interpreted as an integer");
        }
        long length = n instanceof Long l ? l : Long.MAX_VALUE / 4;
        if (length < 0) {
            throw Errors.valueError("length should not be negative");
        }
        Bounds b = bounds(s, length);
        return PyTuple.of(b.start(), b.stop(), b.step());
    }

    /** {@code seq[slice]} for list, tuple, str and range. */
    public static Object getSlice(Object seq, PySlice s) {
        if (seq instanceof PyList l) {
            Bounds b = bounds(s, l.size());
            List<Object> items = l.items();
            if (b.step() == 1) {
                return new PyList(items.subList((int) b.start(), (int) b.start() + b.count()));
            }
            List<Object> out = new ArrayList<>(b.count());
            for (int k = 0; k < b.count(); k++) {
                out.add(items.get((int) b.at(k)));
            }
            return new PyList(out);
        }
        if (seq instanceof PyTuple t) {
            Bounds b = bounds(s, t.size());
            if (b.step() == 1 && b.count() == t.size()) {
                return t;
            }
            Object[] out = new Object[b.count()];
            for (int k = 0; k < out.length; k++) {
                out[k] = t.get((int) b.at(k));
            }
            return PyTuple.wrap(out);
        }
        if (seq instanceof PyStr str) {
            Bounds b = bounds(s, str.length());
            if (b.step() == 1) {
                return str.substring((int) b.start(), (int) b.start() + b.count());
            }
            StringBuilder out = new StringBuilder(b.count());
            for (int k = 0; k < b.count(); k++) {
                out.appendCodePoint(str.codePointAt((int) b.at(k)));
            }
            return PyStr.of(out.toString());
        }
        if (seq instanceof PyRange r) {
            return r.slice(s);
        }
        throw Errors.typeError("'" + Types.nameOf(seq) + "' object is not subscriptable");
    }

    /** {@code list[slice] = iterable}. */
    public static void setSlice(PyList l, PySlice s, Object value) {
        List<Object> items = l.items();
        long step = step(s);
        List<Object> values;
        if (value == l) {
            values = new ArrayList<>(items);
        } else if (value instanceof PyList || value instanceof PyTuple) {
            values = Constructors.collect(value);
        } else {
            try {
                values = Constructors.collect(value);
            } catch (PyException e) {
                if (e.value().type() == ExceptionTypes.TYPE_ERROR && e.getMessage().endsWith("is not iterable")) {
                    throw Errors.typeError(step == 1 ? "can only assign an iterable"
                            : "must assign iterable to extended slice");
                }
                throw e;
            }
        }
        Bounds b = bounds(s, items.size());
        if (b.step() == 1) {
            int start = (int) b.start();
            int stop = Math.max(start, (int) b.stop());
            items.subList(start, stop).clear();
            items.addAll(start, values);
            return;
        }
        if (values.size() != b.count()) {
            throw Errors.valueError("attempt to assign sequence of size " + values.size()
                    + " to extended slice of size " + b.count());
        }
        for (int k = 0; k < b.count(); k++) {
            items.set((int) b.at(k), values.get(k));
        }
    }

    /** {@code del list[slice]}. */
    public static void delSlice(PyList l, PySlice s) {
        List<Object> items = l.items();
        Bounds b = bounds(s, items.size());
        if (b.step() == 1) {
            int start = (int) b.start();
            items.subList(start, start + b.count()).clear();
            return;
        }
        if (b.count() == 0) {
            return;
        }
        boolean[] drop = new boolean[items.size()];
        for (int k = 0; k < b.count(); k++) {
            drop[(int) b.at(k)] = true;
        }
        List<Object> kept = new ArrayList<>(items.size() - b.count());
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                kept.add(items.get(i));
            }
        }
        items.clear();
        items.addAll(kept);
    }

    /** A normalised index into a sequence of {@code size}, or IndexError with {@code what}. */
    static int index(Object index, int size, String what, String msg) {
        Object i = Arithmetic.asInt(index);
        if (i == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + Types.nameOf(index));
        }
        long k = i instanceof Long l ? l : (((BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw Errors.indexError(msg);
        }
        return (int) k;
    }
}
