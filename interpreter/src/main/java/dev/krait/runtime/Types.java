package dev.krait.runtime;

import java.math.BigInteger;

/**
 * The builtin types, and the type of any value. Shared by all interpreters: builtin types
 * are immutable once this class has initialised.
 */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = PyType.builtin("object", null);
    public static final PyType TYPE = PyType.builtin("type", OBJECT);
    public static final PyType INT = PyType.builtin("int", OBJECT);
    public static final PyType BOOL = PyType.builtin("bool", INT);
    public static final PyType FLOAT = PyType.builtin("float", OBJECT);
    public static final PyType STR = PyType.builtin("str", OBJECT);
    public static final PyType LIST = PyType.builtin("list", OBJECT);
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT);
    public static final PyType DICT = PyType.builtin("dict", OBJECT);
    public static final PyType RANGE = PyType.builtin("range", OBJECT);
    public static final PyType FUNCTION = PyType.builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT);
    public static final PyType MODULE = PyType.builtin("module", OBJECT);
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT);
    public static final PyType ITERATOR = PyType.builtin("iterator", OBJECT);

    /** The Python type of any value Krait hands to a program. */
    public static PyType typeOf(Object value) {
        if (value instanceof PyObject o) {
            return o.type();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return INT;
        }
        if (value instanceof Boolean) {
            return BOOL;
        }
        if (value instanceof Double) {
            return FLOAT;
        }
        if (value instanceof PyStr) {
            return STR;
        }
        throw new IllegalStateException("not a Python value: " + (value == null ? "null" : value.getClass()));
    }

    /** The type's name, as error messages quote it ({@code 'int'}). */
    public static String nameOf(Object value) {
        return typeOf(value).name();
    }
}
