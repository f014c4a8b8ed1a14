package dev.krait.code;

import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyType;

/**
 * An async generator object (PEP 525): the {@link Suspendable} core, whose native
 * {@code yield}s come out wrapped ({@link AsyncGenValue}) on the same channel as the values
 * its awaits pass up to the event loop. It is driven through the awaitables of
 * {@link AsyncGenAwaitables}: {@code asend()}/{@code __anext__()} and
 * {@code athrow()}/{@code aclose()} unwrap a yielded value into their result and let
 * everything else pass through.
 */
final class PyAsyncGenerator extends Suspendable {
    /** True while an {@code asend}/{@code athrow} is in flight, even while it is suspended in an await (bpo-32526). */
    boolean runningAsync;
    /** Finished, or being closed by {@code aclose()}: a later {@code asend} ends at once. */
    boolean closed;
    /** Whether the {@code firstiter} hook has been called (at the first {@code asend}/{@code athrow}). */
    boolean hooksInitialised;
    /** The finalizer hook captured with {@code firstiter}, called if the generator is dropped unfinished. */
    Object finalizer;

    PyAsyncGenerator(Frame frame, PyFunction function) {
        super(frame, function);
    }

    @Override
    String kindName() {
        return "async generator";
    }

    @Override
    boolean stepFinished(PyException exc) {
        if (exc != null) {
            throw exc;
        }
        throw new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, List.of()));
    }

    @Override
    PyException replaceStopIteration(PyException e) {
        PyBaseException v = e.value();
        if (v.type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            return chainedRuntimeError("async generator raised StopAsyncIteration", v);
        }
        return super.replaceStopIteration(e);
    }

    /** Calls the interpreter's {@code firstiter} hook once, and captures its finalizer (PEP 525). */
    void initHooks() {
        if (hooksInitialised) {
            return;
        }
        hooksInitialised = true;
        InterpreterState state = frame.state;
        finalizer = state.asyncGenFinalizer;
        Object firstiter = state.asyncGenFirstiter;
        if (firstiter != null) {
            Delegation.call(firstiter, this);
        }
    }

    /**
     * The outcome of a step for an {@code asend}/{@code athrow}: a wrapped value completes it
     * (false, {@code out[0]} is the value); anything else passes through to the event loop.
     */
    boolean unwrap(boolean yielded) {
        if (yielded && value instanceof AsyncGenValue w) {
            runningAsync = false;
            value = w.value();
            return false;
        }
        if (!yielded) {
            // The body returned: the awaitable ends with StopAsyncIteration, carrying the
            // return value when there is one (Krait allows `return value` here, see CodegenChecks).
            closed = true;
            runningAsync = false;
            throw new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION,
                    value == PyNone.NONE ? List.of() : List.of(value)));
        }
        return true;
    }

    /** After an exception left a step: the generator stops running; these two also mark it closed. */
    void failed(PyException e) {
        PyType t = e.value().type();
        if (t.isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION) || t.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
            closed = true;
        }
        runningAsync = false;
    }

    @Override
    public PyType type() {
        return GeneratorTypes.ASYNC_GENERATOR;
    }

    /** Not a delegate by itself: an async generator is awaited through its awaitables. */
    @Override
    public void closeDelegate() {
        throw new IllegalStateException("an async generator is not awaited directly");
    }

    static PyException alreadyRunning(String what) {
        return Errors.of(ExceptionTypes.RUNTIME_ERROR, what + "(): asynchronous generator is already running");
    }
}
