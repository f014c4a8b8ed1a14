package dev.krait.runtime;


/** Factories for the Python exceptions the runtime raises, with CPython's wording left to callers. */
public final class Errors {
    private Errors() {}

    /** A new exception of {@code type} with one string argument, ready to throw. */
    public static PyException of(PyType type, String message) {
        return new PyException(ExceptionInit.create(type, PyStr.of(message)));
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
        e.value().setField("name", PyStr.of(name));
        return e;
    }

    /** A NameError with the given message as is. */
    public static PyException nameError(String message, boolean verbatim) {
        return of(ExceptionTypes.NAME_ERROR, message);
    }

    /** {@code 'int' object has no attribute 'x'}, with the {@code name} and {@code obj} that suggestions use. */
    public static PyException attributeError(Object obj, String name) {
        return attributeError(obj, name, "'" + Types.nameOf(obj) + "' object has no attribute '" + name + "'");
    }

    /** An AttributeError with its own message, and the {@code name} and {@code obj} it is about. */
    public static PyException attributeError(Object obj, String name, String message) {
        PyException e = of(ExceptionTypes.ATTRIBUTE_ERROR, message);
        e.value().setField("name", PyStr.of(name));
        e.value().setField("obj", obj);
        return e;
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
