package dev.krait.runtime;

import java.util.Map;

/** A module: a name and the namespace its code filled (the module's globals). */
public final class PyModule extends PyObject {
    private final String name;
    private final Map<String, Object> namespace;

    public PyModule(String name, Map<String, Object> namespace) {
        this.name = name;
        this.namespace = namespace;
    }

    public String name() {
        return name;
    }

    /** The module's globals, live. */
    public Map<String, Object> namespace() {
        return namespace;
    }

    public Object getAttr(String attribute) {
        Object v = namespace.get(attribute);
        if (v != null) {
            return v;
        }
        if (attribute.equals("__dict__")) {
            PyDict d = new PyDict();
            namespace.forEach((k, val) -> d.put(PyStr.of(k), val));
            return d;
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "module '" + name + "' has no attribute '" + attribute + "'");
    }

    @Override
    public PyType type() {
        return Types.MODULE;
    }

    @Override
    public String toString() {
        Object file = namespace.get("__file__");
        return file == null ? "<module '" + name + "' (built-in)>" : "<module '" + name + "' from " + Ops.repr(file) + ">";
    }
}
