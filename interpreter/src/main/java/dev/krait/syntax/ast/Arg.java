package dev.krait.syntax.ast;

/** One parameter, as Python's {@code ast.arg}. */
public record Arg(String arg, Expr annotation, Span span) implements Node {
    @Override public String pythonName() { return "arg"; }
}
