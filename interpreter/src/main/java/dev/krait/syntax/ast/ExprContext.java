package dev.krait.syntax.ast;

/** Python's {@code ast.expr_context}: whether a name, attribute, subscript, etc. is read, bound or deleted. */
public enum ExprContext { Load, Store, Del }
