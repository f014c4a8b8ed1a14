package dev.krait.syntax.ast;

import java.util.List;

/** One {@code for ... in ... if ...} clause, as Python's {@code ast.comprehension}; {@code isAsync} is 0 or 1. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync, Span span) implements Node {
    @Override public String pythonName() { return "comprehension"; }
}
