package dev.krait.syntax.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

import dev.krait.text.FloatRepr;
import dev.krait.text.StringRepr;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(node)} does with its defaults:
 * keyword fields in {@code _fields} order, optional fields left out when absent, lists
 * always shown, no positions, no indentation. This makes CPython the oracle for Krait's parser.
 */
public final class AstDump {
    private AstDump() {}

    public static String dump(Node node) {
        StringBuilder out = new StringBuilder(256);
        node(node, out);
        return out.toString();
    }

    private static void node(Node node, StringBuilder out) {
        out.append(node.pythonName()).append('(');
        boolean first = true;
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            if (component.getType() == Span.class) {
                continue;
            }
            Object value = read(component, node);
            if (value == null) {
                continue; // an absent optional field
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(snakeCase(component.getName())).append('=');
            value(value, out);
        }
        out.append(')');
    }

    private static Object read(RecordComponent component, Node node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static void value(Object value, StringBuilder out) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Node n) {
            node(n, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Enum<?> e && !(value instanceof Literal.Singleton)) {
            out.append(e.name()).append("()");
        } else {
            constant(value, out);
        }
    }

    /** Python's {@code repr} of a constant value. */
    static void constant(Object value, StringBuilder out) {
        if (value instanceof String s) {
            out.append(StringRepr.repr(s));
        } else if (value instanceof BigInteger || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(FloatRepr.repr(d));
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof Literal.Bytes b) {
            out.append(StringRepr.repr(b.value()));
        } else if (value instanceof Literal.Imaginary i) {
            out.append(FloatRepr.complexImagRepr(i.imag()));
        } else if (value == Literal.Singleton.NONE) {
            out.append("None");
        } else if (value == Literal.Singleton.ELLIPSIS) {
            out.append("Ellipsis");
        } else {
            throw new IllegalArgumentException("not a constant: " + value);
        }
    }

    private static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
