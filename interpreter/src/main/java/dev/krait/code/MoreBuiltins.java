package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.NumberBuiltins;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Signature;
import dev.krait.runtime.Types;

/** Builtins for attributes, types and numbers: getattr family, issubclass, callable, divmod, pow, round. */
final class MoreBuiltins {
    private MoreBuiltins() {}

    static void install(Map<String, Object> b, InterpreterState state) {
        define(b, "input(prompt='', /)", a -> {
            state.out().print(Ops.str(a[0]));
            state.out().flush();
            String line = state.readLine();
            if (line == null) {
                throw Errors.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
            }
            return PyStr.of(line);
        });
        b.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        b.put("Ellipsis", PyNone.ELLIPSIS);
        define(b, "getattr(object, name, default=..., /)", a -> {
            String name = attributeName(a[1], "getattr");
            try {
                return Ops.getAttr(a[0], name);
            } catch (PyException e) {
                if (a[2] == null || !e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                return a[2];
            }
        });
        define(b, "setattr(obj, name, value, /)", a -> {
            Ops.setAttr(a[0], attributeName(a[1], "setattr"), a[2]);
            return PyNone.NONE;
        });
        define(b, "delattr(obj, name, /)", a -> {
            Ops.delAttr(a[0], attributeName(a[1], "delattr"));
            return PyNone.NONE;
        });
        define(b, "hasattr(obj, name, /)", a -> {
            try {
                Ops.getAttr(a[0], attributeName(a[1], "hasattr"));
                return true;
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                return false;
            }
        });
        define(b, "issubclass(cls, class_or_tuple, /)", a -> {
            if (!(a[0] instanceof PyType cls)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return subclassOf(cls, a[1]);
        });
        define(b, "callable(obj, /)", a -> a[0] instanceof dev.krait.runtime.PyInstance i
                ? i.type().lookup("__call__") != null && !(i.type().lookup("__call__")
                        instanceof dev.krait.runtime.PyMethodDescriptor)
                : a[0] instanceof PyCallable);
        define(b, "id(obj, /)", a -> (long) System.identityHashCode(a[0]));
        define(b, "divmod(x, y, /)", a -> NumberBuiltins.divmod(a[0], a[1]));
        define(b, "pow(base, exp, mod=None)", a -> a[2] == PyNone.NONE ? Ops.binary("**", a[0], a[1])
                : NumberBuiltins.pow(a[0], a[1], a[2]));
        define(b, "round(number, ndigits=...)", a -> NumberBuiltins.round(a[0], a[1]));
        define(b, "map(func, *iterables)", a -> map(a[0], ((PyTuple) a[1]).toArray()));
        define(b, "vars(object=..., /)", a -> vars(a[0]));
        define(b, dev.krait.runtime.FileOpen.SIGNATURE, dev.krait.runtime.FileOpen::open);
        define(b, "dir(object=..., /)", a -> dir(a[0]));
        define(b, "filter(function, iterable, /)", a -> filter(a[0], a[1]));
    }

    private static void define(Map<String, Object> b, String signature, java.util.function.Function<Object[], Object> body) {
        Signature s = Signature.parse(signature);
        b.put(s.name(), new PyBuiltinFunction(s.name(), (args, kw) -> body.apply(s.bind(args, kw))));
    }

    /** {@code vars(obj)}: the object's attribute dict. */
    private static Object vars(Object obj) {
        if (obj == null) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot run vars() without an argument yet");
        }
        if (obj instanceof dev.krait.runtime.PyInstance i && i.hasDict()) {
            return i.attributeDict();
        }
        if (obj instanceof dev.krait.runtime.PyModule || obj instanceof PyType
                || obj instanceof dev.krait.runtime.HasAttributes) {
            try {
                return Ops.getAttr(obj, "__dict__");
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
        throw Errors.typeError("vars() argument must have __dict__ attribute");
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof java.math.BigInteger || o instanceof Boolean || o instanceof Double;
    }

    /** {@code dir(obj)}: sorted names of the object's attributes and its class's. */
    private static Object dir(Object obj) {
        if (obj == null) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot run dir() without an argument yet");
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (obj instanceof dev.krait.runtime.PyInstance i) {
            names.addAll(i.dict().keySet());
        }
        if (obj instanceof dev.krait.runtime.PyModule m) {
            names.addAll(m.namespace().names());
        } else {
            PyType type = obj instanceof PyType t ? t : Types.typeOf(obj);
            for (PyType t : type.mro()) {
                names.addAll(t.namespace().keySet());
            }
        }
        java.util.List<Object> out = new java.util.ArrayList<>();
        names.forEach(n -> out.add(PyStr.of(n)));
        return new dev.krait.runtime.PyList(out);
    }

    /** {@code map(f, *iterables)}: lazy, stops with the shortest iterable. */
    private static Object map(Object f, Object[] iterables) {
        if (iterables.length == 0) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        java.util.List<java.util.Iterator<Object>> its = new java.util.ArrayList<>();
        for (Object it : iterables) {
            its.add(Ops.iterate(it));
        }
        PyCallable fn = f instanceof PyCallable c ? c : null;
        return new dev.krait.runtime.PyIterator(Types.MAP, new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                for (java.util.Iterator<Object> it : its) {
                    if (!it.hasNext()) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Object next() {
                Object[] args = new Object[its.size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = its.get(i).next();
                }
                if (fn == null) {
                    throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
                }
                return fn.call(args, PyCallable.NO_KEYWORDS);
            }
        });
    }

    /** {@code filter(f, iterable)}: lazy; {@code None} keeps the truthy items. */
    private static Object filter(Object f, Object iterable) {
        java.util.Iterator<Object> it = Ops.iterate(iterable);
        return new dev.krait.runtime.PyIterator(Types.FILTER, new java.util.Iterator<>() {
            Object next;
            boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && it.hasNext()) {
                    Object v = it.next();
                    Object keep = f == PyNone.NONE ? v
                            : ((PyCallable) f).call(new Object[] {v}, PyCallable.NO_KEYWORDS);
                    if (Ops.isTrue(keep)) {
                        next = v;
                        ready = true;
                    }
                }
                return ready;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return next;
            }
        });
    }

    private static String attributeName(Object name, String function) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError(function.equals("getattr") || function.equals("hasattr") || function.equals("delattr")
                    ? "attribute name must be string, not '" + Types.nameOf(name) + "'"
                    : "attribute name must be string, not '" + Types.nameOf(name) + "'");
        }
        return s.value();
    }

    /**
     * {@code __instancecheck__}/{@code __subclasscheck__} of a class's metaclass when a program
     * defined it (as {@code abc.ABCMeta} does): a function to call with the class and the
     * object; null for classes whose metaclass is {@code type}.
     */
    static Object metaclassHook(PyType cls, String name) {
        PyType meta = cls.type();
        if (meta == Types.TYPE || meta.isBuiltin()) {
            return null;
        }
        Object hook = meta.lookup(name);
        return hook instanceof PyCallable ? hook : null;
    }

    private static boolean subclassOf(PyType cls, Object spec) {
        if (spec instanceof PyType t) {
            Object hook = metaclassHook(t, "__subclasscheck__");
            return hook != null ? Ops.isTrue(Delegation.call(hook, t, cls)) : cls.isSubtypeOf(t);
        }
        if (spec instanceof PyTuple tuple) {
            for (Object item : tuple.toArray()) {
                if (subclassOf(cls, item)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
