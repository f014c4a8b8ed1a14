package dev.krait.runtime;

import java.util.Arrays;

/** Python's {@code tuple}: an immutable array of values ({@link PyStructSeq} extends it with named fields). */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    PyTuple(Object[] items) {
        this.items = items;
    }

    /** A tuple of the given items (the array is copied). */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** A tuple that takes ownership of {@code items}; the caller must not change the array. */
    static PyTuple wrap(Object[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    /** A copy of the items. */
    public Object[] toArray() {
        return items.clone();
    }

    @Override
    public PyType type() {
        return Types.TUPLE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }
}
