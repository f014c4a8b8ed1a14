package dev.krait.syntax.ast;

/** Python's {@code ast.boolop}. */
public enum BoolOperator { And, Or }
