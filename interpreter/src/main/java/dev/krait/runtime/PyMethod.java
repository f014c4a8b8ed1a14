package dev.krait.runtime;

/** A function bound to an instance ({@code obj.method}): calling it passes the instance first. */
public final class PyMethod extends PyObject implements PyCallable, HasAttributes {
    private final Object self;
    private final PyCallable function;

    public PyMethod(Object self, PyCallable function) {
        this.self = self;
        this.function = function;
    }

    public Object self() {
        return self;
    }

    public PyCallable function() {
        return function;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return function.call(all, kwnames);
    }

    @Override
    public Object getAttr(String name) {
        return switch (name) {
            case "__self__" -> self;
            case "__func__" -> function;
            default -> Ops.getAttr(function, name); // __name__, __doc__, ... come from the function
        };
    }

    @Override
    public void setAttr(String name, Object value) {
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'method' object has no attribute '" + name + "'");
    }

    @Override
    public PyType type() {
        return Types.METHOD;
    }

    @Override
    public String toString() {
        return "<bound method of " + Types.nameOf(self) + " object>";
    }
}
