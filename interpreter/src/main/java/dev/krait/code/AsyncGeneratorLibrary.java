package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * The primitives under the {@code async_generator} library (the standard library's
 * {@code async_generator} package is written in Python over them), as the builtin module
 * {@code _async_generator}:
 * <ul>
 *   <li>{@code yield_(value=None)}: an awaitable that hands {@code value} up the await chain
 *       wrapped ({@link AsyncGenValue}) — the same wrapper an async generator's own
 *       {@code yield} makes — so that whichever async generator is iterating the chain, native
 *       or {@code @async_generator}, yields it, and the value its {@code asend} brings back
 *       becomes the result of the {@code await}. This is how {@code await yield_(x)} works
 *       inside native async generators too, through any depth of plain coroutines.</li>
 *   <li>{@code as_async_generator(coro)}: the object {@code @async_generator} makes: the
 *       coroutine's frame, taken over by an async generator core in library mode.</li>
 * </ul>
 * A wrapped value that reaches a driver which is not an async generator ({@code coro.send()}
 * by hand, an event loop, a host) never leaks: {@link #outerStep} throws a
 * {@code RuntimeError} back in at the {@code await} that made it.
 */
final class AsyncGeneratorLibrary {
    private AsyncGeneratorLibrary() {}

    static final PyType YIELD_AWAITABLE = PyType.newBuiltinType("async_generator_yield");

    static {
        YIELD_AWAITABLE.defineMethod("__await__()", (self, a) -> self);
        YIELD_AWAITABLE.defineMethod("__iter__()", (self, a) -> self);
        YIELD_AWAITABLE.defineMethod("__next__()", (self, a) -> result((YieldAwaitable) self,
                outerStep((YieldAwaitable) self, PyNone.NONE, null)));
        YIELD_AWAITABLE.defineMethod("send(value, /)", (self, a) -> result((YieldAwaitable) self,
                outerStep((YieldAwaitable) self, a[0], null)));
        YIELD_AWAITABLE.defineMethod("throw(typ, val=None, tb=None, /)", (self, a) -> result((YieldAwaitable) self,
                outerStep((YieldAwaitable) self, null, Suspendable.exceptionToThrow(a))));
        YIELD_AWAITABLE.defineMethod("close()", (self, a) -> {
            ((YieldAwaitable) self).closeDelegate();
            return PyNone.NONE;
        });
    }

    static void install(Importer importer) {
        importer.addBuiltinModule("_async_generator", (ns, st) -> fill(ns));
    }

    private static void fill(Map<String, Object> ns) {
        ns.put("yield_", new YieldFunction("yield_", "yield_"));
        // What yield_from_ (written in Python) re-yields each item with: misuse names yield_from_.
        ns.put("yield_from_item", new YieldFunction("yield_from_item", "yield_from_"));
        ns.put("as_async_generator", new PyBuiltinFunction("as_async_generator", (args, kw) -> {
            if (kw.length != 0 || args.length != 1) {
                throw Errors.typeError("as_async_generator() takes exactly one argument");
            }
            return asAsyncGenerator(args[0]);
        }));
    }

    /**
     * The async generator that {@code @async_generator} makes of a call's coroutine: its
     * frame is taken over, and the coroutine object (which nobody else has seen) is settled so
     * that it never warns of not having been awaited.
     */
    static PyAsyncGenerator asAsyncGenerator(Object x) {
        if (!(x instanceof PyCoroutine c)) {
            throw Errors.typeError("@async_generator expects an async def function, but calling it returned "
                    + Types.nameOf(x) + " object");
        }
        if (c.started || c.finished) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot make an async generator of a coroutine that has run");
        }
        c.started = true;
        c.finished = true;
        c.settled();
        return new PyAsyncGenerator(new PyAsyncGenerator.Core(c));
    }

    /**
     * A step of {@code d} by a driver that is not an async generator: a wrapped value that
     * comes out was made by {@code yield_()} with no async generator up the await chain, and
     * a {@code RuntimeError} saying so is thrown back in where it was awaited.
     */
    static boolean outerStep(Delegate d, Object send, PyException exc) {
        boolean yielded = d.step(send, exc);
        while (yielded && d.stepValue() instanceof AsyncGenValue w) {
            yielded = d.step(null, outsideAsyncGenerator(w.origin()));
        }
        return yielded;
    }

    static PyException outsideAsyncGenerator(String function) {
        return Errors.of(ExceptionTypes.RUNTIME_ERROR, function + "() was used outside an async generator: no "
                + "async generator is iterating the coroutine that awaits it");
    }

    private static Object result(Delegate d, boolean yielded) {
        if (yielded) {
            return d.stepValue();
        }
        throw PyGenerator.stopIteration(d.stepValue());
    }

    /**
     * The builtin functions {@code yield_(value=None)} and {@code yield_from_item(value)}.
     * Their own class, so that {@code await yield_(x)} can be recognised where it is awaited
     * and taken as a yield without making the awaitable ({@code SuspendPoints.Delegating}).
     */
    static final class YieldFunction extends PyObject implements dev.krait.runtime.PyCallable {
        private final String name;
        /** The library function a misuse error names. */
        private final String origin;

        YieldFunction(String name, String origin) {
            this.name = name;
            this.origin = origin;
        }

        String origin() {
            return origin;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if (kwnames.length != 0 || args.length > 1) {
                throw Errors.typeError(name + "() takes from 0 to 1 positional arguments but " + args.length
                        + " were given");
            }
            return new YieldAwaitable(args.length == 0 ? PyNone.NONE : args[0], origin);
        }

        @Override
        public PyType type() {
            return Types.BUILTIN_FUNCTION;
        }

        @Override
        public String toString() {
            return "<built-in function " + name + ">";
        }
    }

    /**
     * What {@code yield_(value)} returns when it is not awaited at once (an {@code await}
     * of the call itself never makes one, see {@code SuspendPoints.Delegating}): yields the
     * wrapped value once, then returns what was sent back.
     */
    static final class YieldAwaitable extends PyObject implements Delegate {
        private static final int INIT = 0;
        private static final int SUSPENDED = 1;
        private static final int DONE = 2;

        private final Object payload;
        /** "yield_" or "yield_from_": which library function a misuse error names. */
        private final String origin;
        private int state = INIT;
        private Object value;

        YieldAwaitable(Object payload, String origin) {
            this.payload = payload;
            this.origin = origin;
        }

        @Override
        public boolean step(Object send, PyException exc) {
            switch (state) {
                case INIT -> {
                    state = DONE;
                    if (exc != null) {
                        throw exc;
                    }
                    if (send != null && send != PyNone.NONE) {
                        throw Errors.typeError("can't send non-None value to a just-started coroutine");
                    }
                    state = SUSPENDED;
                    value = new AsyncGenValue(payload, origin);
                    return true;
                }
                case SUSPENDED -> {
                    state = DONE;
                    if (exc != null) {
                        throw exc;
                    }
                    value = send == null ? PyNone.NONE : send;
                    return false;
                }
                default -> throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            }
        }

        @Override
        public Object stepValue() {
            return value;
        }

        @Override
        public void closeDelegate() {
            state = DONE;
        }

        @Override
        public PyType type() {
            return YIELD_AWAITABLE;
        }

        @Override
        public String toString() {
            return "<async_generator_yield object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
        }
    }

    /**
     * The operand of PEP 828's {@code async yield from x}: the coroutine
     * {@code async_generator.yield_from_(x)}, which the suspension point then awaits.
     */
    static final class AsyncYieldFromOperand extends ExprNode {
        private final ExprNode value;

        AsyncYieldFromOperand(ExprNode value) {
            this.value = value;
        }

        @Override
        Object eval(Frame frame) {
            Object delegate = value.eval(frame);
            Object library = frame.state.importer().importModule("async_generator");
            Object yieldFrom = dev.krait.runtime.Ops.getAttr(library, "yield_from_");
            return ((dev.krait.runtime.PyCallable) yieldFrom).call(new Object[] {delegate},
                    dev.krait.runtime.PyCallable.NO_KEYWORDS);
        }
    }
}
