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

    /** {@code super().name}: the first class after {@code after} that defines it, bound to self. */
    public Object getAttr(String name) {
        PyType selfType = self instanceof PyType t ? t : Types.typeOf(self);
        List<PyType> mro = selfType.mro();
        int start = mro.indexOf(after) + 1;
        for (int i = start; i < mro.size(); i++) {
            Object v = mro.get(i).namespace().get(name);
            if (v == null) {
                continue;
            }
            if (v instanceof Descriptor d) {
                return d.get(self instanceof PyType ? null : self, selfType);
            }
            if (v instanceof PyMethodDescriptor m) {
                return new PyBoundMethod(self, m);
            }
            return v;
        }
        if (name.equals("__init__")) {
            return new PyBuiltinFunction("__init__", (a, k) -> PyNone.NONE); // object.__init__
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name + "'");
    }

    @Override
    public PyType type() {
        return Types.SUPER;
    }
}
