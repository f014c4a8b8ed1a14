package dev.krait.runtime;

import java.util.List;

/**
 * {@code list[int]}, {@code dict[str, int]}: a builtin class subscripted for type hints
 * ({@code types.GenericAlias}). It remembers the class and the arguments, prints as written,
 * and calling it calls the class.
 */
public final class GenericAlias extends PyObject implements PyCallable, HasAttributes {
    /** The builtin classes that accept subscription, as in CPython 3.11. */
    private static final List<PyType> GENERIC = List.of(Types.LIST, Types.DICT, Types.TUPLE, Types.SET,
            Types.FROZENSET, Types.TYPE, Types.ENUMERATE, Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS);

    private final PyType origin;
    private final PyTuple args;

    private GenericAlias(PyType origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    /**
     * {@code cls[item]}: the class's {@code __class_getitem__} if it has one, a generic alias for
     * the builtin generic classes, else CPython's TypeError.
     */
    static Object subscript(PyType cls, Object item) {
        Object hook = cls.lookup("__class_getitem__");
        if (hook != null) {
            Object bound = hook instanceof Descriptor d ? d.get(null, cls) : hook;
            return ((PyCallable) bound).call(new Object[] {item}, PyCallable.NO_KEYWORDS);
        }
        if (GENERIC.contains(cls)) {
            return new GenericAlias(cls, item instanceof PyTuple t ? t : PyTuple.of(item));
        }
        throw Errors.typeError("type '" + cls.name() + "' is not subscriptable");
    }

    /**
     * {@code types.GenericAlias(origin, args)}, as {@code __class_getitem__ = classmethod(GenericAlias)}
     * uses it: {@code args} is wrapped in a tuple unless it is one. Krait's aliases have a class as
     * origin, so another origin is refused.
     */
    static GenericAlias construct(Object[] args, String[] kwnames) {
        if (kwnames.length > 0) {
            throw Errors.typeError("GenericAlias() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("GenericAlias expected 2 arguments, got " + args.length);
        }
        if (!(args[0] instanceof PyType origin)) {
            throw Errors.typeError("Krait's types.GenericAlias needs a class as origin, not '"
                    + Types.typeOf(args[0]).name() + "'");
        }
        return new GenericAlias(origin, args[1] instanceof PyTuple t ? t : PyTuple.of(args[1]));
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return origin.call(args, kwnames);
    }

    @Override
    public Object getAttr(String name) {
        return switch (name) {
            case "__origin__" -> origin;
            case "__args__" -> args;
            case "__parameters__" -> PyTuple.EMPTY;
            default -> Ops.getAttr(origin, name);
        };
    }

    @Override
    public void setAttr(String name, Object value) {
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'types.GenericAlias' object attribute '" + name
                + "' is read-only");
    }

    @Override
    public PyType type() {
        return Types.GENERIC_ALIAS;
    }

    /** As CPython writes it: classes by (qualified) name, {@code ...} for Ellipsis, reprs otherwise. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(name(origin)).append('[');
        Object[] items = args.toArray();
        if (items.length == 0) {
            out.append("()");
        }
        for (int i = 0; i < items.length; i++) {
            out.append(i == 0 ? "" : ", ").append(argument(items[i]));
        }
        return out.append(']').toString();
    }

    private static String argument(Object a) {
        if (a == PyNone.ELLIPSIS) {
            return "...";
        }
        return a instanceof PyType t ? name(t) : Ops.repr(a);
    }

    private static String name(PyType t) {
        return t.qualifiedName().startsWith("builtins.") ? t.name() : t.qualifiedName();
    }
}
