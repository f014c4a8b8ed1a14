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

    /** {@code obj.name} for instances of program-defined classes, and for those classes. */
    public static Object getAttr(Object obj, String name) {
        if (obj instanceof PyType t) {
            Object v = t.lookup(name);
            if (v instanceof Descriptor d) {
                return d.get(null, t);
            }
            if (v != null) {
                return v;
            }
            if (name.equals("__name__")) {
                return PyStr.of(t.name());
            }
            if (name.equals("__dict__")) {
                PyDict d = new PyDict();
                t.namespace().forEach((k, val) -> d.put(PyStr.of(k), val));
                return d;
            }
            if (name.equals("__mro__")) {
                return PyTuple.of(t.mro().toArray());
            }
            if (name.equals("__bases__")) {
                return PyTuple.of(t.bases().toArray());
            }
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        PyType type = Types.typeOf(obj);
        Object attr = type.lookup(name);
        if (attr instanceof Descriptor.Data d) {
            return d.get(obj, type);
        }
        Object own = obj instanceof PyInstance i ? i.getOwn(name)
                : obj instanceof PyBaseException e ? e.dict().get(name) : null;
        if (own != null) {
            return own;
        }
        if (attr instanceof Descriptor d) {
            return d.get(obj, type);
        }
        if (attr instanceof PyMethodDescriptor m) {
            return new PyBoundMethod(obj, m);
        }
        if (attr != null) {
            return attr;
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
        Object getattr = type.lookup("__getattr__");
        if (getattr instanceof PyCallable hook) {
            return hook.call(new Object[] {obj, PyStr.of(name)}, PyCallable.NO_KEYWORDS);
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type.name() + "' object has no attribute '" + name + "'");
    }

    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            t.setAttribute(name, value);
            return;
        }
        PyType type = Types.typeOf(obj);
        Object setattr = type.lookup("__setattr__");
        if (setattr instanceof PyCallable hook && !(setattr instanceof PyMethodDescriptor)) {
            hook.call(new Object[] {obj, PyStr.of(name), value}, PyCallable.NO_KEYWORDS);
            return;
        }
        genericSetAttr(obj, name, value);
    }

    /** {@code object.__setattr__}: data descriptors, then the instance dictionary. */
    public static void genericSetAttr(Object obj, String name, Object value) {
        PyType type = Types.typeOf(obj);
        if (type.lookup(name) instanceof Descriptor.Data d) {
            d.set(obj, value);
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

    public static void delAttr(Object obj, String name) {
        if (obj instanceof PyType t) {
            if (!t.deleteAttribute(name)) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "type object '" + t.name() + "' has no attribute '"
                        + name + "'");
            }
            return;
        }
        PyType type = Types.typeOf(obj);
        if (type.lookup(name) instanceof Descriptor.Data d) {
            d.delete(obj);
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

    /** {@code prop.setter} and friends: copies of a property with one accessor replaced. */
    static Object propertyAttribute(Wrappers.Property p, String name) {
        return switch (name) {
            case "setter" -> new PyBuiltinFunction("setter",
                    (a, k) -> new Wrappers.Property(p.getter, a[0], p.deleter));
            case "deleter" -> new PyBuiltinFunction("deleter",
                    (a, k) -> new Wrappers.Property(p.getter, p.setter, a[0]));
            case "getter" -> new PyBuiltinFunction("getter",
                    (a, k) -> new Wrappers.Property(a[0], p.setter, p.deleter));
            case "fget" -> p.getter == null ? PyNone.NONE : p.getter;
            case "fset" -> p.setter == null ? PyNone.NONE : p.setter;
            default -> throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'property' object has no attribute '" + name + "'");
        };
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

    /** Calling a program-defined class: make the instance, then run {@code __init__}. */
    static Object instantiate(PyType type, Object[] args, String[] kwnames) {
        Object obj;
        if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            obj = ExceptionInit.create(type, args, kwnames);
        } else {
            obj = new PyInstance(type);
        }
        Object init = type.lookup("__init__");
        if (init == null || init instanceof PyMethodDescriptor) {
            if (args.length > 0 && !(obj instanceof PyBaseException)) {
                throw Errors.typeError(type.name() + "() takes no arguments");
            }
            return obj;
        }
        Object bound = init instanceof Descriptor d ? d.get(obj, type) : init;
        Object result = ((PyCallable) bound).call(args, kwnames);
        if (result != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + Types.nameOf(result) + "'");
        }
        return obj;
    }
}
