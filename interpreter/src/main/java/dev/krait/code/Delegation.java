package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Objects;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * What {@code yield from} and {@code await} delegate to: {@link #forYieldFrom} and
 * {@link #forAwait} turn the operand into a {@link Delegate}, checking it as CPython does
 * (with its messages), and {@link IteratorDelegate} adapts any Python iterator, calling its
 * {@code __next__}, {@code send}, {@code throw} and {@code close}.
 */
final class Delegation {
    private Delegation() {}

    /** {@code yield from x} in a generator (or, with {@code inCoroutine}, a {@code types.coroutine} one). */
    static Delegate forYieldFrom(Object x, boolean inCoroutine) {
        if (x instanceof PyCoroutine c) {
            if (!inCoroutine) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return c;
        }
        if (x instanceof PyGenerator g) {
            return g;
        }
        return new IteratorDelegate(ContainerBuiltins.iterObject(x));
    }

    /** {@code await x}: a coroutine, a {@code types.coroutine} generator, or an object whose {@code __await__} gives an iterator. */
    static Delegate forAwait(Object x) {
        return forAwait(x, null);
    }

    /** {@link #forAwait(Object)}, with {@code notAwaitable} as the message when {@code x} has no {@code __await__}. */
    static Delegate forAwait(Object x, String notAwaitable) {
        if (x instanceof PyCoroutine c) {
            if (c.finished) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            }
            if (c.delegate != null && !c.running) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "coroutine is being awaited already");
            }
            return c;
        }
        if (x instanceof PyGenerator g && g.isIterableCoroutine()) {
            return g;
        }
        if (x instanceof Delegate d && !(x instanceof PyGenerator) && !(x instanceof PyAsyncGenerator)) {
            return d; // asend/athrow awaitables, coroutine wrappers
        }
        PyType type = Types.typeOf(x);
        Object await = type.lookup("__await__");
        if (await == null) {
            throw Errors.typeError(notAwaitable != null ? notAwaitable + type.name()
                    : "object " + type.name() + " can't be used in 'await' expression");
        }
        Object it = Objects.callSpecial(x, "__await__");
        if (it == Objects.ABSENT) {
            it = Ops.callMethod(x, "__await__", new Object[0], PyCallable.NO_KEYWORDS);
        }
        if (it instanceof PyCoroutine || it instanceof PyGenerator g && g.isIterableCoroutine()) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (it instanceof Delegate d && !(it instanceof PyAsyncGenerator)) {
            return d;
        }
        if (!(it instanceof PyIterator) && Types.typeOf(it).lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Types.nameOf(it) + "'");
        }
        return new IteratorDelegate(it);
    }

    /** Calls a Python callable. */
    static Object call(Object f, Object... args) {
        if (!(f instanceof PyCallable c)) {
            throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
        }
        return c.call(args, PyCallable.NO_KEYWORDS);
    }

    /** Any Python iterator as a delegate: {@code __next__} or {@code send}, {@code throw}, {@code close} when it has them. */
    static final class IteratorDelegate extends PyObject implements Delegate {
        final Object iterator;
        private Object value;

        IteratorDelegate(Object iterator) {
            this.iterator = iterator;
        }

        @Override
        public boolean step(Object v, PyException exc) {
            try {
                if (exc != null) {
                    Object thrower = optionalMethod("throw");
                    if (thrower == null) {
                        throw exc;
                    }
                    Object[] given = exc.throwArguments();
                    value = call(thrower, given != null ? given : new Object[] {exc.value()});
                } else if (v == null || v == PyNone.NONE) {
                    if (iterator instanceof PyIterator it) {
                        Object n = it.next();
                        if (n == null) {
                            value = PyNone.NONE;
                            return false;
                        }
                        value = n;
                        return true;
                    }
                    Object n = Objects.callSpecial(iterator, "__next__");
                    if (n == Objects.ABSENT) {
                        n = Ops.callMethod(iterator, "__next__", new Object[0], PyCallable.NO_KEYWORDS);
                    }
                    value = n;
                } else {
                    value = Ops.callMethod(iterator, "send", new Object[] {v}, PyCallable.NO_KEYWORDS);
                }
                return true;
            } catch (PyException e) {
                if (e != exc && e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    value = e.value().field("value");
                    if (value == null) {
                        value = PyNone.NONE;
                    }
                    return false;
                }
                throw e;
            }
        }

        private Object optionalMethod(String name) {
            try {
                return Ops.getAttr(iterator, name);
            } catch (PyException e) {
                if (e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return null;
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
            Object close = optionalMethod("close");
            if (close != null) {
                call(close);
            }
        }

        @Override
        public PyType type() {
            return Types.typeOf(iterator);
        }
    }
}
