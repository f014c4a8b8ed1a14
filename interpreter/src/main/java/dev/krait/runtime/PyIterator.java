package dev.krait.runtime;

import java.util.Iterator;

/** A builtin iterator object ({@code iter([1, 2])}, {@code enumerate(...)}, {@code zip(...)}): wraps a Java iterator. */
public final class PyIterator extends PyObject {
    private final PyType type;
    private final Iterator<Object> it;

    public PyIterator(PyType type, Iterator<Object> it) {
        this.type = type;
        this.it = it;
    }

    public PyIterator(Iterator<Object> it) {
        this(Types.ITERATOR, it);
    }

    public Iterator<Object> iterator() {
        return it;
    }

    /** The next value, or null when exhausted. */
    public Object next() {
        return it.hasNext() ? it.next() : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String toString() {
        return "<" + type.name() + " object at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }
}
