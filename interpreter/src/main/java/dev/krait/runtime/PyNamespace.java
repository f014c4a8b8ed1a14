package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code types.SimpleNamespace}: an object whose attributes are just a dictionary, shown as
 * {@code namespace(name='krait', ...)}; {@code sys.implementation} is one.
 */
public final class PyNamespace extends PyObject implements HasAttributes {
    static final PyType TYPE = PyType.builtin("SimpleNamespace", Types.OBJECT);

    static {
        TYPE.define("__module__", PyStr.of("types"));
    }

    private final Map<String, Object> attributes = new LinkedHashMap<>();

    /** A namespace with the given attributes, in order. */
    public PyNamespace(Map<String, Object> attributes) {
        this.attributes.putAll(attributes);
    }

    @Override
    public Object getAttr(String name) {
        Object v = attributes.get(name);
        if (v != null) {
            return v;
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            attributes.forEach((k, value) -> d.put(PyStr.of(k), value));
            return d;
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type().qualifiedName() + "' object has no attribute '"
                + name + "'");
    }

    @Override
    public void setAttr(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("namespace(");
        boolean first = true;
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(e.getKey()).append('=').append(Ops.repr(e.getValue()));
        }
        return out.append(')').toString();
    }
}
