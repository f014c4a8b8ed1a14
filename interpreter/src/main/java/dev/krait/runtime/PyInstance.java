package dev.krait.runtime;

import java.util.Map;

/** An instance of a class defined by a program: its class and its attribute dictionary. */
public final class PyInstance extends PyObject implements PyCallable {
    private final PyType type;
    /** The attributes, as the Python dict that {@code __dict__} and {@code vars()} return (live). */
    private final PyDict attributes = new PyDict();
    private final Map<String, Object> dict = new AttributeMap(attributes);

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

    /** The instance's own attributes, by name. */
    public Map<String, Object> dict() {
        return dict;
    }

    /** The attributes as a Python dict ({@code obj.__dict__}); changes show through both ways. */
    public PyDict attributeDict() {
        return attributes;
    }
}
