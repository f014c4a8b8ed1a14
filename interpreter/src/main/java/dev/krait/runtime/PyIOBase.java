package dev.krait.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What the stream objects of {@code open()} and the {@code io} module share: they are their
 * own iterators (line by line, through {@link #nextLine()}), report {@code closed}, and have
 * data attributes ({@code name}, {@code mode}, ...) that {@link FileMethods#attribute} serves.
 */
public abstract class PyIOBase extends PyObject implements IterableObject {
    /** True once {@code close()} ran. */
    public abstract boolean isClosed();

    /** {@code __next__}: the next line, or null at the end of the stream. */
    abstract Object nextLine();

    /** {@code __iter__}: checks that the stream is open, as CPython's {@code IOBase.__iter__} does. */
    void checkIterable() {
        if (isClosed()) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    /** {@code iter(stream)}: the stream itself, once it is known to be open. */
    public Object iterSelf() {
        checkIterable();
        return this;
    }

    /** {@code next(stream)}: the next line, or null at the end. */
    public Object next() {
        return nextLine();
    }

    @Override
    public Iterator<Object> iterator() {
        checkIterable();
        return new Iterator<>() {
            Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = nextLine();
                }
                return next != null;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object line = next;
                next = null;
                return line;
            }
        };
    }

    /** The address CPython shows in reprs like {@code <_io.BytesIO object at 0x...>}. */
    String address() {
        return "0x" + Long.toHexString(System.identityHashCode(this));
    }
}
