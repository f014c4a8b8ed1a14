package dev.krait.code;

import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;

/**
 * An async generator object (PEP 525). Its body runs on a {@link Core} — the
 * {@link Suspendable} core, whose native {@code yield}s come out wrapped
 * ({@link AsyncGenValue}) on the same channel as the values its awaits pass up to the event
 * loop — and it is driven through the awaitables of {@link AsyncGenAwaitables}:
 * {@code asend()}/{@code __anext__()} and {@code athrow()}/{@code aclose()} unwrap a yielded
 * value into their result and let everything else pass through.
 *
 * <p>The object programs hold is only a handle on the core: the frame refers to the core,
 * never to the handle, so when a program drops the handle of an unfinished generator the
 * core survives, and {@link Finalization} can hand a new handle on it to the finalizer hook
 * (CPython resurrects the object itself; Java cannot).
 */
final class PyAsyncGenerator extends PyObject {
    final Core core;

    PyAsyncGenerator(Core core) {
        this.core = core;
    }

    /** Calls the interpreter's {@code firstiter} hook once, and captures its finalizer (PEP 525). */
    void initHooks() {
        Core c = core;
        if (c.hooksInitialised) {
            return;
        }
        c.hooksInitialised = true;
        InterpreterState state = c.frame.state;
        c.finalizer = state.asyncGenFinalizer;
        state.finalization().track(this);
        Object firstiter = state.asyncGenFirstiter;
        if (firstiter != null) {
            Delegation.call(firstiter, this);
        }
    }

    @Override
    public PyType type() {
        return GeneratorTypes.ASYNC_GENERATOR;
    }

    @Override
    public String toString() {
        return "<async_generator object " + core.qualname + " at 0x" + String.format("%012x",
                System.identityHashCode(this)) + ">";
    }

    static PyException alreadyRunning(String what) {
        return Errors.of(ExceptionTypes.RUNTIME_ERROR, what + "(): asynchronous generator is already running");
    }

    /** The state and the body of an async generator, behind its handle. */
    static final class Core extends Suspendable {
        /** True while an {@code asend}/{@code athrow} is in flight, even while it is suspended in an await (bpo-32526). */
        boolean runningAsync;
        /** Finished, or being closed by {@code aclose()}: a later {@code asend} ends at once. */
        boolean closed;
        /** Whether the {@code firstiter} hook has been called (at the first {@code asend}/{@code athrow}). */
        boolean hooksInitialised;
        /** The finalizer hook captured with {@code firstiter}, called if the generator is dropped unfinished. */
        Object finalizer;

        /**
         * Made by the {@code async_generator} library's {@code @async_generator} from a
         * coroutine: the few places where the library (version 1.10) words or orders things
         * differently from native async generators follow the library.
         */
        final boolean library;

        Core(Frame frame, PyFunction function) {
            super(frame, function);
            this.library = false;
        }

        /** An {@code @async_generator} object: the body of the coroutine {@code c}, run as an async generator's. */
        Core(PyCoroutine c) {
            super(c.frame, c.name, c.qualname);
            this.library = true;
        }

        @Override
        String kindName() {
            return library ? "coroutine" : "async generator";
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
                return chainedRuntimeError(library ? "async_generator raise StopAsyncIteration"
                        : "async generator raised StopAsyncIteration", v);
            }
            return super.replaceStopIteration(e);
        }

        /**
         * The outcome of a step for an {@code asend}/{@code athrow}: a wrapped value completes it
         * (false, {@link #value} is the value); anything else passes through to the event loop.
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
                // The library always passes the return value, None included.
                throw new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION,
                        value == PyNone.NONE && !library ? List.of() : List.of(value)));
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

        /**
         * A dropped, unfinished generator with no finalizer hook: a native one is closed; a
         * library one gets {@code GeneratorExit} thrown in once, and if its body then awaits
         * something (which nothing can serve now) the library's complaint is raised.
         */
        void closeWhenDropped() {
            if (!library) {
                close();
                return;
            }
            boolean yielded;
            try {
                yielded = step(null, AsyncGenAwaitables.generatorExit());
            } catch (PyException e) {
                PyType t = e.value().type();
                if (t.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT) || t.isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    return;
                }
                throw e;
            }
            if (!yielded) {
                return;
            }
            PyException complaint = Errors.of(ExceptionTypes.RUNTIME_ERROR, value instanceof AsyncGenValue
                    ? "async_generator ignored GeneratorExit"
                    : "async_generator " + dev.krait.runtime.Ops.repr(dev.krait.runtime.PyStr.of(frame.code.name))
                            + " awaited during finalization; install a finalization hook to support this, or wrap it"
                            + " in 'async with aclosing(...):'");
            try {
                close();
            } catch (PyException ignored) {
                // The complaint is what is reported.
            }
            throw complaint;
        }

        /** Not a delegate by itself: an async generator is awaited through its awaitables. */
        @Override
        public void closeDelegate() {
            throw new IllegalStateException("an async generator is not awaited directly");
        }

        @Override
        public PyType type() {
            return GeneratorTypes.ASYNC_GENERATOR;
        }
    }
}
