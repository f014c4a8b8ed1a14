package dev.krait.syntax.ast;

/** Python's {@code ast.cmpop}. */
public enum CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
