package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined by a program: its class and its attribute dictionary. */
public final class PyInstance extends PyObject implements PyCallable {
    private final PyType type;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Calling an instance runs its class's {@code __call__}. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object f = type.lookup("__call__");
        if (f == null || f instanceof PyMethodDescriptor) {
            throw Errors.typeError("'" + type.name() + "' object is not callable");
        }
        Object bound = f instanceof Descriptor d ? d.get(this, type) : f;
        return ((PyCallable) bound).call(args, kwnames);
    }

    /** The instance's own attributes ({@code __dict__}). */
    public Map<String, Object> dict() {
        return dict;
    }
}
