package dev.krait.runtime;

/**
 * A function bound to an instance ({@code obj.method}): calling it passes the instance first.
 * Other attributes than its own ({@code __self__}, {@code __func__}) come from the function,
 * so a decorator's {@code __wrapped__} or {@code __doc__} show through.
 */
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
            case "__class__" -> Types.METHOD;
            case "__get__" -> new PyBuiltinFunction("__get__", (a, k) -> this);
            case "__call__" -> new PyBuiltinFunction("__call__", this::call);
            default -> Ops.getAttr(function, name); // __name__, __doc__, ... come from the function
        };
    }

    @Override
    public void setAttr(String name, Object value) {
        throw readOnly(name);
    }

    @Override
    public void delAttr(String name) {
        throw readOnly(name);
    }

    private static PyException readOnly(String name) {
        return Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, switch (name) {
            case "__doc__" -> "attribute '__doc__' of 'method' objects is not writable";
            case "__self__", "__func__" -> "readonly attribute";
            default -> "'method' object has no attribute '" + name + "'";
        });
    }

    /** {@code m1 == m2}: the same receiver (by identity) and equal functions. */
    boolean sameBinding(PyMethod other) {
        return self == other.self && Ops.eq(function, other.function);
    }

    long hash() {
        return System.identityHashCode(self) ^ Hashing.hash(function);
    }

    @Override
    public PyType type() {
        return Types.METHOD;
    }

    /** {@code <bound method C.f of <__main__.C object at 0x...>>}. */
    @Override
    public String toString() {
        String name;
        try {
            name = Ops.str(Ops.getAttr(function, "__qualname__"));
        } catch (PyException e) {
            name = "?";
        }
        return "<bound method " + name + " of " + Ops.repr(self) + ">";
    }
}
