package dev.krait.runtime;

import java.util.List;

/** Factories for the Python exceptions the runtime raises, with CPython's wording left to callers. */
public final class Errors {
    private Errors() {}

    /** A new exception of {@code type} with one string argument, ready to throw. */
    public static PyException of(PyType type, String message) {
        return new PyException(new PyBaseException(type, List.of(PyStr.of(message))));
    }

    public static PyException typeError(String message) {
        return of(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return of(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return of(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException indexError(String message) {
        return of(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException nameError(String name) {
        PyException e = of(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.value().dict().put("name", PyStr.of(name));
        return e;
    }

    /** A NameError with the given message as is. */
    public static PyException nameError(String message, boolean verbatim) {
        return of(ExceptionTypes.NAME_ERROR, message);
    }

    public static PyException attributeError(Object obj, String name) {
        return of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + Types.nameOf(obj) + "' object has no attribute '" + name + "'");
    }

    public static PyException overflow(String message) {
        return of(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    /** {@code unsupported operand type(s) for +: 'int' and 'str'}. */
    public static PyException unsupported(String op, Object a, Object b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + Types.nameOf(a) + "' and '"
                + Types.nameOf(b) + "'");
    }
}
