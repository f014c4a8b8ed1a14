package dev.krait.code;

import java.io.PrintStream;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.HasAttributes;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/** {@code sys.stdout} and {@code sys.stderr}: text streams with {@code write} and {@code flush}. */
final class TextStream extends PyObject implements HasAttributes {
    private final String name;
    private final PrintStream stream;

    TextStream(String name, PrintStream stream) {
        this.name = name;
        this.stream = stream;
    }

    PrintStream stream() {
        return stream;
    }

    @Override
    public Object getAttr(String attribute) {
        return switch (attribute) {
            case "write" -> new PyBuiltinFunction("write", (a, k) -> {
                if (a.length != 1 || !(a[0] instanceof PyStr s)) {
                    throw Errors.typeError("write() argument must be str, not "
                            + (a.length == 1 ? Types.nameOf(a[0]) : "missing"));
                }
                stream.print(s.value());
                return (long) s.length();
            });
            case "flush" -> new PyBuiltinFunction("flush", (a, k) -> {
                stream.flush();
                return PyNone.NONE;
            });
            case "name" -> PyStr.of(name);
            case "encoding" -> PyStr.of("utf-8");
            default -> throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR,
                    "'_io.TextIOWrapper' object has no attribute '" + attribute + "'");
        };
    }

    @Override
    public void setAttr(String attribute, Object value) {
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'_io.TextIOWrapper' object attribute '" + attribute
                + "' is read-only");
    }

    @Override
    public PyType type() {
        return Types.OBJECT;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>";
    }
}
