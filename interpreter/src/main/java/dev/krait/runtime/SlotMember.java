package dev.krait.runtime;

/**
 * One name of a class's {@code __slots__}: a data descriptor on the class ({@code member_descriptor})
 * that keeps the value in a fixed place of the instance ({@link PyInstance#member}) instead of
 * an attribute dict.
 */
final class SlotMember extends PyObject implements Descriptor.Data {
    private final String name;
    private final PyType owner;
    private final int index;

    SlotMember(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public Object get(Object instance, PyType type) {
        if (instance == null) {
            return this;
        }
        Object v = target(instance).member(index);
        if (v == null) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + Types.nameOf(instance) + "' object has no attribute '"
                    + name + "'");
        }
        return v;
    }

    @Override
    public void set(Object instance, Object value) {
        target(instance).setMember(index, value);
    }

    @Override
    public void delete(Object instance) {
        PyInstance i = target(instance);
        if (i.member(index) == null) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + Types.nameOf(instance) + "' object has no attribute '"
                    + name + "'");
        }
        i.setMember(index, null);
    }

    private PyInstance target(Object instance) {
        if (!(instance instanceof PyInstance i) || !i.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + Types.nameOf(instance) + "' object");
        }
        return i;
    }

    @Override
    public PyType type() {
        return Types.MEMBER_DESCRIPTOR;
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
