package dev.krait.runtime;

import java.util.List;

/** {@code super()}: looks attributes up in the MRO of the instance's type after a given class. */
public final class PySuper extends PyObject {
    private final PyType after;
    private final Object self;

    public PySuper(PyType after, Object self) {
        this.after = after;
        this.self = self;
    }

    /** {@code super(type, obj)}: obj must be an instance or a subclass of type. */
    static PySuper construct(Object[] args, String[] kwnames) {
        if (kwnames.length > 0) {
            throw Errors.typeError("super() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        if (!(args[0] instanceof PyType after)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + Types.nameOf(args[0]));
        }
        if (args.length == 1) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot run unbound super(type) yet");
        }
        if (args.length > 2) {
            throw Errors.typeError("super() takes at most 2 arguments (" + args.length + " given)");
        }
        Object obj = args[1];
        if (!(obj instanceof PyType t && t.isSubtypeOf(after)) && !Types.typeOf(obj).isSubtypeOf(after)) {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(after, obj);
    }

    /** {@code super().name}: the first class after {@code after} that defines it, bound to self. */
    public Object getAttr(String name) {
        // As in CPython: a class that is a subclass of 'after' is searched itself (super() in a
        // classmethod or __new__); anything else, classes included (metaclass methods), by its type.
        PyType selfType = self instanceof PyType t && t.isSubtypeOf(after) ? t : Types.typeOf(self);
        List<PyType> mro = selfType.mro();
        int start = mro.indexOf(after) + 1;
        for (int i = start; i < mro.size(); i++) {
            Object v = mro.get(i).ownAttribute(name);
            if (v == null) {
                continue;
            }
            if (v instanceof Descriptor d) {
                return d.get(self == selfType ? null : self, selfType);
            }
            if (v instanceof PyMethodDescriptor m) {
                return new PyBoundMethod(self, m);
            }
            return v;
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name + "'");
    }

    @Override
    public PyType type() {
        return Types.SUPER;
    }
}
