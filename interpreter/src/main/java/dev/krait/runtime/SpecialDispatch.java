package dev.krait.runtime;

/**
 * Operators on program objects, as CPython orders the special-method calls:
 * <ul>
 *   <li>{@code a + b}: {@code a.__add__(b)}, then {@code b.__radd__(a)} — but the reflected
 *       method first when {@code b}'s class is a proper subclass of {@code a}'s that
 *       overrides it, so a subclass can take over an operation with its base.</li>
 *   <li>{@code a += b}: {@code a.__iadd__(b)}, and the binary operator if that is missing or
 *       returns NotImplemented.</li>
 *   <li>Rich comparisons likewise, with {@code <}/{@code >} and {@code <=}/{@code >=} each
 *       other's reflection and {@code ==}/{@code !=} their own; {@code !=} falls back to
 *       negating {@code __eq__}, and {@code ==}/{@code !=} to identity.</li>
 * </ul>
 * Methods inherited from builtin types count as absent here: builtin operands are handled by
 * the arithmetic in {@link Ops} once the program's methods have declined.
 */
final class SpecialDispatch {
    private SpecialDispatch() {}

    /** {@code a op b} through the operands' special methods; NotImplemented if none applies. */
    static Object binary(String name, Object a, Object b) {
        PyType ta = Types.typeOf(a);
        PyType tb = Types.typeOf(b);
        Object forward = a instanceof PyInstance ? method(ta, "__" + name + "__") : null;
        Object reflected = b instanceof PyInstance && tb != ta ? method(tb, "__r" + name + "__") : null;
        return dispatch(forward, a, reflected, b, ta, tb, "__r" + name + "__", true);
    }

    /** {@code a op= b}: {@code __iop__} first, then the binary operator's dispatch. */
    static Object inPlace(String name, Object a, Object b) {
        Object r = inPlaceMethod(name, a, b);
        return r != PyNone.NOT_IMPLEMENTED ? r : binary(name, a, b);
    }

    /** Just {@code a.__iop__(b)}, when the program defines it; NotImplemented otherwise. */
    static Object inPlaceMethod(String name, Object a, Object b) {
        if (a instanceof PyInstance) {
            Object in = method(Types.typeOf(a), "__i" + name + "__");
            if (in != null) {
                return call(in, a, b);
            }
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    /**
     * A rich comparison where a program object takes part: the method's result (any object),
     * or NotImplemented when both sides decline. {@code op} is one of {@code < <= > >= == !=}.
     */
    static Object compare(String op, Object a, Object b) {
        String name = methodName(op);
        String swapped = methodName(reflection(op));
        PyType ta = Types.typeOf(a);
        PyType tb = Types.typeOf(b);
        Object forward = a instanceof PyInstance ? method(ta, name) : null;
        Object reflected = b instanceof PyInstance ? method(tb, swapped) : null;
        Object r = dispatch(forward, a, reflected, b, ta, tb, swapped, false);
        if (r == PyNone.NOT_IMPLEMENTED && op.equals("!=")) {
            // object.__ne__: the inverse of __eq__, unless that declines too.
            Object eq = compare("==", a, b);
            return eq == PyNone.NOT_IMPLEMENTED ? eq : !Ops.isTrue(eq);
        }
        return r;
    }

    /**
     * Tries the forward and reflected methods in CPython's order. The reflected one goes first
     * when {@code b}'s class is a proper subclass of {@code a}'s — for arithmetic only if it
     * overrides the method ({@code mustOverride}), for comparisons always.
     */
    private static Object dispatch(Object forward, Object a, Object reflected, Object b, PyType ta, PyType tb,
                                   String reflectedName, boolean mustOverride) {
        if (reflected != null && tb != ta && tb.isSubtypeOf(ta)
                && (!mustOverride || reflected != method(ta, reflectedName))) {
            Object r = call(reflected, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
            reflected = null;
        }
        if (forward != null) {
            Object r = call(forward, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (reflected != null) {
            return call(reflected, b, a);
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    /** The program-defined special method {@code name} of {@code type}, or null. */
    private static Object method(PyType type, String name) {
        if (type.isBuiltin()) {
            return null;
        }
        Object f = type.lookup(name);
        return f == null || f instanceof PyMethodDescriptor ? null : f;
    }

    private static Object call(Object method, Object self, Object other) {
        PyType type = Types.typeOf(self);
        Object bound = method instanceof Descriptor d ? d.get(self, type) : method;
        if (bound == PyNone.NONE) {
            return PyNone.NOT_IMPLEMENTED; // __eq__ = None and the like: the operation is not supported
        }
        if (!(bound instanceof PyCallable c)) {
            throw Errors.typeError("'" + Types.nameOf(bound) + "' object is not callable");
        }
        return c.call(new Object[] {other}, PyCallable.NO_KEYWORDS);
    }

    private static String methodName(String op) {
        return switch (op) {
            case "<" -> "__lt__";
            case "<=" -> "__le__";
            case ">" -> "__gt__";
            case ">=" -> "__ge__";
            case "==" -> "__eq__";
            default -> "__ne__";
        };
    }

    private static String reflection(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }
}
