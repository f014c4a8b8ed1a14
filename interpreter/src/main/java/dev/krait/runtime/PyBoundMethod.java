package dev.krait.runtime;

/** A method bound to its receiver: {@code 'a'.upper}, or later a user class's method on an instance. */
public final class PyBoundMethod extends PyObject implements PyCallable, HasAttributes {
    private final Object self;
    private final PyMethodDescriptor method;

    public PyBoundMethod(Object self, PyMethodDescriptor method) {
        this.self = self;
        this.method = method;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return method.invoke(self, args, kwnames);
    }

    /** How CPython names it in call errors: {@code list.append}. */
    public String qualname() {
        return method.owner().name() + "." + method.name();
    }

    @Override
    public Object getAttr(String name) {
        return switch (name) {
            case "__self__" -> self;
            case "__name__" -> PyStr.of(method.name());
            case "__qualname__" -> PyStr.of(qualname());
            case "__module__" -> PyNone.NONE;
            case "__class__" -> Types.BUILTIN_FUNCTION;
            default -> throw Errors.attributeError(this, name);
        };
    }

    @Override
    public void setAttr(String name, Object value) {
        getAttr(name);
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
    }

    /** {@code l.append == l.append}: the same receiver (by identity) and method. */
    boolean sameBinding(PyBoundMethod other) {
        return self == other.self && method == other.method;
    }

    long hash() {
        return System.identityHashCode(self) ^ System.identityHashCode(method);
    }

    @Override
    public PyType type() {
        return Types.BUILTIN_FUNCTION;
    }

    @Override
    public String toString() {
        return "<built-in method " + method.name() + " of " + Types.nameOf(self) + " object at 0x"
                + String.format("%012x", System.identityHashCode(self)) + ">";
    }
}
