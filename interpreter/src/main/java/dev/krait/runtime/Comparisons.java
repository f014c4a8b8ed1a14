package dev.krait.runtime;

import java.util.List;

/**
 * Comparisons: {@code ==} and the orderings for builtin values (numbers exactly, strings,
 * sequences element by element, sets as subsets) and, through {@link SpecialDispatch}, for
 * program objects; {@link Ops} is the public entry.
 */
final class Comparisons {
    private Comparisons() {}

    static boolean eq(Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = SpecialDispatch.compare("==", a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return Ops.isTrue(r);
            }
            Object x = BuiltinSubclasses.valueOf(a);
            Object y = BuiltinSubclasses.valueOf(b);
            if (x instanceof PyInstance || y instanceof PyInstance) {
                return a == b;
            }
            return eq(x, y);
        }
        if (a == b && !(a instanceof PyComplex)) {
            return !(a instanceof Double d && d.isNaN());
        }
        if (Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            Integer c = Arithmetic.compare(a, b);
            return c != null && c == 0;
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return ComplexArithmetic.equal(a, b);
        }
        if (a instanceof PyStr) {
            return a.equals(b);
        }
        if (a instanceof PyTuple x) {
            return b instanceof PyTuple y && listEq(List.of(x.toArray()), List.of(y.toArray()));
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return listEq(x.items(), y.items());
        }
        Boolean c = Containers.eq(a, b);
        if (c != null) {
            return c;
        }
        return false;
    }
    private static boolean listEq(List<Object> x, List<Object> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i) != y.get(i) && !eq(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }
    /**
     * A comparison's value: {@code == != < <= > >=} give what a program's special method
     * returned (any object) or a bool.
     */
    static Object richCompare(String op, Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = SpecialDispatch.compare(op, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
            Object x = BuiltinSubclasses.valueOf(a);
            Object y = BuiltinSubclasses.valueOf(b);
            if (!(x instanceof PyInstance) && !(y instanceof PyInstance)) {
                return richCompare(op, x, y);
            }
            return switch (op) {
                case "==" -> a == b;
                case "!=" -> a != b;
                default -> throw Errors.typeError("'" + op + "' not supported between instances of '"
                        + Types.nameOf(a) + "' and '" + Types.nameOf(b) + "'");
            };
        }
        return switch (op) {
            case "==" -> eq(a, b);
            case "!=" -> !eq(a, b);
            default -> order(op, a, b);
        };
    }
    /** Ordering comparison {@code <}, {@code <=}, {@code >}, {@code >=}. */
    static boolean order(String op, Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = SpecialDispatch.compare(op, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return Ops.isTrue(r);
            }
            Object x = BuiltinSubclasses.valueOf(a);
            Object y = BuiltinSubclasses.valueOf(b);
            if (x instanceof PyInstance || y instanceof PyInstance) {
                throw Errors.typeError("'" + op + "' not supported between instances of '" + Types.nameOf(a)
                        + "' and '" + Types.nameOf(b) + "'");
            }
            return order(op, x, y);
        }
        Boolean subset = SetMethods.order(op, a, b);
        if (subset != null) {
            return subset;
        }
        Integer c = compareOrNull(a, b);
        if (c == null) {
            if (Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
                return false; // NaN
            }
            throw Errors.typeError("'" + op + "' not supported between instances of '" + Types.nameOf(a) + "' and '"
                    + Types.nameOf(b) + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
    private static Integer compareOrNull(Object a, Object b) {
        if (Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            return Arithmetic.compare(a, b);
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.compareTo(y);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return compareSequences(x.items(), y.items());
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return compareSequences(List.of(x.toArray()), List.of(y.toArray()));
        }
        if (BytesMethods.isBytesLike(a)) {
            return BytesModel.compare(a, b);
        }
        return null;
    }
    private static Integer compareSequences(List<Object> x, List<Object> y) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            if (x.get(i) != y.get(i) && !eq(x.get(i), y.get(i))) {
                return order("<", x.get(i), y.get(i)) ? -1 : 1;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
