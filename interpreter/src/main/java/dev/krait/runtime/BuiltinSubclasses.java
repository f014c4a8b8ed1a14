package dev.krait.runtime;

import java.util.List;

/**
 * Classes that a program derives from builtin types: {@code class Stack(list)},
 * {@code class Even(int)}, {@code class LowerDict(dict)}.
 *
 * <p>An instance is a {@link PyInstance} of the program's class that carries a value of the
 * builtin base ({@link PyInstance#builtinValue()}): an empty {@link PyList} that the base's
 * {@code __init__} fills, or, for immutable bases, the value {@code __new__} computed. The
 * program's own special methods come first; where it has none, {@link Ops} and the builtin
 * methods ({@link PyMethodDescriptor}) work on the carried value, so the results of builtin
 * operations are plain builtin values as in CPython ({@code type(stack + [4])} is
 * {@code list}).
 */
public final class BuiltinSubclasses {
    private BuiltinSubclasses() {}

    /** The builtin types a program may derive from (exceptions are handled by {@link PyBaseException}). */
    private static final List<PyType> SUBCLASSABLE = List.of(Types.INT, Types.FLOAT, Types.COMPLEX, Types.STR, Types.LIST,
            Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.BYTES, Types.BYTEARRAY);

    /** Bases whose value is made empty by {@code __new__} and filled by {@code __init__}. */
    private static final List<PyType> MUTABLE = List.of(Types.LIST, Types.DICT, Types.SET, Types.BYTEARRAY);

    static boolean isSubclassable(PyType t) {
        return SUBCLASSABLE.contains(t);
    }

    /** The builtin type whose values instances of {@code cls} carry, or null. */
    static PyType builtinBase(PyType cls) {
        for (PyType t : cls.mro()) {
            if (t.isBuiltin() && SUBCLASSABLE.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /** {@code object.__new__(cls, args)} for a class with a builtin base: the instance and its value. */
    static PyInstance newInstance(PyType cls, PyType base, Object[] args, String[] kwnames) {
        Object value = MUTABLE.contains(base)
                ? Constructors.construct(base, new Object[0], PyCallable.NO_KEYWORDS)
                : Constructors.construct(base, args, kwnames); // keywords too: int('11', base=2), complex(imag=1)
        return new PyInstance(cls, value);
    }

    /** Whether {@code __new__} of this base consumes the constructor arguments (immutable bases do). */
    static boolean newTakesArguments(PyType base) {
        return !MUTABLE.contains(base);
    }

    /** The builtin value a program object carries, or the object itself. */
    public static Object valueOf(Object o) {
        return o instanceof PyInstance i && i.builtinValue() != null ? i.builtinValue() : o;
    }

    /**
     * The special methods of the subclassable container types that exist so that a subclass
     * can call them explicitly ({@code super().__setitem__(k, v)}); operators on builtin values
     * do not go through them.
     */
    static void install() {
        for (PyType t : List.of(Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.STR)) {
            define(t, "__len__()", (self, a) -> Ops.len(self));
            define(t, "__getitem__(key, /)", (self, a) -> Ops.getItem(self, a[0]));
            define(t, "__contains__(key, /)", (self, a) -> Ops.contains(self, a[0]));
            define(t, "__iter__()", (self, a) -> new PyIterator(Ops.iterate(self)));
            define(t, "__add__(value, /)", (self, a) -> binaryOrNotImplemented("+", self, a[0]));
            define(t, "__mul__(value, /)", (self, a) -> binaryOrNotImplemented("*", self, a[0]));
        }
        for (PyType t : List.of(Types.LIST, Types.DICT)) {
            define(t, "__setitem__(key, value, /)", (self, a) -> {
                Ops.setItem(self, a[0], a[1]);
                return PyNone.NONE;
            });
            define(t, "__delitem__(key, /)", (self, a) -> {
                Ops.delItem(self, a[0]);
                return PyNone.NONE;
            });
        }
        define(Types.LIST, "__init__(iterable=..., /)", (self, a) -> {
            PyList list = (PyList) self;
            List<Object> items = a[0] == null ? List.of() : Constructors.collect(a[0]);
            list.items().clear();
            list.items().addAll(items);
            return PyNone.NONE;
        });
        define(Types.SET, "__init__(iterable=..., /)", (self, a) -> {
            PySet set = (PySet) self;
            Ops.callMethod(set, "clear", new Object[0], PyCallable.NO_KEYWORDS);
            if (a[0] != null) {
                Ops.callMethod(set, "update", new Object[] {a[0]}, PyCallable.NO_KEYWORDS);
            }
            return PyNone.NONE;
        });
        Types.DICT.define("__init__", new PyMethodDescriptor(Types.DICT, Signature.parse("__init__(*args, **kwargs)"),
                (self, a) -> {
                    PyTuple positional = (PyTuple) a[0];
                    PyDict keywords = (PyDict) a[1];
                    Object[] args = new Object[positional.size() + keywords.size()];
                    String[] names = new String[keywords.size()];
                    System.arraycopy(positional.toArray(), 0, args, 0, positional.size());
                    int k = 0;
                    for (int i = 0; i < keywords.limit(); i++) {
                        if (keywords.keyAt(i) != null) {
                            names[k] = Ops.str(keywords.keyAt(i).value);
                            args[positional.size() + k++] = keywords.valueAt(i);
                        }
                    }
                    return Ops.callMethod(self, "update", args, names);
                }));
    }

    private static Object binaryOrNotImplemented(String op, Object self, Object other) {
        try {
            return Ops.binary(op, self, other);
        } catch (PyException e) {
            if (e.value().type() == ExceptionTypes.TYPE_ERROR) {
                return PyNone.NOT_IMPLEMENTED;
            }
            throw e;
        }
    }

    private static void define(PyType t, String signature, PyMethodDescriptor.Body body) {
        Signature s = Signature.parse(signature);
        if (t.namespace().get(s.name()) == null) {
            t.define(s.name(), new PyMethodDescriptor(t, s, body));
        }
    }
}
