package dev.krait.code;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.HasAttributes;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;

/**
 * A small object of a builtin type that is just named, settable attributes: a module's
 * {@code __spec__} ({@code ModuleSpec}), a {@code __future__} feature. Its repr is computed
 * from the attributes by the function given at creation.
 */
final class RecordObject extends PyObject implements HasAttributes {
    private final PyType type;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Function<RecordObject, String> repr;

    RecordObject(PyType type, Function<RecordObject, String> repr) {
        this.type = type;
        this.repr = repr;
    }

    /** Sets an attribute while building the object; returns this. */
    RecordObject with(String name, Object value) {
        attributes.put(name, value);
        return this;
    }

    @Override
    public Object getAttr(String name) {
        Object v = attributes.get(name);
        if (v == null) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type.name() + "' object has no attribute '" + name
                    + "'");
        }
        return v;
    }

    @Override
    public void setAttr(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String toString() {
        return repr.apply(this);
    }
}
