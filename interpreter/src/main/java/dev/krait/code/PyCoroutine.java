package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyType;

/**
 * A coroutine object (PEP 492): the {@link Suspendable} core awaited by another coroutine or
 * driven by an event loop with {@code send}/{@code throw}. Unlike a generator, a finished
 * coroutine refuses to run again ("cannot reuse already awaited coroutine").
 */
final class PyCoroutine extends Suspendable {
    PyCoroutine(Frame frame, PyFunction function) {
        super(frame, function);
        frame.state.finalization().track(this);
    }

    /** Whether a coroutine ever ran or was closed: shared with its {@link Finalization} watch, which outlives it. */
    static final class Watch {
        boolean settled;
    }

    private Watch watch;

    /** This coroutine's watch, made when {@link Finalization} starts watching it. */
    Watch watch() {
        if (watch == null) {
            watch = new Watch();
        }
        return watch;
    }

    @Override
    void settled() {
        if (watch != null) {
            watch.settled = true;
        }
    }

    @Override
    String kindName() {
        return "coroutine";
    }

    @Override
    boolean stepFinished(PyException exc) {
        throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
    }

    Object send(Object v) {
        if (AsyncGeneratorLibrary.outerStep(this, v, null)) {
            return value;
        }
        throw PyGenerator.stopIteration(value);
    }

    Object throwIn(PyException e) {
        if (AsyncGeneratorLibrary.outerStep(this, null, e)) {
            return value;
        }
        throw PyGenerator.stopIteration(value);
    }

    @Override
    public PyType type() {
        return GeneratorTypes.COROUTINE;
    }

    /**
     * What {@code coro.__await__()} returns: an iterator over the same steps
     * ({@code coroutine_wrapper}), so a coroutine can be driven like a generator.
     */
    static final class Wrapper extends dev.krait.runtime.PyObject implements Delegate {
        final PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            this.coroutine = coroutine;
        }

        @Override
        public boolean step(Object value, PyException exc) {
            return coroutine.step(value, exc);
        }

        @Override
        public Object stepValue() {
            return coroutine.value;
        }

        @Override
        public void closeDelegate() {
            coroutine.close();
        }

        @Override
        public PyType type() {
            return GeneratorTypes.COROUTINE_WRAPPER;
        }

        @Override
        public String toString() {
            return "<coroutine_wrapper object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
        }
    }
}
