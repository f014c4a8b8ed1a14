package dev.krait.syntax.ast;

/** A keyword argument of a call or class definition; {@code arg} is null for {@code **mapping}. */
public record Keyword(String arg, Expr value, Span span) implements Node {
    @Override public String pythonName() { return "keyword"; }
}
