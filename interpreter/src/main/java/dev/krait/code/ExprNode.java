package dev.krait.code;

/** An executable expression: evaluates to a Python value. */
abstract class ExprNode {
    abstract Object eval(Frame frame);
}
