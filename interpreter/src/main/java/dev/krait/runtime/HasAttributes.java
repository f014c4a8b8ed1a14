package dev.krait.runtime;

/** An object that answers attribute access itself (functions, for instance), outside the class machinery. */
public interface HasAttributes {
    Object getAttr(String name);

    void setAttr(String name, Object value);
}
