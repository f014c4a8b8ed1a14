package dev.krait.code;

import dev.krait.runtime.Ops;

/**
 * Operator nodes whose right operand is an int literal — {@code n - 1}, {@code i + 1},
 * {@code n < 2}, {@code x == 0} — the shapes that loops and recursion are made of. Knowing
 * the constant saves evaluating a node for it and lets the small-int case be one primitive
 * operation; anything else takes the same general path as the plain nodes.
 */
final class ConstantOperandNodes {
    private ConstantOperandNodes() {}

    /** The specialised node for {@code left op right}, or null when there is none. */
    static ExprNode binary(String op, ExprNode left, ExprNode right) {
        if (!(right instanceof Exprs.Const c) || !(c.value instanceof Long k)) {
            return null;
        }
        return switch (op) {
            case "+" -> new AddInt(left, k);
            case "-" -> new SubInt(left, k);
            default -> null;
        };
    }

    /** The specialised node for a single comparison {@code left op right}, or null. */
    static ExprNode compare(String op, ExprNode left, ExprNode right) {
        if (!(right instanceof Exprs.Const c) || !(c.value instanceof Long k)) {
            return null;
        }
        int code = java.util.List.of("<", "<=", ">", ">=", "==", "!=").indexOf(op);
        return code < 0 ? null : new CompareInt(left, op, code, k);
    }

    /** The left operand and the int literal on the right, also boxed for the general path. */
    abstract static class IntOperand extends ExprNode {
        final ExprNode left;
        final long k;
        final Long boxed;

        IntOperand(ExprNode left, long k) {
            this.left = left;
            this.k = k;
            this.boxed = k;
        }
    }

    /** {@code left + k}. */
    static final class AddInt extends IntOperand {
        AddInt(ExprNode left, long k) {
            super(left, k);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            if (a instanceof Long x) {
                long r = x + k;
                if (((x ^ r) & (k ^ r)) >= 0) {
                    return r;
                }
            }
            Object r = NumericFastPaths.add(a, boxed);
            return r != null ? r : Ops.binary("+", a, boxed);
        }
    }

    /** {@code left - k}. */
    static final class SubInt extends IntOperand {
        SubInt(ExprNode left, long k) {
            super(left, k);
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            if (a instanceof Long x) {
                long r = x - k;
                if (((x ^ k) & (x ^ r)) >= 0) {
                    return r;
                }
            }
            Object r = NumericFastPaths.sub(a, boxed);
            return r != null ? r : Ops.binary("-", a, boxed);
        }
    }

    /** {@code left op k} for {@code < <= > >= == !=}. */
    static final class CompareInt extends ExprNode {
        final ExprNode left;
        final String op;
        /** 0 {@code <}, 1 {@code <=}, 2 {@code >}, 3 {@code >=}, 4 {@code ==}, 5 {@code !=}. */
        final int code;
        final long k;
        final Long boxed;

        CompareInt(ExprNode left, String op, int code, long k) {
            this.left = left;
            this.op = op;
            this.code = code;
            this.k = k;
            this.boxed = k;
        }

        @Override
        Object eval(Frame frame) {
            Object a = left.eval(frame);
            if (a instanceof Long x) {
                return holds(x);
            }
            Boolean fast = NumericFastPaths.compare(code, a, boxed);
            return fast != null ? fast : Ops.richCompare(op, a, boxed);
        }

        @Override
        boolean test(Frame frame) {
            Object a = left.eval(frame);
            if (a instanceof Long x) {
                return holds(x);
            }
            Boolean fast = NumericFastPaths.compare(code, a, boxed);
            return fast != null ? fast : Ops.isTrue(Ops.richCompare(op, a, boxed));
        }

        private boolean holds(long x) {
            return switch (code) {
                case 0 -> x < k;
                case 1 -> x <= k;
                case 2 -> x > k;
                case 3 -> x >= k;
                case 4 -> x == k;
                default -> x != k;
            };
        }
    }
}
