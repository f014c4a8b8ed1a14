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
 * The awaitables an async generator hands out, with CPython 3.11's state rules:
 * {@link ASend} for {@code asend(v)} and {@code __anext__()}, {@link AThrow} for
 * {@code athrow(...)} and {@code aclose()}. Each is used once: awaited (stepped) until the
 * generator yields a wrapped value (the awaitable's result) or finishes.
 */
final class AsyncGenAwaitables {
    private AsyncGenAwaitables() {}

    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    /** What the two awaitables share: the generator, a use-once state, the last step's value. */
    private abstract static class Awaitable extends PyObject implements Delegate {
        /** The handle, held so the generator stays alive while this awaitable is. */
        final PyAsyncGenerator handle;
        final PyAsyncGenerator.Core gen;
        int state = INIT;
        Object value;

        Awaitable(PyAsyncGenerator handle) {
            this.handle = handle;
            this.gen = handle.core;
        }

        @Override
        public Object stepValue() {
            return value;
        }

        @Override
        public void closeDelegate() {
            state = CLOSED;
        }

        @Override
        public String toString() {
            return "<" + type().name() + " object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
        }
    }

    /** {@code agen.asend(value)} / {@code agen.__anext__()}. */
    static final class ASend extends Awaitable {
        private final Object sendValue;

        ASend(PyAsyncGenerator handle, Object sendValue) {
            super(handle);
            this.sendValue = sendValue;
        }

        /**
         * {@code await agen.__anext__()} in an {@code async for} over a native async generator,
         * without making the awaitable unless the step has to wait: null when the generator
         * yielded (its core's value is the item), or the awaitable, already started, that
         * {@code owner} now waits in (the value passing through is set as {@code owner}'s).
         */
        static ASend stepNext(PyAsyncGenerator g, Suspendable owner) {
            PyAsyncGenerator.Core core = g.core;
            if (core.runningAsync) {
                throw alreadyRunning(core, "anext");
            }
            core.runningAsync = true;
            boolean more;
            try {
                more = core.unwrap(core.step(PyNone.NONE, null));
            } catch (PyException e) {
                core.failed(e);
                throw e;
            }
            if (!more) {
                return null;
            }
            ASend waiting = new ASend(g, PyNone.NONE);
            waiting.state = ITER;
            waiting.value = core.value;
            owner.value = core.value;
            owner.awaitIn(waiting);
            return waiting;
        }

        @Override
        public boolean step(Object v, PyException exc) {
            if (state == CLOSED) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, gen.library ? "cannot reuse already awaited coroutine"
                        : "cannot reuse already awaited __anext__()/asend()");
            }
            if (exc != null && state == INIT && gen.library) {
                // The library's asend() is a coroutine: thrown into before it starts, it raises
                // without touching the generator.
                state = CLOSED;
                throw exc;
            }
            if (exc == null && state == INIT) {
                if (gen.runningAsync) {
                    throw alreadyRunning(gen, "anext");
                }
                if (v == null || v == PyNone.NONE) {
                    v = sendValue;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            try {
                boolean more = gen.unwrap(gen.step(v, exc));
                value = gen.value;
                if (!more) {
                    state = CLOSED;
                }
                return more;
            } catch (PyException e) {
                state = CLOSED;
                gen.failed(e);
                throw e;
            }
        }

        @Override
        public PyType type() {
            return GeneratorTypes.ASYNC_GENERATOR_ASEND;
        }
    }

    /** {@code agen.athrow(typ[, val[, tb]])}, or {@code agen.aclose()} when {@code args} is null. */
    static final class AThrow extends Awaitable {
        /** athrow's arguments, checked when the awaitable is first sent to, as CPython does. */
        private final Object[] args;

        AThrow(PyAsyncGenerator handle, Object[] args) {
            super(handle);
            this.args = args;
        }

        private boolean isClose() {
            return args == null;
        }

        @Override
        public boolean step(Object v, PyException exc) {
            if (state == CLOSED) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, gen.library ? "cannot reuse already awaited coroutine"
                        : "cannot reuse already awaited aclose()/athrow()");
            }
            if (exc != null && state == INIT && gen.library) {
                state = CLOSED; // as asend(): a coroutine thrown into before it starts
                throw exc;
            }
            boolean first = state == INIT && exc == null;
            if (gen.finished || first && gen.library && isClose() && gen.closed) {
                state = CLOSED;
                value = PyNone.NONE;
                return false;
            }
            if (first && gen.library && isClose() && !gen.started) {
                // The library's aclose() of an unstarted generator closes its coroutine and is done.
                gen.closed = true;
                gen.close();
                state = CLOSED;
                value = PyNone.NONE;
                return false;
            }
            PyException toThrow = null;
            if (first) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw alreadyRunning(gen, isClose() ? "aclose" : "athrow");
                }
                if (gen.closed && !gen.library) {
                    state = CLOSED;
                    throw new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, List.of()));
                }
                if (v != null && v != PyNone.NONE && !gen.library) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "can't send non-None value to a just-started coroutine");
                }
                if (!isClose() && (args.length == 0 || args.length > 3)) {
                    throw Errors.typeError("athrow expected " + (args.length == 0 ? "at least 1 argument, got 0"
                            : "at most 3 arguments, got " + args.length));
                }
                toThrow = isClose() ? generatorExit() : Suspendable.exceptionToThrow(args);
                state = ITER;
                if (isClose()) {
                    gen.closed = true;
                }
            }
            boolean yielded;
            gen.runningAsync = true;
            try {
                yielded = first ? gen.step(null, toThrow) : gen.step(v, exc);
            } catch (PyException e) {
                return failed(e);
            }
            if (isClose()) {
                if (yielded && gen.value instanceof AsyncGenValue) {
                    gen.runningAsync = false;
                    state = CLOSED;
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, gen.library ? "async_generator ignored GeneratorExit"
                            : "async generator ignored GeneratorExit");
                }
                if (!yielded) {
                    // Returned after GeneratorExit: aclose() is done.
                    gen.closed = true;
                    gen.runningAsync = false;
                    state = CLOSED;
                    value = PyNone.NONE;
                    return false;
                }
                value = gen.value;
                return true;
            }
            boolean more;
            try {
                more = gen.unwrap(yielded);
            } catch (PyException e) {
                return failed(e);
            }
            value = gen.value;
            if (!more) {
                state = CLOSED;
            }
            return more;
        }

        /** An exception ended the step: aclose() is complete when it is GeneratorExit or StopAsyncIteration. */
        private boolean failed(PyException e) {
            gen.failed(e);
            state = CLOSED;
            PyType t = e.value().type();
            if (isClose() && (t.isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)
                    || t.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT))) {
                value = PyNone.NONE;
                return false;
            }
            throw e;
        }

        @Override
        public PyType type() {
            return GeneratorTypes.ASYNC_GENERATOR_ATHROW;
        }
    }

    /** A second asend/athrow while one is in flight: the library says it as a ValueError. */
    private static PyException alreadyRunning(PyAsyncGenerator.Core gen, String what) {
        return gen.library ? Errors.valueError("async generator already executing")
                : PyAsyncGenerator.alreadyRunning(what);
    }

    static PyException generatorExit() {
        return new PyException(new PyBaseException(ExceptionTypes.GENERATOR_EXIT, List.of()));
    }
}
