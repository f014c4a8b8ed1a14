package dev.krait.code;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.IterableObject;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyType;

/**
 * A generator object (PEP 255, 342, 380): the {@link Suspendable} core driven as an
 * iterator. {@code for} loops step it through {@link #iterator()} without raising
 * {@code StopIteration}; {@code next()}, {@code send()} and {@code throw()} raise it with the
 * return value when the body finishes.
 */
final class PyGenerator extends Suspendable implements IterableObject {
    PyGenerator(Frame frame, PyFunction function) {
        super(frame, function);
    }

    @Override
    String kindName() {
        return "generator";
    }

    /** Whether {@code types.coroutine} marked the code: then {@code await} accepts the generator. */
    boolean isIterableCoroutine() {
        return (frame.code.flags & Code.CO_ITERABLE_COROUTINE) != 0;
    }

    /** {@code send(value)}: the next yielded value, or {@code StopIteration(result)}. */
    Object send(Object v) {
        if (AsyncGeneratorLibrary.outerStep(this, v, null)) {
            return value;
        }
        throw stopIteration(value);
    }

    Object throwIn(PyException e) {
        if (AsyncGeneratorLibrary.outerStep(this, null, e)) {
            return value;
        }
        throw stopIteration(value);
    }

    /** The {@code StopIteration} that reports a finished body's result. */
    static PyException stopIteration(Object result) {
        PyBaseException e = new PyBaseException(ExceptionTypes.STOP_ITERATION,
                result == PyNone.NONE ? List.of() : List.of(result));
        e.setField("value", result);
        return new PyException(e);
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private boolean ready;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = step(PyNone.NONE, null);
                }
                return ready;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return value;
            }
        };
    }

    @Override
    public PyType type() {
        return GeneratorTypes.GENERATOR;
    }
}
