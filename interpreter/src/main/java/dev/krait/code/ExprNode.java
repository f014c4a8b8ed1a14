package dev.krait.code;

import dev.krait.runtime.Ops;

/** An executable expression: evaluates to a Python value. */
abstract class ExprNode {
    abstract Object eval(Frame frame);

    /**
     * The expression's truth value, for {@code if}, {@code while} and friends. Comparisons
     * and {@code not} override it to answer without boxing a bool first.
     */
    boolean test(Frame frame) {
        return Ops.isTrue(eval(frame));
    }
}
