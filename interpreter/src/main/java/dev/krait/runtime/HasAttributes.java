package dev.krait.runtime;

/** An object that answers attribute access itself (functions, for instance), outside the class machinery. */
public interface HasAttributes {
    Object getAttr(String name);

    void setAttr(String name, Object value);

    /** {@code del obj.name}; by default the object has no attributes a program may delete. */
    default void delAttr(String name) {
        getAttr(name); // AttributeError when there is no such attribute at all
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
    }
}
