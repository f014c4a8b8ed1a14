package dev.krait.runtime;

/** A function bound to an instance ({@code obj.method}): calling it passes the instance first. */
public final class PyMethod extends PyObject implements PyCallable {
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
    public PyType type() {
        return Types.METHOD;
    }

    @Override
    public String toString() {
        return "<bound method of " + Types.nameOf(self) + " object>";
    }
}
