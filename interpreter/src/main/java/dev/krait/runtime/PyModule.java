package dev.krait.runtime;

/**
 * A module: a name and its namespace, the dict its code runs in as globals. Attribute access
 * reads and writes that dict, so {@code mod.x = 1}, {@code vars(mod)} and the module's own
 * code all see one set of names.
 */
public final class PyModule extends PyObject {
    private final String name;
    private final PyDict namespace;

    public PyModule(String name, PyDict namespace) {
        this.name = name;
        this.namespace = namespace;
    }

    public String name() {
        return name;
    }

    /** The module's globals, live (a dict made by {@link PyDict#namespace()}). */
    public PyDict namespace() {
        return namespace;
    }

    public Object getAttr(String attribute) {
        Object v = namespace.get(attribute);
        if (v != null) {
            return v;
        }
        if (attribute.equals("__dict__")) {
            return namespace;
        }
        if (attribute.equals("__class__")) {
            return Types.MODULE;
        }
        // PEP 562: a module-level __getattr__ answers the names the module does not have.
        if (namespace.get("__getattr__") instanceof PyCallable hook) {
            return hook.call(new Object[] {PyStr.of(attribute)}, PyCallable.NO_KEYWORDS);
        }
        Object moduleName = namespace.get("__name__");
        String shown = moduleName instanceof PyStr s ? s.value() : name;
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "module '" + shown + "' has no attribute '" + attribute + "'");
    }

    public void setAttr(String attribute, Object value) {
        if (attribute.equals("__dict__") || attribute.equals("__class__")) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
        }
        namespace.put(attribute, value);
    }

    public void delAttr(String attribute) {
        if (namespace.remove(attribute) == null) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'module' object has no attribute '" + attribute + "'");
        }
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
