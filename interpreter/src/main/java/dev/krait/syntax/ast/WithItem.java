package dev.krait.syntax.ast;

/** One context manager of a {@code with}, as Python's {@code ast.withitem}. */
public record WithItem(Expr contextExpr, Expr optionalVars, Span span) implements Node {
    @Override public String pythonName() { return "withitem"; }
}
