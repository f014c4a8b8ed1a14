package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/** The builtins {@code aiter()} and {@code anext()} (Python 3.10), with CPython's checks and messages. */
final class AsyncBuiltins {
    private AsyncBuiltins() {}

    static void install(Map<String, Object> b) {
        b.put("aiter", new PyBuiltinFunction("aiter", (args, kw) -> {
            noKeywords("aiter", kw);
            if (args.length != 1) {
                throw Errors.typeError("aiter() takes exactly one argument (" + args.length + " given)");
            }
            return aiter(args[0]);
        }));
        b.put("anext", new PyBuiltinFunction("anext", (args, kw) -> {
            noKeywords("anext", kw);
            if (args.length < 1 || args.length > 2) {
                throw Errors.typeError(args.length == 0 ? "anext expected at least 1 argument, got 0"
                        : "anext expected at most 2 arguments, got " + args.length);
            }
            return anext(args[0], args.length == 2 ? args[1] : null);
        }));
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    static Object aiter(Object x) {
        if (x instanceof PyAsyncGenerator) {
            return x;
        }
        if (Types.typeOf(x).lookup("__aiter__") == null) {
            throw Errors.typeError("'" + Types.nameOf(x) + "' object is not an async iterable");
        }
        Object it = Ops.callMethod(x, "__aiter__", new Object[0], PyCallable.NO_KEYWORDS);
        if (!(it instanceof PyAsyncGenerator) && Types.typeOf(it).lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + Types.nameOf(it) + "'");
        }
        return it;
    }

    static Object anext(Object it, Object defaultValue) {
        Object awaitable;
        if (it instanceof PyAsyncGenerator g) {
            g.initHooks();
            awaitable = new AsyncGenAwaitables.ASend(g, dev.krait.runtime.PyNone.NONE);
        } else {
            if (Types.typeOf(it).lookup("__anext__") == null) {
                throw Errors.typeError("'" + Types.nameOf(it) + "' object is not an async iterator");
            }
            awaitable = Ops.callMethod(it, "__anext__", new Object[0], PyCallable.NO_KEYWORDS);
        }
        return defaultValue == null ? awaitable : new WithDefault(awaitable, defaultValue);
    }

    /** {@code anext(it, default)}: awaits {@code it.__anext__()}, and ends with the default at {@code StopAsyncIteration}. */
    static final class WithDefault extends PyObject implements Delegate {
        private final Object awaitable;
        private final Object defaultValue;
        private Delegate inner;
        private Object value;

        WithDefault(Object awaitable, Object defaultValue) {
            this.awaitable = awaitable;
            this.defaultValue = defaultValue;
        }

        @Override
        public boolean step(Object v, PyException exc) {
            if (inner == null) {
                inner = Delegation.forAwait(awaitable);
            }
            try {
                boolean more = inner.step(v, exc);
                value = inner.stepValue();
                return more;
            } catch (PyException e) {
                if (e.value().type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    value = defaultValue;
                    return false;
                }
                throw e;
            }
        }

        @Override
        public Object stepValue() {
            return value;
        }

        @Override
        public void closeDelegate() {
            if (inner != null) {
                inner.closeDelegate();
            }
        }

        @Override
        public PyType type() {
            return GeneratorTypes.ANEXT_AWAITABLE;
        }
    }
}
