package dev.krait.code;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.DictViews;
import dev.krait.runtime.BuiltinSubclasses;
import dev.krait.runtime.Errors;
import dev.krait.runtime.PyMethodDescriptor;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.ListMethods;
import dev.krait.runtime.Objects;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PySet;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/** The builtins about containers and iteration: sorted, reversed, enumerate, zip, any, all, iter, next, ... */
final class ContainerBuiltins {
    private ContainerBuiltins() {}

    static void install(Map<String, Object> b) {
        for (PyType t : new PyType[] {Types.DICT, Types.SET, Types.FROZENSET, Types.SLICE}) {
            b.put(t.name(), t);
        }
        define(b, "sorted", ContainerBuiltins::sorted);
        define(b, "reversed", (args, kw) -> reversed(exactlyOne("reversed", args, kw)));
        define(b, "enumerate", ContainerBuiltins::enumerate);
        define(b, "zip", ContainerBuiltins::zip);
        define(b, "any", (args, kw) -> {
            Iterator<Object> it = Ops.iterate(exactlyOne("any", args, kw));
            while (it.hasNext()) {
                if (Ops.isTrue(it.next())) {
                    return true;
                }
            }
            return false;
        });
        define(b, "all", (args, kw) -> {
            Iterator<Object> it = Ops.iterate(exactlyOne("all", args, kw));
            while (it.hasNext()) {
                if (!Ops.isTrue(it.next())) {
                    return false;
                }
            }
            return true;
        });
        define(b, "isinstance", (args, kw) -> {
            noKeywords("isinstance", kw);
            if (args.length != 2) {
                throw Errors.typeError("isinstance expected 2 arguments, got " + args.length);
            }
            return isInstance(args[0], args[1]);
        });
        define(b, "hash", (args, kw) -> Hashing.hash(exactlyOne("hash", args, kw)));
        define(b, "iter", ContainerBuiltins::iter);
        define(b, "next", ContainerBuiltins::next);
    }

    private static void define(Map<String, Object> b, String name, PyCallable body) {
        b.put(name, new PyBuiltinFunction(name, body));
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    private static Object exactlyOne(String name, Object[] args, String[] kw) {
        noKeywords(name, kw);
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t) {
            PyType type = Types.typeOf(obj);
            if (type == t) {
                return true;
            }
            Object hook = MoreBuiltins.metaclassHook(t, "__instancecheck__");
            return hook != null ? Ops.isTrue(Delegation.call(hook, t, obj)) : type.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (isInstance(obj, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static Object sorted(Object[] args, String[] kw) {
        int positional = args.length - kw.length;
        if (positional != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + positional);
        }
        Object key = PyNone.NONE;
        boolean reverse = false;
        for (int k = 0; k < kw.length; k++) {
            Object v = args[positional + k];
            switch (kw[k]) {
                case "key" -> key = v;
                case "reverse" -> reverse = Ops.isTrue(v);
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for sort()");
            }
        }
        return ListMethods.sorted(args[0], key, reverse);
    }

    private static Object reversed(Object seq) {
        if (seq instanceof PyList l) {
            return new PyIterator(Types.LIST_REVERSEITERATOR, new Iterator<>() {
                int i = l.size() - 1;

                @Override
                public boolean hasNext() {
                    if (i >= l.size()) {
                        i = -1;
                    }
                    return i >= 0;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return l.get(i--);
                }
            });
        }
        if (seq instanceof PyTuple || seq instanceof PyStr || seq instanceof dev.krait.runtime.PyBytes
                || seq instanceof dev.krait.runtime.PyByteArray) {
            List<Object> items = collect(seq);
            java.util.Collections.reverse(items);
            return new PyIterator(Types.REVERSED, items.iterator());
        }
        if (seq instanceof PyRange r) {
            return new PyIterator(Types.RANGE_ITERATOR, r.reversed().iterator());
        }
        if (seq instanceof PyDict d) {
            return new PyIterator(Types.REVERSED, reversedKeys(d));
        }
        if (seq instanceof DictViews.View v) {
            return new PyIterator(Types.REVERSED, v.reverseIterator());
        }
        if (Objects.isUserObject(seq)) {
            Object r = Objects.callSpecial(seq, "__reversed__");
            if (r != Objects.ABSENT) {
                return r;
            }
            Object getitem = Types.typeOf(seq).lookup("__getitem__");
            if (BuiltinSubclasses.valueOf(seq) != seq && (getitem == null || getitem instanceof PyMethodDescriptor)) {
                return reversed(BuiltinSubclasses.valueOf(seq)); // a subclass of a builtin sequence
            }
            if (getitem != null) {
                long n = Ops.len(seq);
                return new PyIterator(Types.REVERSED, new Iterator<>() {
                    long i = n - 1;

                    @Override
                    public boolean hasNext() {
                        return i >= 0;
                    }

                    @Override
                    public Object next() {
                        if (i < 0) {
                            throw new NoSuchElementException();
                        }
                        return Ops.getItem(seq, i--);
                    }
                });
            }
        }
        throw Errors.typeError("'" + Types.nameOf(seq) + "' object is not reversible");
    }

    private static Iterator<Object> reversedKeys(PyDict d) {
        return DictViews.keys(d).reverseIterator();
    }

    private static List<Object> collect(Object iterable) {
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = Ops.iterate(iterable);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    private static Object enumerate(Object[] args, String[] kw) {
        int positional = args.length - kw.length;
        Object iterable = positional > 0 ? args[0] : null;
        Object start = positional > 1 ? args[1] : 0L;
        if (positional > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + args.length + " given)");
        }
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "iterable" -> iterable = args[positional + k];
                case "start" -> start = args[positional + k];
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable' (pos 1)");
        }
        if (!Arithmetic.isInt(start)) {
            throw Errors.typeError("'" + Types.nameOf(start) + "' object cannot be interpreted as an integer");
        }
        Iterator<Object> it = Ops.iterate(iterable);
        Object first = start instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : start;
        return new PyIterator(Types.ENUMERATE, new Iterator<>() {
            Object count = first;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                Object v = it.next();
                Object c = count;
                count = Arithmetic.add(count, 1L);
                return PyTuple.of(c, v);
            }
        });
    }

    private static Object zip(Object[] args, String[] kw) {
        int positional = args.length - kw.length;
        boolean strict = false;
        for (int k = 0; k < kw.length; k++) {
            if (!kw[k].equals("strict")) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for zip()");
            }
            strict = Ops.isTrue(args[positional + k]);
        }
        List<Iterator<Object>> its = new ArrayList<>();
        for (int i = 0; i < positional; i++) {
            its.add(Ops.iterate(args[i]));
        }
        boolean isStrict = strict;
        return new PyIterator(Types.ZIP, new Iterator<>() {
            Object[] pending;
            boolean done = its.isEmpty();

            @Override
            public boolean hasNext() {
                if (pending != null) {
                    return true;
                }
                if (done) {
                    return false;
                }
                Object[] row = new Object[its.size()];
                for (int i = 0; i < row.length; i++) {
                    if (!its.get(i).hasNext()) {
                        done = true;
                        if (isStrict) {
                            checkStrict(i);
                        }
                        return false;
                    }
                    row[i] = its.get(i).next();
                }
                pending = row;
                return true;
            }

            private void checkStrict(int exhausted) {
                if (exhausted > 0) {
                    throw Errors.valueError("zip() argument " + (exhausted + 1) + " is shorter than argument"
                            + (exhausted == 1 ? " 1" : "s 1-" + exhausted));
                }
                for (int j = 1; j < its.size(); j++) {
                    if (its.get(j).hasNext()) {
                        throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                + (j == 1 ? " 1" : "s 1-" + j));
                    }
                }
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object[] row = pending;
                pending = null;
                return PyTuple.of(row);
            }
        });
    }

    private static Object iter(Object[] args, String[] kw) {
        noKeywords("iter", kw);
        if (args.length == 2) {
            Object callable = args[0];
            Object sentinel = args[1];
            if (!(callable instanceof PyCallable f)) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return new PyIterator(Types.ITERATOR, new Iterator<>() {
                Object pending;
                boolean done;

                @Override
                public boolean hasNext() {
                    if (pending != null) {
                        return true;
                    }
                    if (done) {
                        return false;
                    }
                    Object v = f.call(new Object[0], PyCallable.NO_KEYWORDS);
                    if (Ops.eq(v, sentinel)) {
                        done = true;
                        return false;
                    }
                    pending = v;
                    return true;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object v = pending;
                    pending = null;
                    return v;
                }
            });
        }
        if (args.length != 1) {
            throw Errors.typeError(args.length == 0 ? "iter expected at least 1 argument, got 0"
                    : "iter expected at most 2 arguments, got " + args.length);
        }
        return iterObject(args[0]);
    }

    /** The iterators behind awaitables ({@code coroutine_wrapper}, {@code async_generator_asend}, ...). */
    static boolean isAwaitableIterator(Object o) {
        return o instanceof Delegate && !(o instanceof Suspendable);
    }

    /** {@code iter(o)}: the Python iterator object over {@code o}. */
    static Object iterObject(Object o) {
        if (o instanceof PyIterator || o instanceof PyGenerator || isAwaitableIterator(o)) {
            return o;
        }
        if (o instanceof dev.krait.runtime.PyIOBase stream) {
            return stream.iterSelf(); // a stream is its own iterator
        }
        if (Objects.isUserObject(o)) {
            Object r = Objects.callSpecial(o, "__iter__");
            if (r != Objects.ABSENT) {
                if (!(r instanceof PyIterator) && !(r instanceof PyGenerator) && !isAwaitableIterator(r) && (!Objects.isUserObject(r)
                        || Types.typeOf(r).lookup("__next__") == null)) {
                    throw Errors.typeError("iter() returned non-iterator of type '" + Types.nameOf(r) + "'");
                }
                return r;
            }
        }
        PyType type = o instanceof PyList ? Types.LIST_ITERATOR : o instanceof PyTuple ? Types.TUPLE_ITERATOR
                : o instanceof PyStr ? Types.STR_ITERATOR : o instanceof PyRange ? Types.RANGE_ITERATOR
                : o instanceof PySet ? Types.SET_ITERATOR : o instanceof PyDict ? Types.DICT_KEYITERATOR
                : Types.ITERATOR;
        if (o instanceof DictViews.View v) {
            type = v.type() == Types.DICT_VALUES ? Types.DICT_VALUEITERATOR
                    : v.type() == Types.DICT_ITEMS ? Types.DICT_ITEMITERATOR : Types.DICT_KEYITERATOR;
        }
        return new PyIterator(type, Ops.iterate(o));
    }

    private static Object next(Object[] args, String[] kw) {
        noKeywords("next", kw);
        if (args.length == 0 || args.length > 2) {
            throw Errors.typeError(args.length == 0 ? "next expected at least 1 argument, got 0"
                    : "next expected at most 2 arguments, got " + args.length);
        }
        Object v;
        // The StopIteration a program's __next__ raised, re-raised when there is no default.
        PyException stop = null;
        if (args[0] instanceof PyIterator it) {
            v = it.next();
        } else if (isAwaitableIterator(args[0])) {
            Delegate d = (Delegate) args[0];
            if (AsyncGeneratorLibrary.outerStep(d, dev.krait.runtime.PyNone.NONE, null)) {
                return d.stepValue();
            }
            throw PyGenerator.stopIteration(d.stepValue());
        } else if (args[0] instanceof PyGenerator g) {
            if (AsyncGeneratorLibrary.outerStep(g, dev.krait.runtime.PyNone.NONE, null)) {
                return g.value;
            }
            if (args.length == 2) {
                return args[1];
            }
            throw PyGenerator.stopIteration(g.value);
        } else if (args[0] instanceof dev.krait.runtime.PyIOBase stream) {
            v = stream.next();
        } else {
            Object r;
            try {
                r = Objects.isUserObject(args[0]) ? Objects.callSpecial(args[0], "__next__") : Objects.ABSENT;
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                stop = e;
                r = null;
            }
            if (r == Objects.ABSENT) {
                throw Errors.typeError("'" + Types.nameOf(args[0]) + "' object is not an iterator");
            }
            v = r;
        }
        if (v == null) {
            if (args.length == 2) {
                return args[1];
            }
            if (stop != null) {
                throw stop;
            }
            throw new PyException(new dev.krait.runtime.PyBaseException(ExceptionTypes.STOP_ITERATION, List.of()));
        }
        return v;
    }
}
