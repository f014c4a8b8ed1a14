package dev.krait.runtime;

/** A function implemented in Java, such as {@code len} or {@code print}. */
public final class PyBuiltinFunction extends PyObject implements PyCallable {
    private final String name;
    private final PyCallable body;

    public PyBuiltinFunction(String name, PyCallable body) {
        this.name = name;
        this.body = body;
    }

    public String name() {
        return name;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    /** The attributes programs read of it beyond its type's: its name; it has no docstring yet. Null for others. */
    Object attribute(String attribute) {
        return switch (attribute) {
            case "__name__", "__qualname__" -> PyStr.of(name);
            case "__doc__", "__module__", "__self__" -> PyNone.NONE;
            default -> null;
        };
    }

    @Override
    public PyType type() {
        return Types.BUILTIN_FUNCTION;
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
