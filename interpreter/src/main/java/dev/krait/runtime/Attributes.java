package dev.krait.runtime;

/**
 * Attribute access on any value: {@code obj.name}, {@code obj.name = v}, {@code del obj.name}
 * and method calls, dispatching to modules, functions, {@code super()}, program-defined
 * objects ({@link Objects}) and builtin types' method descriptors. {@link Ops} delegates here.
 */
final class Attributes {
    private Attributes() {}


    /** {@code obj.name}: methods and attributes found on the type, bound to {@code obj}. */
    static Object getAttr(Object obj, String name) {
        if (obj instanceof PySuper sup) {
            return sup.getAttr(name);
        }
        if (obj instanceof PyModule m) {
            return m.getAttr(name);
        }
        if (obj instanceof HasAttributes h) {
            return h.getAttr(name);
        }
        if (Objects.isUserObject(obj) || obj instanceof PyBaseException) {
            return Objects.getAttr(obj, name);
        }
        Object containerAttribute = Containers.attribute(obj, name);
        if (containerAttribute != null) {
            return containerAttribute;
        }
        if (obj instanceof PyType t) {
            return TypeAttributes.get(t, name);
        }
        Object v = Types.typeOf(obj).lookup(name);
        if (v instanceof PyMethodDescriptor m) {
            return new PyBoundMethod(obj, m);
        }
        if (v instanceof Descriptor.Data d) {
            return d.get(obj, Types.typeOf(obj)); // a builtin type's data attribute (z.real)
        }
        if (v == null && obj instanceof PyBuiltinFunction f && f.attribute(name) != null) {
            return f.attribute(name);
        }
        if (v == null && obj instanceof PyIOBase f && FileMethods.attribute(f, name) != null) {
            return FileMethods.attribute(f, name);
        }
        if (v == null && Arithmetic.isNumber(obj)) {
            Object n = NumberMethods.attribute(obj, name);
            if (n != null) {
                return n;
            }
        }
        if (v != null) {
            return v;
        }
        if (name.equals("__class__")) {
            return Types.typeOf(obj);
        }
        throw Errors.attributeError(obj, name);
    }

    /**
     * {@code obj.name(args)} without making a bound method when the attribute is a builtin
     * method of the type.
     */
    static Object callMethod(Object obj, String name, Object[] args, String[] kwnames) {
        if (!(obj instanceof PyType) && !(obj instanceof PySuper) && !(obj instanceof HasAttributes)
                && Types.typeOf(obj).lookup(name) instanceof PyMethodDescriptor m) {
            return m.invoke(obj, args, kwnames);
        }
        Object f = getAttr(obj, name);
        if (!(f instanceof PyCallable c)) {
            throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
        }
        return c.call(args, kwnames);
    }

    /** {@code obj.name = value}. */
    static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PyModule m) {
            m.setAttr(name, value);
            return;
        }
        if (obj instanceof HasAttributes h) {
            h.setAttr(name, value);
            return;
        }
        if (Objects.isUserObject(obj) || obj instanceof PyBaseException) {
            Objects.setAttr(obj, name, value);
            return;
        }
        if (obj instanceof PyType t) {
            t.setAttribute(name, value);
            return;
        }
        if (Types.typeOf(obj).lookup(name) instanceof Descriptor.Data d) {
            d.set(obj, value);
            return;
        }
        throw readOnlyOrMissing(obj, name);
    }

    /** CPython's AttributeError for setting or deleting an attribute of a builtin object. */
    private static PyException readOnlyOrMissing(Object obj, String name) {
        if (Types.typeOf(obj).lookup(name) != null) {
            return Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + Types.nameOf(obj) + "' object attribute '" + name
                    + "' is read-only");
        }
        return Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + Types.nameOf(obj) + "' object has no attribute '" + name
                + "'");
    }

    /** {@code del obj.name}. */
    static void delAttr(Object obj, String name) {
        if (obj instanceof PyModule m) {
            m.delAttr(name);
            return;
        }
        if (obj instanceof HasAttributes h) {
            h.delAttr(name);
            return;
        }
        if (Objects.isUserObject(obj) || obj instanceof PyBaseException) {
            Objects.delAttr(obj, name);
            return;
        }
        if (Types.typeOf(obj).lookup(name) instanceof Descriptor.Data d) {
            d.delete(obj);
            return;
        }
        throw readOnlyOrMissing(obj, name);
    }

}
