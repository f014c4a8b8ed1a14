package dev.krait.code;

import java.util.Iterator;
import java.util.NoSuchElementException;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.HasAttributes;
import dev.krait.runtime.IterableObject;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * {@code sys.stdin}: the interpreter's input as a text stream — {@code readline()}, {@code read()}, {@code readlines()} and iteration line by line, all
 * reading the same input that {@code input()} reads, on demand (nothing is read ahead of what
 * the program asks for, so an interactive program sees each line as it is typed).
 */
final class StdinStream extends PyObject implements HasAttributes, IterableObject {
    private final InterpreterState state;

    StdinStream(InterpreterState state) {
        this.state = state;
    }

    @Override
    public Object getAttr(String attribute) {
        return switch (attribute) {
            case "readline" -> new PyBuiltinFunction("readline", (a, k) -> {
                noKeywords("readline", k);
                long limit = a.length == 0 || a[0] == PyNone.NONE ? -1 : size("readline", a[0]);
                return PyStr.of(state.readLine(limit));
            });
            case "read" -> new PyBuiltinFunction("read", (a, k) -> {
                noKeywords("read", k);
                long limit = a.length == 0 || a[0] == PyNone.NONE ? -1 : size("read", a[0]);
                return PyStr.of(state.read(limit));
            });
            case "readlines" -> new PyBuiltinFunction("readlines", (a, k) -> {
                noKeywords("readlines", k);
                PyList lines = new PyList();
                iterator().forEachRemaining(lines::append);
                return lines;
            });
            case "readable" -> new PyBuiltinFunction("readable", (a, k) -> true);
            case "writable" -> new PyBuiltinFunction("writable", (a, k) -> false);
            case "isatty" -> new PyBuiltinFunction("isatty", (a, k) -> false);
            case "fileno" -> new PyBuiltinFunction("fileno", (a, k) -> 0L);
            case "name" -> PyStr.of("<stdin>");
            case "mode" -> PyStr.of("r");
            case "encoding" -> PyStr.of("utf-8");
            case "closed" -> false;
            default -> throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR,
                    "'_io.TextIOWrapper' object has no attribute '" + attribute + "'");
        };
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    private static long size(String name, Object n) {
        if (!Arithmetic.isInt(n) || !(dev.krait.runtime.Ops.positive(n) instanceof Long l)) {
            throw Errors.typeError("argument should be integer or None, not '" + Types.nameOf(n) + "'");
        }
        return l;
    }

    @Override
    public void setAttr(String attribute, Object value) {
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'_io.TextIOWrapper' object attribute '" + attribute
                + "' is read-only");
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            String next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = state.readLine(-1);
                }
                return !next.isEmpty();
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String line = next;
                next = null;
                return PyStr.of(line);
            }
        };
    }

    @Override
    public PyType type() {
        return Types.TEXT_IO;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
    }
}
