package dev.krait.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** The methods of {@code list} and {@code tuple}, and the stable sort behind {@code sorted}. */
public final class ListMethods {
    private ListMethods() {}

    static void install(PyType list, PyType tuple) {
        list.method("append(object, /)", (self, a) -> {
            ((PyList) self).append(a[0]);
            return PyNone.NONE;
        });
        list.method("extend(iterable, /)", (self, a) -> {
            PyList l = (PyList) self;
            l.items().addAll(Constructors.collect(a[0]));
            return PyNone.NONE;
        });
        list.method("insert(index, object, /)", (self, a) -> {
            List<Object> items = ((PyList) self).items();
            long i = asIndex(a[0]);
            int n = items.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            } else if (i > n) {
                i = n;
            }
            items.add((int) i, a[1]);
            return PyNone.NONE;
        });
        list.method("remove(value, /)", (self, a) -> {
            List<Object> items = ((PyList) self).items();
            for (int i = 0; i < items.size(); i++) {
                if (same(items.get(i), a[0])) {
                    items.remove(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        list.method("pop(index=-1, /)", (self, a) -> {
            List<Object> items = ((PyList) self).items();
            long i = asIndex(a[0]);
            if (items.isEmpty()) {
                throw Errors.indexError("pop from empty list");
            }
            if (i < 0) {
                i += items.size();
            }
            if (i < 0 || i >= items.size()) {
                throw Errors.indexError("pop index out of range");
            }
            return items.remove((int) i);
        });
        list.method("clear()", (self, a) -> {
            ((PyList) self).items().clear();
            return PyNone.NONE;
        });
        list.method("index(value, start=0, stop=..., /)", (self, a) -> {
            List<Object> items = ((PyList) self).items();
            int i = find(items, a[0], a[1], a[2]);
            if (i < 0) {
                throw Errors.valueError(Ops.repr(a[0]) + " is not in list");
            }
            return (long) i;
        });
        list.method("count(value, /)", (self, a) -> count(((PyList) self).items(), a[0]));
        list.method("sort(*args, key=None, reverse=False)", (self, a) -> {
            if (((PyTuple) a[0]).size() > 0) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            a = java.util.Arrays.copyOfRange(a, 1, a.length);
            PyList l = (PyList) self;
            List<Object> items = new ArrayList<>(l.items());
            l.items().clear();
            List<Object> sorted;
            try {
                sorted = sort(items, a[0], Ops.isTrue(a[1]));
            } catch (PyException e) {
                l.items().clear();
                l.items().addAll(items);
                throw e;
            }
            boolean modified = !l.items().isEmpty();
            l.items().clear();
            l.items().addAll(sorted);
            if (modified) {
                throw Errors.valueError("list modified during sort");
            }
            return PyNone.NONE;
        });
        list.method("reverse()", (self, a) -> {
            Collections.reverse(((PyList) self).items());
            return PyNone.NONE;
        });
        list.method("copy()", (self, a) -> new PyList(((PyList) self).items()));

        Types.RANGE.method("index(value, /)", (self, a) -> {
            PyRange r = (PyRange) self;
            if (Arithmetic.isInt(a[0])) {
                Object position = r.positionOf(Arithmetic.asInt(a[0]));
                if (position != null) {
                    return position;
                }
                throw Errors.valueError(Ops.repr(a[0]) + " is not in range");
            }
            Iterator<Object> it = Ops.iterate(r);
            for (long i = 0; it.hasNext(); i++) {
                if (same(it.next(), a[0])) {
                    return i;
                }
            }
            throw Errors.valueError(Arithmetic.isInt(a[0]) ? Ops.repr(a[0]) + " is not in range"
                    : "sequence.index(x): x not in sequence");
        });
        Types.RANGE.method("count(value, /)", (self, a) -> {
            PyRange r = (PyRange) self;
            if (Arithmetic.isInt(a[0])) {
                return r.positionOf(Arithmetic.asInt(a[0])) != null ? 1L : 0L;
            }
            long n = 0;
            Iterator<Object> it = Ops.iterate(r);
            while (it.hasNext()) {
                if (same(it.next(), a[0])) {
                    n++;
                }
            }
            return n;
        });
        tuple.method("index(value, start=0, stop=..., /)", (self, a) -> {
            int i = find(List.of(((PyTuple) self).toArray()), a[0], a[1], a[2]);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return (long) i;
        });
        tuple.method("count(value, /)", (self, a) -> count(List.of(((PyTuple) self).toArray()), a[0]));
    }

    /** Identity, then Python equality: how containers compare their items. */
    static boolean same(Object a, Object b) {
        return a == b || Ops.eq(a, b);
    }

    static long asIndex(Object o) {
        Object i = Arithmetic.asInt(o);
        if (i == null) {
            throw Errors.typeError("'" + Types.nameOf(o) + "' object cannot be interpreted as an integer");
        }
        if (i instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return (Long) i;
    }

    private static long sliceIndex(Object o, long size) {
        Object i = Arithmetic.asInt(o);
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        long v = i instanceof Long l ? l : ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        if (v < 0) {
            v = Math.max(0, v + size);
        }
        return Math.min(v, size);
    }

    private static int find(List<Object> items, Object value, Object start, Object stop) {
        long from = sliceIndex(start, items.size());
        long to = stop == null ? items.size() : sliceIndex(stop, items.size());
        for (long i = from; i < to && i < items.size(); i++) {
            if (same(items.get((int) i), value)) {
                return (int) i;
            }
        }
        return -1;
    }

    private static long count(List<Object> items, Object value) {
        long n = 0;
        for (Object o : items) {
            if (same(o, value)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A stable sort that only ever asks {@code later < earlier}, as CPython's timsort does, so
     * that errors and user {@code __lt__} calls see the same operands. With {@code reverse},
     * equal items keep their order.
     */
    static List<Object> sort(List<Object> items, Object key, boolean reverse) {
        int n = items.size();
        Object[] values = items.toArray();
        Object[] keys = values;
        if (key != PyNone.NONE) {
            if (!(key instanceof PyCallable f)) {
                throw Errors.typeError("'" + Types.nameOf(key) + "' object is not callable");
            }
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = f.call(new Object[] {values[i]}, PyCallable.NO_KEYWORDS);
            }
        }
        if (reverse) {
            reverseArray(values);
            if (keys != values) {
                reverseArray(keys);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Integer[] tmp = new Integer[n];
        mergeSort(order, tmp, 0, n, keys);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(values[order[i]]);
        }
        if (reverse) {
            Collections.reverse(out);
        }
        return out;
    }

    private static void reverseArray(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(Object a, Object b) {
        return Ops.order("<", a, b);
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Object[] keys) {
        if (hi - lo <= 16) {
            // binary insertion sort
            for (int i = lo + 1; i < hi; i++) {
                Integer pivot = a[i];
                int left = lo;
                int right = i;
                while (left < right) {
                    int mid = (left + right) >>> 1;
                    if (lt(keys[pivot], keys[a[mid]])) {
                        right = mid;
                    } else {
                        left = mid + 1;
                    }
                }
                System.arraycopy(a, left, a, left + 1, i - left);
                a[left] = pivot;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        if (!lt(keys[a[mid]], keys[a[mid - 1]])) {
            return; // already in order
        }
        System.arraycopy(a, lo, tmp, lo, mid - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lt(keys[a[j]], keys[tmp[i]])) {
                a[k++] = a[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
    }

    /** {@code sorted(iterable, key=..., reverse=...)}. */
    public static PyList sorted(Object iterable, Object key, boolean reverse) {
        List<Object> items = new ArrayList<>();
        Iterator<Object> it = Ops.iterate(iterable);
        while (it.hasNext()) {
            items.add(it.next());
        }
        return new PyList(sort(items, key, reverse));
    }
}
