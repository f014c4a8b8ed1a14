package dev.krait.runtime;

/** A method bound to its receiver: {@code 'a'.upper}, or later a user class's method on an instance. */
public final class PyBoundMethod extends PyObject implements PyCallable {
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

    @Override
    public PyType type() {
        return Types.BUILTIN_FUNCTION;
    }

    @Override
    public String toString() {
        return "<built-in method " + method.name() + " of " + Types.nameOf(self) + " object>";
    }
}
