package dev.krait.syntax.ast;

/**
 * Expressions, one record per kind of Python's {@code ast.expr} (3.11). Nullable components
 * are Python's optional ({@code ?}) fields.
 */
public sealed interface Expr extends Node {
    record BoolOp(BoolOperator op, java.util.List<Expr> values, Span span) implements Expr {}

    record NamedExpr(Expr target, Expr value, Span span) implements Expr {}

    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {}

    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {}

    record Lambda(Arguments args, Expr body, Span span) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {}

    /** {@code keys} holds null where the entry is a {@code **mapping}. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Span span) implements Expr {}

    record Set(java.util.List<Expr> elts, Span span) implements Expr {}

    record ListComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {}

    record SetComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {}

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Span span) implements Expr {}

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {}

    record Await(Expr value, Span span) implements Expr {}

    record Yield(Expr value, Span span) implements Expr {}

    record YieldFrom(Expr value, Span span) implements Expr {}

    /**
     * PEP 828's {@code async yield from EXPR} (accepted for Python 3.16), supported early.
     * Krait's own addition to the node set; it dumps as {@code AsyncYieldFrom(value=...)}.
     */
    record AsyncYieldFrom(Expr value, Span span) implements Expr {}

    record Compare(Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators, Span span) implements Expr {}

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Span span) implements Expr {}

    /** {@code conversion} is -1 (none) or the code point of {@code s}, {@code r} or {@code a}. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span) implements Expr {}

    record JoinedStr(java.util.List<Expr> values, Span span) implements Expr {}

    /**
     * A literal. {@code value} is a {@link String}, {@link java.math.BigInteger}, {@link Double},
     * {@link Boolean}, {@link Literal.Bytes}, {@link Literal.Imaginary} or a {@link Literal.Singleton}
     * ({@code None}, {@code ...}). {@code kind} is {@code "u"} for {@code u''} strings, else null.
     */
    record Constant(Object value, String kind, Span span) implements Expr {}

    record Attribute(Expr value, String attr, ExprContext ctx, Span span) implements Expr {}

    record Subscript(Expr value, Expr slice, ExprContext ctx, Span span) implements Expr {}

    record Starred(Expr value, ExprContext ctx, Span span) implements Expr {}

    record Name(String id, ExprContext ctx, Span span) implements Expr {}

    record List(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {}

    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {}

    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {}
}
