package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.HasAttributes;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * A variable shared between a function and the functions nested in it (a closure cell); a
 * program sees it in {@code f.__closure__} and reads or changes it through {@code cell_contents}.
 */
final class Cell extends PyObject implements HasAttributes {
    /** The value, or null while the variable is unbound. */
    Object value;

    @Override
    public Object getAttr(String name) {
        if (name.equals("cell_contents")) {
            if (value == null) {
                throw Errors.valueError("Cell is empty");
            }
            return value;
        }
        if (name.equals("__class__")) {
            return Types.CELL;
        }
        throw Errors.attributeError(this, name);
    }

    @Override
    public void setAttr(String name, Object newValue) {
        if (!name.equals("cell_contents")) {
            throw Errors.attributeError(this, name);
        }
        value = newValue;
    }

    @Override
    public void delAttr(String name) {
        if (!name.equals("cell_contents")) {
            throw Errors.attributeError(this, name);
        }
        value = null; // deleting an empty cell's contents is not an error
    }

    @Override
    public PyType type() {
        return Types.CELL;
    }

    @Override
    public String toString() {
        String at = "<cell at 0x" + String.format("%012x", System.identityHashCode(this)) + ": ";
        return value == null ? at + "empty>" : at + Types.nameOf(value) + " object at 0x"
                + String.format("%012x", System.identityHashCode(value)) + ">";
    }
}
