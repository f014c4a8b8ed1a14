package dev.krait.runtime;

/**
 * A method of a builtin type, as found in the type's dictionary ({@code str.upper}); looked
 * up on an instance it becomes a {@link PyBoundMethod}.
 */
public final class PyMethodDescriptor extends PyObject implements PyCallable {
    /** The Java side of a builtin method: the receiver and the bound arguments. */
    @FunctionalInterface
    public interface Body {
        Object call(Object self, Object[] args);
    }

    private final PyType owner;
    private final Signature signature;
    private final Body body;

    public PyMethodDescriptor(PyType owner, Signature signature, Body body) {
        this.owner = owner;
        this.signature = signature.ownedBy(owner.name());
        this.body = body;
    }

    public String name() {
        return signature.name();
    }

    /** The type whose dictionary holds this method. */
    public PyType owner() {
        return owner;
    }

    /** Calls the method on {@code self} with call arguments still to be bound. */
    public Object invoke(Object self, Object[] args, String[] kwnames) {
        if (owner != Types.OBJECT && self instanceof PyInstance i && i.builtinValue() != null) {
            self = i.builtinValue(); // a builtin type's method works on the value a subclass instance carries
        }
        return body.call(self, signature.bind(args, kwnames));
    }

    /** Called through the type ({@code str.upper('a')}): the first argument is the receiver. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (args.length - kwnames.length < 1) {
            throw Errors.typeError("unbound method " + owner.name() + "." + name() + "() needs an argument");
        }
        Object self = args[0];
        if (!Types.typeOf(self).isSubtypeOf(owner)) {
            if (name().startsWith("__") && name().endsWith("__")) {
                throw Errors.typeError("descriptor '" + name() + "' requires a '" + owner.name() + "' object but received a '"
                        + Types.nameOf(self) + "'");
            }
            throw Errors.typeError("descriptor '" + name() + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + Types.nameOf(self) + "' object");
        }
        return invoke(self, java.util.Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    @Override
    public PyType type() {
        return Types.METHOD_DESCRIPTOR;
    }

    @Override
    public String toString() {
        return "<method '" + name() + "' of '" + owner.name() + "' objects>";
    }
}
