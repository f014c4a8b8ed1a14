package dev.krait.code;

import dev.krait.runtime.Ops;

/**
 * The operator nodes: arithmetic (with {@link NumericFastPaths} ahead of the full dispatch
 * in {@link Ops}), unary operators, {@code and}/{@code or}, and comparison chains. The
 * factories {@link #binary} and {@link #compare} pick the specialised node for a shape
 * ({@link ConstantOperandNodes} when the right operand is an int literal).
 */
final class OperatorNodes {
    private OperatorNodes() {}

    /** A binary operator node: the specialised one for arithmetic with a fast path, else the general one. */
    static ExprNode binary(String op, ExprNode left, ExprNode right) {
        ExprNode constant = ConstantOperandNodes.binary(op, left, right);
        if (constant != null) {
            return constant;
        }
        return switch (op) {
            case "+" -> new Add(left, right);
            case "-" -> new Sub(left, right);
            case "*" -> new Mul(left, right);
            case "/" -> new TrueDiv(left, right);
            case "//" -> new FloorDiv(left, right);
            case "%" -> new Mod(left, right);
            default -> new Binary(op, left, right);
        };
    }

    /**
     * The two operands of an arithmetic node. Each operator is its own class with its own
     * {@code eval} (rather than one class switching on the operator) so that the JIT sees one
     * operation per call site.
     */
    abstract static class Operands extends ExprNode {
        final ExprNode left;
        final ExprNode right;

        Operands(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }
    }

    /** A binary operator without a fast path: the full dispatch of {@link Ops#binary}. */
    static final class Binary extends ExprNode {
        final String op;
        final ExprNode left;
        final ExprNode right;

        Binary(String op, ExprNode left, ExprNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            return Ops.binary(op, a, right.eval(frame));
        }
    }

    /** {@code a + b}, with {@link NumericFastPaths#add} ahead of the full dispatch. */
    static final class Add extends Operands {
        Add(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            Object b = right.eval(frame);
            Object r = NumericFastPaths.add(a, b);
            return r != null ? r : Ops.binary("+", a, b);
        }
    }

    /** {@code a - b}, with {@link NumericFastPaths#sub} ahead of the full dispatch. */
    static final class Sub extends Operands {
        Sub(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            Object b = right.eval(frame);
            Object r = NumericFastPaths.sub(a, b);
            return r != null ? r : Ops.binary("-", a, b);
        }
    }

    /** {@code a * b}, with {@link NumericFastPaths#mul} ahead of the full dispatch. */
    static final class Mul extends Operands {
        Mul(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            Object b = right.eval(frame);
            Object r = NumericFastPaths.mul(a, b);
            return r != null ? r : Ops.binary("*", a, b);
        }
    }

    /** {@code a / b}, with {@link NumericFastPaths#trueDiv} ahead of the full dispatch. */
    static final class TrueDiv extends Operands {
        TrueDiv(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            Object b = right.eval(frame);
            Object r = NumericFastPaths.trueDiv(a, b);
            return r != null ? r : Ops.binary("/", a, b);
        }
    }

    /** {@code a // b}, with {@link NumericFastPaths#floorDiv} ahead of the full dispatch. */
    static final class FloorDiv extends Operands {
        FloorDiv(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            Object b = right.eval(frame);
            Object r = NumericFastPaths.floorDiv(a, b);
            return r != null ? r : Ops.binary("//", a, b);
        }
    }

    /** {@code a % b}, with {@link NumericFastPaths#mod} ahead of the full dispatch. */
    static final class Mod extends Operands {
        Mod(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            Object b = right.eval(frame);
            Object r = NumericFastPaths.mod(a, b);
            return r != null ? r : Ops.binary("%", a, b);
        }
    }

    static final class Unary extends ExprNode {
        final String op;
        final ExprNode operand;

        final boolean isNot;

        Unary(String op, ExprNode operand) {
            this.op = op;
            this.operand = operand;
            this.isNot = op.equals("not");
        }

        @Override
        Object eval(Frame frame) {
            if (isNot) {
                return !operand.test(frame);
            }
            Object v = operand.eval(frame);
            return switch (op) {
                case "-" -> Ops.negate(v);
                case "+" -> Ops.positive(v);
                default -> Ops.invert(v);
            };
        }

        @Override
        boolean test(Frame frame) {
            return isNot ? !operand.test(frame) : Ops.isTrue(eval(frame));
        }
    }

    /** {@code and}/{@code or}: the first deciding operand's value, not a bool. */
    static final class BoolOp extends ExprNode {
        final boolean isAnd;
        final ExprNode[] values;

        BoolOp(boolean isAnd, ExprNode[] values) {
            this.isAnd = isAnd;
            this.values = values;
        }

        @Override
        Object eval(Frame frame) {
            Object v = null;
            for (ExprNode node : values) {
                v = node.eval(frame);
                if (Ops.isTrue(v) != isAnd) {
                    return v;
                }
            }
            return v;
        }
    }

    /** A comparison node: specialised for one comparison with an int literal, else a chain. */
    static ExprNode compare(ExprNode left, String[] ops, ExprNode[] rights) {
        ExprNode constant = ops.length == 1 ? ConstantOperandNodes.compare(ops[0], left, rights[0]) : null;
        return constant != null ? constant : new Compare(left, ops, rights);
    }

    /** A comparison chain {@code a < b <= c}: each operand evaluated at most once. */
    static final class Compare extends ExprNode {
        final ExprNode left;
        final String[] ops;
        final ExprNode[] rights;

        /** Per operator: 0 < 1 <= 2 > 3 >= 4 == 5 != , -1 for the others (no int fast path). */
        final int[] codes;

        Compare(ExprNode left, String[] ops, ExprNode[] rights) {
            this.left = left;
            this.ops = ops;
            this.rights = rights;
            this.codes = new int[ops.length];
            for (int i = 0; i < ops.length; i++) {
                codes[i] = java.util.List.of("<", "<=", ">", ">=", "==", "!=").indexOf(ops[i]);
            }
        }

        /** The chain's value: the first false comparison result, or the last one (usually a bool). */
        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            Object result = Boolean.TRUE;
            for (int i = 0; i < ops.length; i++) {
                Object b = rights[i].eval(frame);
                Boolean fast = codes[i] >= 0 ? NumericFastPaths.compare(codes[i], a, b) : null;
                result = fast != null ? fast : compare(ops[i], a, b);
                if (i < ops.length - 1 && !(result instanceof Boolean r ? r : Ops.isTrue(result))) {
                    return result;
                }
                a = b;
            }
            return result;
        }

        private static Object compare(String op, Object a, Object b) {
            return switch (op) {
                case "is" -> identical(a, b);
                case "is not" -> !identical(a, b);
                case "in" -> Ops.contains(b, a);
                case "not in" -> !Ops.contains(b, a);
                default -> Ops.richCompare(op, a, b);
            };
        }

        /** {@code is}: small ints and bools behave as CPython's cached objects. */
        private static boolean identical(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x.longValue() == y.longValue() && x >= -5 && x <= 256;
            }
            return a == b || a instanceof Boolean && a.equals(b);
        }
    }
}
