package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Attribute access on type objects ({@code C.name}), with the metaclass taking part as in
 * CPython: a data descriptor of the metaclass wins, then the class's own MRO (descriptors
 * there are asked with no instance), then the metaclass's attributes bound to the class.
 * Also the attributes every type has ({@code __name__}, {@code __mro__}, {@code __bases__},
 * ...) and the methods of {@code type} itself.
 */
final class TypeAttributes {
    private TypeAttributes() {}

    static void install(PyType type) {
        type.define("__new__", TypeCalls.TYPE_NEW);
        type.define("__call__", TypeCalls.TYPE_CALL);
        type.method("mro()", (self, a) -> new PyList(new ArrayList<>(((PyType) self).mro())));
        type.method("__subclasses__()", (self, a) -> {
            PyType t = (PyType) self;
            if (t.isBuiltin()) {
                throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                        "Krait cannot list the subclasses of builtin type '" + t.name() + "' yet");
            }
            return new PyList(new ArrayList<>(t.directSubclasses()));
        });
    }

    /** {@code t.name}. */
    static Object get(PyType t, String name) {
        Object special = special(t, name);
        if (special != null) {
            return special;
        }
        PyType meta = t.type();
        Object metaAttr = meta.lookup(name);
        if (metaAttr instanceof Descriptor.Data d) {
            return d.get(t, meta);
        }
        Object attr = t.lookup(name);
        if (attr != null) {
            return attr instanceof Descriptor d ? d.get(null, t) : attr;
        }
        if (metaAttr != null) {
            if (metaAttr instanceof Descriptor d) {
                return d.get(t, meta);
            }
            return metaAttr instanceof PyMethodDescriptor m ? new PyBoundMethod(t, m) : metaAttr;
        }
        if (!meta.isBuiltin() && meta.lookup("__getattr__") instanceof Descriptor hook) {
            return ((PyCallable) hook.get(t, meta)).call(new Object[] {PyStr.of(name)}, PyCallable.NO_KEYWORDS);
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "type object '" + t.name() + "' has no attribute '" + name + "'");
    }

    /** The attributes that {@code type} defines for every class, or null. */
    private static Object special(PyType t, String name) {
        return switch (name) {
            // A builtin type's name may carry its module ("_io.TextIOWrapper"), as CPython's tp_name does.
            case "__name__" -> PyStr.of(t.isBuiltin() ? t.name().substring(t.name().lastIndexOf('.') + 1) : t.name());
            case "__qualname__" -> t.isBuiltin() ? PyStr.of(t.name().substring(t.name().lastIndexOf('.') + 1))
                    : own(t, name, PyStr.of(t.name()));
            case "__module__" -> own(t, name, t.isBuiltin() ? PyStr.of(builtinModule(t)) : PyNone.NONE);
            case "__doc__" -> t.isBuiltin() ? PyNone.NONE : own(t, name, PyNone.NONE);
            case "__mro__" -> PyTuple.of(t.mro().toArray());
            case "__bases__" -> PyTuple.of(t.bases().toArray());
            case "__base__" -> t.bases().isEmpty() ? PyNone.NONE : t.bases().get(0);
            case "__class__" -> t.type();
            case "__dict__" -> mappingProxy(t);
            default -> null;
        };
    }

    /**
     * {@code C.__dict__}: a read-only {@code mappingproxy} of the class's namespace as it is
     * now (a snapshot: later changes to the class do not show through an old proxy). It is
     * an instance of the builtin type carrying a dict, so the container operations work on
     * it as on a dict, except that Containers refuses item assignment and deletion.
     */
    private static Object mappingProxy(PyType t) {
        PyDict d = new PyDict();
        t.namespace().forEach((k, v) -> {
            if (!k.equals("__qualname__")) { // CPython keeps it on the type, not in the namespace
                d.put(PyStr.of(k), v);
            }
        });
        return new PyInstance(Types.MAPPINGPROXY, d);
    }

    /** The read-only mapping methods of {@code mappingproxy}, which work on the dict it carries. */
    static void installMappingProxy(PyType proxy) {
        for (String name : new String[] {"keys", "values", "items", "copy", "__iter__", "__len__"}) {
            proxy.method(name + "()", (self, a) -> Ops.callMethod(self, name, new Object[0], PyCallable.NO_KEYWORDS));
        }
        proxy.method("get(key, default=None, /)", (self, a) -> {
            Object v = ((PyDict) self).get(a[0]);
            return v == null ? a[1] : v;
        });
        proxy.method("__getitem__(key, /)", (self, a) -> Ops.getItem(self, a[0]));
        proxy.method("__contains__(key, /)", (self, a) -> Ops.contains(self, a[0]));
    }

    private static Object own(PyType t, String name, Object otherwise) {
        Object v = t.ownAttribute(name);
        return v == null ? otherwise : v;
    }

    /** {@code _io.TextIOWrapper} lives in {@code _io}; every other builtin type in {@code builtins}. */
    private static String builtinModule(PyType t) {
        int dot = t.name().lastIndexOf('.');
        return dot < 0 ? "builtins" : t.name().substring(0, dot);
    }

    /** The metaclass a class statement calls: the most derived of the explicit one and the bases'. */
    static PyType winner(PyType explicit, List<Object> bases) {
        PyType winner = explicit;
        for (Object b : bases) {
            PyType bt = Types.typeOf(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
