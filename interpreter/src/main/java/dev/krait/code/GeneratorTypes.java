package dev.krait.code;

import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyType;

/**
 * The builtin types of the suspendable objects and their methods, as CPython 3.11 names
 * them: {@code generator}, {@code coroutine}, {@code async_generator}, and the helper objects
 * {@code coroutine_wrapper}, {@code async_generator_asend} and {@code async_generator_athrow}.
 * Their attributes ({@code gi_frame}, {@code cr_await}, ...) are answered by the objects
 * themselves ({@link Suspendable#attribute}).
 */
final class GeneratorTypes {
    private GeneratorTypes() {}

    static final PyType GENERATOR = PyType.newBuiltinType("generator");
    static final PyType COROUTINE = PyType.newBuiltinType("coroutine");
    static final PyType ASYNC_GENERATOR = PyType.newBuiltinType("async_generator");
    static final PyType COROUTINE_WRAPPER = PyType.newBuiltinType("coroutine_wrapper");
    static final PyType ASYNC_GENERATOR_ASEND = PyType.newBuiltinType("async_generator_asend");
    static final PyType ASYNC_GENERATOR_ATHROW = PyType.newBuiltinType("async_generator_athrow");
    static final PyType ANEXT_AWAITABLE = PyType.newBuiltinType("anext_awaitable");

    static {
        for (PyType t : new PyType[] {GENERATOR, COROUTINE, ASYNC_GENERATOR}) {
            String prefix = t == GENERATOR ? "gi_" : t == COROUTINE ? "cr_" : "ag_";
            GeneratorAttribute.defineNames(t);
            GeneratorAttribute.define(t, prefix + "frame", Suspendable::frameObject);
            GeneratorAttribute.define(t, prefix + "code", g -> g.frame.code);
            GeneratorAttribute.define(t, prefix + "suspended", Suspendable::suspended);
            GeneratorAttribute.define(t, t == GENERATOR ? "gi_yieldfrom" : prefix + "await", Suspendable::awaited);
        }
        GeneratorAttribute.define(GENERATOR, "gi_running", g -> g.running);
        GeneratorAttribute.define(COROUTINE, "cr_running", g -> g.running);
        GeneratorAttribute.defineMember(COROUTINE, "cr_origin", g -> PyNone.NONE);
        GeneratorAttribute.defineMember(ASYNC_GENERATOR, "ag_running", g -> ((PyAsyncGenerator.Core) g).runningAsync);
        GENERATOR.defineMethod("__iter__()", (self, a) -> self);
        GENERATOR.defineMethod("__next__()", (self, a) -> ((PyGenerator) self).send(PyNone.NONE));
        GENERATOR.defineMethod("send(value, /)", (self, a) -> ((PyGenerator) self).send(a[0]));
        GENERATOR.defineMethod("throw(typ, val=None, tb=None, /)",
                (self, a) -> ((PyGenerator) self).throwIn(Suspendable.exceptionToThrow(a)));
        GENERATOR.defineMethod("close()", (self, a) -> ((PyGenerator) self).close());

        COROUTINE.defineMethod("send(value, /)", (self, a) -> ((PyCoroutine) self).send(a[0]));
        COROUTINE.defineMethod("throw(typ, val=None, tb=None, /)",
                (self, a) -> ((PyCoroutine) self).throwIn(Suspendable.exceptionToThrow(a)));
        COROUTINE.defineMethod("close()", (self, a) -> ((PyCoroutine) self).close());
        COROUTINE.defineMethod("__await__()", (self, a) -> new PyCoroutine.Wrapper((PyCoroutine) self));

        defineIteratorMethods(COROUTINE_WRAPPER);
        COROUTINE_WRAPPER.defineMethod("close()", (self, a) -> ((PyCoroutine.Wrapper) self).coroutine.close());

        ASYNC_GENERATOR.defineMethod("__aiter__()", (self, a) -> self);
        ASYNC_GENERATOR.defineMethod("__anext__()", (self, a) -> asend((PyAsyncGenerator) self, PyNone.NONE));
        ASYNC_GENERATOR.defineMethod("asend(value, /)", (self, a) -> asend((PyAsyncGenerator) self, a[0]));
        ASYNC_GENERATOR.defineMethod("athrow(*args)", (self, a) -> {
            PyAsyncGenerator g = (PyAsyncGenerator) self;
            g.initHooks();
            refuseFinishedLibraryGenerator(g);
            return new AsyncGenAwaitables.AThrow(g, ((dev.krait.runtime.PyTuple) a[0]).toArray());
        });
        ASYNC_GENERATOR.defineMethod("aclose()", (self, a) -> {
            PyAsyncGenerator g = (PyAsyncGenerator) self;
            if (!g.core.library) {
                // The library's aclose() leaves the hooks to athrow(), which an unstarted generator never reaches.
                g.initHooks();
            }
            return new AsyncGenAwaitables.AThrow(g, null);
        });

        for (PyType t : new PyType[] {ASYNC_GENERATOR_ASEND, ASYNC_GENERATOR_ATHROW, ANEXT_AWAITABLE}) {
            defineIteratorMethods(t);
            t.defineMethod("__await__()", (self, a) -> self);
            t.defineMethod("close()", (self, a) -> {
                ((Delegate) self).closeDelegate();
                return PyNone.NONE;
            });
        }
    }

    private static AsyncGenAwaitables.ASend asend(PyAsyncGenerator g, Object value) {
        g.initHooks();
        refuseFinishedLibraryGenerator(g);
        return new AsyncGenAwaitables.ASend(g, value);
    }

    /** The library's asend()/athrow() of a finished generator raise at once, before there is anything to await. */
    private static void refuseFinishedLibraryGenerator(PyAsyncGenerator g) {
        if (g.core.library && g.core.finished) {
            throw new dev.krait.runtime.PyException(new dev.krait.runtime.PyBaseException(
                    dev.krait.runtime.ExceptionTypes.STOP_ASYNC_ITERATION, java.util.List.of()));
        }
    }

    /** {@code __iter__}, {@code __next__}, {@code send} and {@code throw} of an awaitable's iterator, over its {@link Delegate} steps. */
    private static void defineIteratorMethods(PyType t) {
        t.defineMethod("__iter__()", (self, a) -> self);
        // Driven by hand: a yield_() value that reaches here had no async generator to take it.
        t.defineMethod("__next__()", (self, a) -> result((Delegate) self,
                AsyncGeneratorLibrary.outerStep((Delegate) self, PyNone.NONE, null)));
        t.defineMethod("send(value, /)", (self, a) -> result((Delegate) self,
                AsyncGeneratorLibrary.outerStep((Delegate) self, a[0], null)));
        t.defineMethod("throw(typ, val=None, tb=None, /)", (self, a) -> result((Delegate) self,
                AsyncGeneratorLibrary.outerStep((Delegate) self, null, Suspendable.exceptionToThrow(a))));
    }

    /** A step's outcome as Python sees it: the yielded value, or {@code StopIteration} with the result. */
    private static Object result(Delegate d, boolean yielded) {
        if (yielded) {
            return d.stepValue();
        }
        throw PyGenerator.stopIteration(d.stepValue());
    }
}
