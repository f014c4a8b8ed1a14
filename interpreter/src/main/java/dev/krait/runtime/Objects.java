package dev.krait.runtime;

/**
 * The attribute protocol and special-method calls for classes defined by programs:
 * descriptors on the type win over the instance dictionary when they are data descriptors,
 * functions bind to the instance, {@code __getattr__} is the fallback; special methods are
 * looked up on the type, never the instance, as in CPython.
 */
public final class Objects {
    private Objects() {}

    /** Marks "no such special method" from {@link #callSpecial}. */
    public static final Object ABSENT = new Object();

    public static boolean isUserObject(Object o) {
        return o instanceof PyInstance || o instanceof PyBaseException e && !e.type().isBuiltin()
                || o instanceof PyType t && !t.isBuiltin();
    }

    /**
     * {@code obj.name} for instances of program-defined classes, and for those classes: the
     * class's {@code __getattribute__} (normally {@code object}'s, {@link #genericGetAttr}),
     * then {@code __getattr__} if that raised AttributeError.
     */
    public static Object getAttr(Object obj, String name) {
        if (obj instanceof PyType t) {
            return TypeAttributes.get(t, name);
        }
        PyType type = Types.typeOf(obj);
        Object getattribute = type.lookup("__getattribute__");
        Object getattr = type.lookup("__getattr__");
        boolean custom = getattribute != null && !(getattribute instanceof PyMethodDescriptor);
        if (getattr == null && !custom) {
            return genericGetAttr(obj, name);
        }
        try {
            return custom ? callBound(getattribute, obj, type, PyStr.of(name)) : genericGetAttr(obj, name);
        } catch (PyException e) {
            if (getattr == null || !e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return callBound(getattr, obj, type, PyStr.of(name));
        }
    }

    /** {@code object.__getattribute__}: data descriptors, the instance dict, then the class. */
    public static Object genericGetAttr(Object obj, String name) {
        PyType type = Types.typeOf(obj);
        Object attr = type.lookup(name);
        if (isDataDescriptor(attr)) {
            return descriptorGet(attr, obj, type);
        }
        Object own = obj instanceof PyInstance i ? i.getOwn(name)
                : obj instanceof PyBaseException e ? e.dict().get(name) : null;
        if (own != null) {
            return own;
        }
        if (attr instanceof PyMethodDescriptor m) {
            return new PyBoundMethod(obj, m);
        }
        if (attr != null) {
            return descriptorGet(attr, obj, type);
        }
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__") && obj instanceof PyInstance i && i.hasDict()) {
            return i.attributeDict();
        }
        if (obj instanceof PyBaseException e) {
            Object v = ExceptionMethods.instanceAttribute(e, name);
            if (v != null) {
                return v;
            }
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type.name() + "' object has no attribute '" + name + "'");
    }

    /**
     * Whether a class attribute is a data descriptor: it controls assignment, so it wins over
     * the instance dict. Builtin ones implement {@link Descriptor.Data}; a program's are
     * instances of classes with {@code __set__} or {@code __delete__}.
     */
    public static boolean isDataDescriptor(Object attr) {
        if (attr instanceof Descriptor.Data) {
            return true;
        }
        return attr instanceof PyInstance i
                && (i.type().lookup("__set__") != null || i.type().lookup("__delete__") != null);
    }

    /** Whether a class attribute does something when read through an instance ({@code __get__}). */
    public static boolean isDescriptor(Object attr) {
        return attr instanceof Descriptor || attr instanceof PyInstance i && i.type().lookup("__get__") != null;
    }

    /** A class attribute read through {@code obj} (null when read through the class itself). */
    static Object descriptorGet(Object attr, Object obj, PyType type) {
        if (attr instanceof Descriptor d) {
            return d.get(obj, type);
        }
        if (attr instanceof PyInstance i) {
            Object get = i.type().lookup("__get__");
            if (get != null) {
                return callBound(get, attr, i.type(), obj == null ? PyNone.NONE : obj, type);
            }
        }
        return attr;
    }

    /** Calls {@code method} (a class attribute of {@code owner}) bound to {@code self}. */
    private static Object callBound(Object method, Object self, PyType owner, Object... args) {
        Object bound = method instanceof Descriptor d ? d.get(self, owner)
                : method instanceof PyMethodDescriptor m ? new PyBoundMethod(self, m) : method;
        if (!(bound instanceof PyCallable c)) {
            throw Errors.typeError("'" + Types.nameOf(bound) + "' object is not callable");
        }
        return c.call(args, PyCallable.NO_KEYWORDS);
    }

    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            t.setAttribute(name, value);
            return;
        }
        PyType type = Types.typeOf(obj);
        Object setattr = type.lookup("__setattr__");
        if (setattr != null && !(setattr instanceof PyMethodDescriptor)) {
            callBound(setattr, obj, type, PyStr.of(name), value);
            return;
        }
        genericSetAttr(obj, name, value);
    }

    /** {@code object.__setattr__}: data descriptors, then the instance dictionary. */
    public static void genericSetAttr(Object obj, String name, Object value) {
        PyType type = Types.typeOf(obj);
        Object attr = type.lookup(name);
        if (attr instanceof Descriptor.Data d) {
            d.set(obj, value);
            return;
        }
        if (isDataDescriptor(attr)) {
            PyType dt = ((PyInstance) attr).type();
            Object set = dt.lookup("__set__");
            if (set == null) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "__set__");
            }
            callBound(set, attr, dt, obj, value);
            return;
        }
        if (obj instanceof PyInstance i && i.hasDict()) {
            i.setOwn(name, value);
            return;
        }
        java.util.Map<String, Object> dict = dictOf(obj);
        if (dict == null) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type.name() + "' object has no attribute '" + name + "'");
        }
        dict.put(name, value);
    }

    /** {@code del obj.name}: the class's {@code __delattr__}, normally {@link #genericDelAttr}. */
    public static void delAttr(Object obj, String name) {
        if (obj instanceof PyType t) {
            if (!t.deleteAttribute(name)) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "type object '" + t.name() + "' has no attribute '"
                        + name + "'");
            }
            return;
        }
        PyType type = Types.typeOf(obj);
        Object hook = type.lookup("__delattr__");
        if (hook != null && !(hook instanceof PyMethodDescriptor)) {
            callBound(hook, obj, type, PyStr.of(name));
            return;
        }
        genericDelAttr(obj, name);
    }

    /** {@code object.__delattr__}: data descriptors, then the instance dictionary. */
    public static void genericDelAttr(Object obj, String name) {
        PyType type = Types.typeOf(obj);
        Object attr = type.lookup(name);
        if (attr instanceof Descriptor.Data d) {
            d.delete(obj);
            return;
        }
        if (isDataDescriptor(attr)) {
            PyType dt = ((PyInstance) attr).type();
            Object delete = dt.lookup("__delete__");
            if (delete == null) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "__delete__");
            }
            callBound(delete, attr, dt, obj);
            return;
        }
        java.util.Map<String, Object> dict = dictOf(obj);
        if (dict == null || dict.remove(name) == null) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type.name() + "' object has no attribute '" + name + "'");
        }
    }

    private static java.util.Map<String, Object> dictOf(Object obj) {
        if (obj instanceof PyInstance i) {
            return i.hasDict() ? i.dict() : null;
        }
        if (obj instanceof PyBaseException e) {
            return e.dict();
        }
        return null;
    }

    /**
     * Calls special method {@code name} of {@code obj}'s type with {@code obj} first; returns
     * {@link #ABSENT} when the type has none.
     */
    public static Object callSpecial(Object obj, String name, Object... args) {
        PyType type = Types.typeOf(obj);
        if (type.isBuiltin()) {
            return ABSENT;
        }
        Object f = type.lookup(name);
        if (f == null || f instanceof PyMethodDescriptor) {
            return ABSENT;
        }
        Object bound = f instanceof Descriptor d ? d.get(obj, type) : f;
        if (!(bound instanceof PyCallable c)) {
            throw Errors.typeError("'" + Types.nameOf(bound) + "' object is not callable");
        }
        return c.call(args, PyCallable.NO_KEYWORDS);
    }

    /** Iterates a Python iterator object by calling {@code __next__} until {@code StopIteration}. */
    static java.util.Iterator<Object> javaIterator(Object iterator) {
        return new java.util.Iterator<>() {
            Object next;
            boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        Object r = callSpecial(iterator, "__next__");
                        if (r == ABSENT) {
                            throw Errors.typeError("iter() returned non-iterator of type '" + Types.nameOf(iterator) + "'");
                        }
                        next = r;
                    } catch (PyException e) {
                        if (!e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                            throw e;
                        }
                        done = true;
                    }
                }
                return next != null;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Object r = next;
                next = null;
                return r;
            }
        };
    }

    /** The old sequence protocol: {@code __getitem__(0)}, {@code (1)}, ... until IndexError. */
    static java.util.Iterator<Object> sequenceIterator(Object seq) {
        return new java.util.Iterator<>() {
            long index;
            Object next;
            boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = callSpecial(seq, "__getitem__", index++);
                    } catch (PyException e) {
                        if (!e.value().type().isSubtypeOf(ExceptionTypes.INDEX_ERROR)
                                && !e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                            throw e;
                        }
                        done = true;
                    }
                }
                return next != null;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Object r = next;
                next = null;
                return r;
            }
        };
    }
}
