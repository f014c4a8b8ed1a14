package dev.krait.runtime;

/**
 * A data attribute that builtin exception types define on their instances: CPython's
 * member descriptors ({@code SystemExit.code}, {@code OSError.errno}, ...) and getset
 * descriptors ({@code args}, {@code __traceback__}, {@code __cause__}, ...). It wins over
 * the instance dictionary, as data descriptors do.
 */
final class ExceptionField extends PyObject implements Descriptor.Data {
    /** Reads the attribute of an exception. */
    @FunctionalInterface
    interface Getter {
        Object get(PyBaseException e);
    }

    /** Writes the attribute; {@code value} is null for {@code del}. */
    @FunctionalInterface
    interface Setter {
        void set(PyBaseException e, Object value);
    }

    private final PyType owner;
    private final String name;
    private final boolean member;
    private final Getter getter;
    private final Setter setter;

    private ExceptionField(PyType owner, String name, boolean member, Getter getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.member = member;
        this.getter = getter;
        this.setter = setter;
    }

    /** A plain member: any value can be stored, {@code del} resets it to None. */
    static ExceptionField member(PyType owner, String name) {
        return new ExceptionField(owner, name, true, e -> {
            Object v = e.field(name);
            return v == null ? PyNone.NONE : v;
        }, (e, v) -> e.setField(name, v));
    }

    /** A computed attribute with its own checks. */
    static ExceptionField getset(PyType owner, String name, Getter getter, Setter setter) {
        return new ExceptionField(owner, name, false, getter, setter);
    }

    private PyBaseException check(Object instance) {
        if (instance instanceof PyBaseException e && e.type().isSubtypeOf(owner)) {
            return e;
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                + Types.nameOf(instance) + "' object");
    }

    @Override
    public Object get(Object instance, PyType ownerType) {
        return instance == null ? this : getter.get(check(instance));
    }

    @Override
    public void set(Object instance, Object value) {
        PyBaseException e = check(instance);
        if (setter == null) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "attribute '" + name + "' of '" + owner.name()
                    + "' objects is not writable");
        }
        setter.set(e, value);
    }

    @Override
    public void delete(Object instance) {
        set(instance, null);
    }

    @Override
    public PyType type() {
        return member ? Types.MEMBER_DESCRIPTOR : Types.GETSET_DESCRIPTOR;
    }

    @Override
    public String toString() {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name() + "' objects>";
    }
}
