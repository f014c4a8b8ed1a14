package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined by a program: its class and its attribute dictionary. */
public final class PyInstance extends PyObject {
    private final PyType type;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The instance's own attributes ({@code __dict__}). */
    public Map<String, Object> dict() {
        return dict;
    }
}
