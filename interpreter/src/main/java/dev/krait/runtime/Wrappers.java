package dev.krait.runtime;

/**
 * {@code staticmethod}, {@code classmethod} and {@code property}: the builtin descriptors,
 * with their attributes as CPython 3.11 has them ({@code __func__}, {@code __wrapped__},
 * {@code fget}/{@code fset}/{@code fdel}, {@code __doc__}, {@code __isabstractmethod__}, ...).
 */
public final class Wrappers {
    private Wrappers() {}

    /** The functions a class attribute holds: itself, or those a staticmethod, classmethod or property wraps. */
    public static java.util.List<Object> functionsOf(Object member) {
        if (member instanceof FunctionWrapper m) {
            return java.util.List.of(m.function);
        }
        if (member instanceof Property p) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            for (Object f : new Object[] {p.getter, p.setter, p.deleter}) {
                if (f != null) {
                    out.add(f);
                }
            }
            return out;
        }
        return java.util.List.of(member);
    }

    /** {@code staticmethod(f)}, {@code classmethod(f)} or {@code property(...)}: calling one of these types. */
    static Object construct(PyType type, Object[] args, String[] kwnames) {
        if (type == Types.PROPERTY) {
            return Property.construct(args, kwnames);
        }
        if (kwnames.length > 0) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError(type.name() + " expected 1 argument, got " + args.length);
        }
        return type == Types.STATICMETHOD ? new StaticMethod(args[0]) : new ClassMethod(args[0]);
    }

    /** Calls {@code f}, which a program gave as a function but may be anything. */
    static Object call(Object f, Object... args) {
        if (!(f instanceof PyCallable c)) {
            throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
        }
        return c.call(args, PyCallable.NO_KEYWORDS);
    }

    /** Checks the arguments of a descriptor's {@code __get__(instance, owner=None)}, as CPython words it. */
    public static void getArguments(Object[] args, String[] kwnames) {
        if (kwnames.length > 0) {
            throw Errors.typeError("wrapper __get__() takes no keyword arguments");
        }
        if (args.length < 1 || args.length > 2) {
            throw Errors.typeError(" expected " + (args.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                    + ", got " + args.length);
        }
    }

    /** {@code f.__isabstractmethod__} when f has it and it is true (abc's test), else false. */
    static boolean isAbstract(Object f) {
        if (f == null || f == PyNone.NONE) {
            return false;
        }
        try {
            return Ops.isTrue(Ops.getAttr(f, "__isabstractmethod__"));
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * What staticmethod and classmethod share: the wrapped callable, and a {@code __dict__}
     * into which, as in CPython 3.10+, they copy the callable's {@code __module__},
     * {@code __name__}, {@code __qualname__}, {@code __doc__} and {@code __annotations__}
     * (those it has), and set {@code __wrapped__}.
     */
    abstract static class FunctionWrapper extends PyObject implements Descriptor, HasAttributes {
        final Object function;
        private final PyDict dict = new PyDict();

        FunctionWrapper(Object function) {
            this.function = function;
            if (function instanceof PyBuiltinFunction b) {
                // Builtin wrappers are made while the builtin types initialise, before exceptions
                // can be raised, so their names are taken directly rather than probed.
                dict.put(PyStr.of("__name__"), PyStr.of(b.name()));
                dict.put(PyStr.of("__qualname__"), PyStr.of(b.name()));
            } else {
                for (String name : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
                    Object v = attributeOrNull(function, name);
                    if (v != null) {
                        dict.put(PyStr.of(name), v);
                    }
                }
            }
            dict.put(PyStr.of("__wrapped__"), function);
        }

        private static Object attributeOrNull(Object obj, String name) {
            try {
                return Ops.getAttr(obj, name);
            } catch (PyException e) {
                if (e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public Object getAttr(String name) {
            switch (name) {
                case "__func__":
                    return function;
                case "__isabstractmethod__":
                    return isAbstract(function);
                case "__dict__":
                    return dict;
                case "__class__":
                    return type();
                case "__get__":
                    return new PyBuiltinFunction("__get__", (a, k) -> {
                        getArguments(a, k);
                        Object instance = a[0] == PyNone.NONE ? null : a[0];
                        Object owner = a.length == 2 ? a[1] : PyNone.NONE;
                        return get(instance, owner instanceof PyType t ? t : null);
                    });
                default:
                    Object v = dict.get(PyStr.of(name));
                    if (v == null) {
                        throw Errors.attributeError(this, name);
                    }
                    return v;
            }
        }

        @Override
        public void setAttr(String name, Object value) {
            if (name.equals("__func__") || name.equals("__isabstractmethod__")) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
            }
            dict.put(PyStr.of(name), value);
        }

        @Override
        public void delAttr(String name) {
            if (dict.remove(PyStr.of(name)) == null) {
                throw Errors.attributeError(this, name);
            }
        }

        @Override
        public String toString() {
            return "<" + type().name() + "(" + Ops.repr(function) + ")>";
        }
    }

    /** {@code staticmethod(f)}: the function, unbound, from class and instance alike; callable itself. */
    public static final class StaticMethod extends FunctionWrapper implements PyCallable {
        public StaticMethod(Object function) {
            super(function);
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return function;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if (!(function instanceof PyCallable c)) {
                throw Errors.typeError("'" + Types.nameOf(function) + "' object is not callable");
            }
            return c.call(args, kwnames);
        }

        @Override
        public PyType type() {
            return Types.STATICMETHOD;
        }
    }

    /** {@code classmethod(f)}: bound to the class. */
    public static final class ClassMethod extends FunctionWrapper {
        public ClassMethod(Object function) {
            super(function);
        }

        @Override
        public Object get(Object instance, PyType owner) {
            if (!(function instanceof PyCallable c)) {
                throw Errors.typeError("'" + Types.nameOf(function) + "' object is not callable");
            }
            return new PyMethod(owner != null ? owner : Types.typeOf(instance), c);
        }

        @Override
        public PyType type() {
            return Types.CLASSMETHOD;
        }
    }
    /** {@code property(fget, fset, fdel, doc)} with {@code .getter}/{@code .setter}/{@code .deleter}. */
    public static final class Property extends PyObject implements Descriptor.Data, HasAttributes {
        /** The accessors; null for None. */
        final Object getter;
        final Object setter;
        final Object deleter;
        /** {@code __doc__} (null for None), and whether it came from the getter. */
        private Object doc;
        private final boolean getterDoc;
        /** The attribute name, once the class holding the property is made ({@code __set_name__}). */
        String name;

        Property(Object getter, Object setter, Object deleter, Object doc) {
            this.getter = getter == PyNone.NONE ? null : getter;
            this.setter = setter == PyNone.NONE ? null : setter;
            this.deleter = deleter == PyNone.NONE ? null : deleter;
            boolean fromGetter = (doc == null || doc == PyNone.NONE) && this.getter != null;
            this.doc = fromGetter ? docOf(this.getter) : doc;
            this.getterDoc = fromGetter;
        }

        private static Object docOf(Object f) {
            try {
                return Ops.getAttr(f, "__doc__");
            } catch (PyException e) {
                if (e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }

        private static final String[] PARAMETERS = {"fget", "fset", "fdel", "doc"};

        /** {@code property(fget=None, fset=None, fdel=None, doc=None)}, with CPython's argument errors. */
        static Property construct(Object[] args, String[] kwnames) {
            if (args.length > PARAMETERS.length) {
                throw Errors.typeError("property() takes at most 4 arguments (" + args.length + " given)");
            }
            Object[] slots = new Object[PARAMETERS.length];
            int positional = args.length - kwnames.length;
            System.arraycopy(args, 0, slots, 0, positional);
            for (int k = 0; k < kwnames.length; k++) {
                int i = java.util.Arrays.asList(PARAMETERS).indexOf(kwnames[k]);
                if (i < 0) {
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for property()");
                }
                if (slots[i] != null) {
                    throw Errors.typeError("argument for property() given by name ('" + kwnames[k] + "') and position ("
                            + (i + 1) + ")");
                }
                slots[i] = args[positional + k];
            }
            return new Property(slots[0], slots[1], slots[2], slots[3]);
        }

        /** {@code prop.setter(f)} and friends: a copy with one accessor replaced, keeping the name and doc. */
        private Property copy(Object get, Object set, Object del) {
            get = get == PyNone.NONE ? null : get;
            Property p = new Property(get, set, del, getterDoc && get != null ? null : doc);
            p.name = name;
            return p;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            if (instance == null || instance == PyNone.NONE) {
                return this;
            }
            if (getter == null) {
                throw missingAccessor(instance, "getter");
            }
            return call(getter, instance);
        }

        @Override
        public void set(Object instance, Object value) {
            if (setter == null) {
                throw missingAccessor(instance, "setter");
            }
            call(setter, instance, value);
        }

        @Override
        public void delete(Object instance) {
            if (deleter == null) {
                throw missingAccessor(instance, "deleter");
            }
            call(deleter, instance);
        }

        /** CPython 3.11's message: {@code property 'area' of 'Rect' object has no setter}. */
        private PyException missingAccessor(Object instance, String accessor) {
            PyType type = Types.typeOf(instance);
            Object qualname = type.namespace().get("__qualname__");
            String owner = qualname instanceof PyStr q ? q.value() : type.name();
            return Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, name != null
                    ? "property '" + name + "' of '" + owner + "' object has no " + accessor
                    : "property of '" + owner + "' object has no " + accessor);
        }

        @Override
        public Object getAttr(String attribute) {
            return switch (attribute) {
                case "fget" -> orNone(getter);
                case "fset" -> orNone(setter);
                case "fdel" -> orNone(deleter);
                case "__doc__" -> orNone(doc);
                case "__isabstractmethod__" -> isAbstract(getter) || isAbstract(setter) || isAbstract(deleter);
                case "__class__" -> Types.PROPERTY;
                case "getter" -> accessor("getter", f -> copy(f, setter, deleter));
                case "setter" -> accessor("setter", f -> copy(getter, f, deleter));
                case "deleter" -> accessor("deleter", f -> copy(getter, setter, f));
                case "__get__" -> new PyBuiltinFunction("__get__", (a, k) -> {
                    getArguments(a, k);
                    return get(a[0], a.length == 2 && a[1] instanceof PyType t ? t : null);
                });
                case "__set__" -> new PyBuiltinFunction("__set__", (a, k) -> {
                    exactly("__set__", " expected 2 arguments", 2, a, k);
                    set(a[0], a[1]);
                    return PyNone.NONE;
                });
                case "__delete__" -> new PyBuiltinFunction("__delete__", (a, k) -> {
                    exactly("__delete__", "expected 1 argument", 1, a, k);
                    delete(a[0]);
                    return PyNone.NONE;
                });
                case "__set_name__" -> new PyBuiltinFunction("__set_name__", (a, k) -> {
                    if (k.length > 0 || a.length != 2) {
                        throw Errors.typeError("__set_name__() takes 2 positional arguments but " + a.length + " were given");
                    }
                    name = a[1] instanceof PyStr s ? s.value() : Ops.str(a[1]);
                    return PyNone.NONE;
                });
                default -> throw Errors.attributeError(this, attribute);
            };
        }

        private static Object orNone(Object v) {
            return v == null ? PyNone.NONE : v;
        }

        private static PyBuiltinFunction accessor(String which, java.util.function.Function<Object, Property> make) {
            return new PyBuiltinFunction(which, (a, k) -> {
                if (k.length > 0) {
                    throw Errors.typeError(which + "() takes no keyword arguments");
                }
                if (a.length != 1) {
                    throw Errors.typeError("property." + which + "() takes exactly one argument (" + a.length
                            + " given)");
                }
                return make.apply(a[0]);
            });
        }

        /** Checks a slot wrapper's argument count; {@code expected} is CPython's message start. */
        private static void exactly(String method, String expected, int count, Object[] args, String[] kwnames) {
            if (kwnames.length > 0) {
                throw Errors.typeError("wrapper " + method + "() takes no keyword arguments");
            }
            if (args.length != count) {
                throw Errors.typeError(expected + ", got " + args.length);
            }
        }

        @Override
        public void setAttr(String attribute, Object value) {
            switch (attribute) {
                case "__doc__" -> doc = value;
                case "fget", "fset", "fdel", "__isabstractmethod__" -> throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR,
                        "readonly attribute");
                default -> throw Errors.attributeError(this, attribute);
            }
        }

        @Override
        public PyType type() {
            return Types.PROPERTY;
        }

        @Override
        public String toString() {
            return "<property object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
        }
    }
}
