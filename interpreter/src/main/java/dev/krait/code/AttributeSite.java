package dev.krait.code;

import dev.krait.runtime.Descriptor;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyMethod;
import dev.krait.runtime.PyMethodDescriptor;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Shape;

/**
 * The inline cache of one {@code obj.name} in the program: how the name resolved the last
 * time, for instances of one class with one attribute {@link Shape}. The cache is valid while
 * the receiver has that class and shape and the class's {@link PyType#version()} is unchanged
 * (any assignment to the class or an ancestor changes it), so a hit answers exactly as the
 * full attribute protocol in {@code dev.krait.runtime.Objects} would. Anything unusual
 * ({@code __getattribute__}, {@code __setattr__}, data descriptors, instances whose attributes
 * moved to a dict) is never cached and takes the full protocol.
 *
 * <p>Builtin receivers of a method call ({@code items.append(x)}) are cached by their Java
 * class and type, which never change.
 */
final class AttributeSite {
    private static final int NONE = 0;
    /** The instance's own attribute, in {@link #slot}. */
    private static final int SLOT = 1;
    /** A function on the class: bound to the instance (or called with it first). */
    private static final int METHOD = 2;
    /** A plain class attribute, returned as is. */
    private static final int CLASS_VALUE = 3;
    /** Assignment to an existing slot. */
    private static final int STORE_SLOT = 4;
    /** Assignment adding an attribute: the instance moves to {@link #nextShape}. */
    private static final int STORE_NEW = 5;

    final String name;

    private int kind;
    private PyType type;
    private int version;
    private Shape shape;
    private int slot;
    private Object classValue;
    private Shape nextShape;

    /** For builtin method calls: the receiver's Java class and its method descriptor. */
    private Class<?> builtinClass;
    private PyType builtinType;
    private PyMethodDescriptor builtinMethod;

    AttributeSite(String name) {
        this.name = name;
    }

    private boolean hit(PyInstance obj) {
        return obj.shape() == shape && obj.type() == type && type.version() == version;
    }

    /** {@code obj.name} for an instance; falls back to the full protocol and refills. */
    Object get(PyInstance obj) {
        if (kind != NONE && hit(obj)) {
            switch (kind) {
                case SLOT:
                    return obj.slot(slot);
                case METHOD:
                    return new PyMethod(obj, (PyCallable) classValue);
                case CLASS_VALUE:
                    return classValue;
                default:
                    break;
            }
        }
        fillLoad(obj);
        return dev.krait.runtime.Ops.getAttr(obj, name);
    }

    /**
     * For {@code obj.name(args)}: the function to call with the instance as first argument,
     * when the name resolves to a plain function on the class; null otherwise (the caller
     * then takes {@link #get} and calls what it returns).
     */
    PyCallable method(PyInstance obj) {
        if (kind == NONE || !hit(obj)) {
            fillLoad(obj);
        }
        return kind == METHOD && hit(obj) ? (PyCallable) classValue : null;
    }

    /**
     * For {@code obj.name(args)} on a builtin value: the builtin method to invoke with
     * {@code obj}, or null when the name is not a builtin method of the value's type.
     */
    PyMethodDescriptor builtinMethod(Object obj) {
        if (obj.getClass() == builtinClass && typeOf(obj) == builtinType) {
            return builtinMethod;
        }
        if (obj instanceof PyType || obj instanceof dev.krait.runtime.HasAttributes
                || obj instanceof dev.krait.runtime.PySuper || obj instanceof PyInstance) {
            return null;
        }
        PyType t = typeOf(obj);
        if (t.isBuiltin() && t.lookup(name) instanceof PyMethodDescriptor m) {
            builtinClass = obj.getClass();
            builtinType = t;
            builtinMethod = m;
            return m;
        }
        return null;
    }

    private static PyType typeOf(Object obj) {
        return obj instanceof PyObject o ? o.type() : dev.krait.runtime.Types.typeOf(obj);
    }

    /** {@code obj.name = value} for an instance; falls back to the full protocol and refills. */
    void set(PyInstance obj, Object value) {
        if (kind == STORE_SLOT && hit(obj)) {
            obj.setSlot(slot, value);
            return;
        }
        if (kind == STORE_NEW && hit(obj)) {
            obj.append(nextShape, value);
            return;
        }
        fillStore(obj);
        dev.krait.runtime.Ops.setAttr(obj, name, value);
    }

    private void remember(PyInstance obj, int newKind) {
        kind = newKind;
        type = obj.type();
        version = type.version();
        shape = obj.shape();
    }

    private void fillLoad(PyInstance obj) {
        kind = NONE;
        Shape s = obj.shape();
        PyType t = obj.type();
        if (s == null || customAttributeAccess(t, "__getattribute__")) {
            return;
        }
        Object attr = t.lookup(name);
        if (attr instanceof Descriptor.Data || attr instanceof PyInstance) {
            return; // data descriptors, and program objects that may be descriptors now or later
        }
        int i = s.indexOf(name);
        if (i >= 0) {
            slot = i;
            remember(obj, SLOT);
        } else if (attr instanceof PyFunction) {
            classValue = attr;
            remember(obj, METHOD);
        } else if (attr != null && !(attr instanceof Descriptor) && !(attr instanceof PyMethodDescriptor)) {
            classValue = attr;
            remember(obj, CLASS_VALUE);
        }
    }

    private void fillStore(PyInstance obj) {
        kind = NONE;
        Shape s = obj.shape();
        PyType t = obj.type();
        Object attr = t.lookup(name);
        if (s == null || customAttributeAccess(t, "__setattr__") || attr instanceof Descriptor.Data
                || attr instanceof PyInstance) {
            return;
        }
        int i = s.indexOf(name);
        if (i >= 0) {
            slot = i;
            remember(obj, STORE_SLOT);
        } else if (s.size() < Shape.MAX_SLOTS) {
            nextShape = s.with(name);
            remember(obj, STORE_NEW);
        }
    }

    /** Whether the class overrides {@code hook} (object's own, a builtin method, does not count). */
    private static boolean customAttributeAccess(PyType t, String hook) {
        Object f = t.lookup(hook);
        return f != null && !(f instanceof PyMethodDescriptor);
    }
}
