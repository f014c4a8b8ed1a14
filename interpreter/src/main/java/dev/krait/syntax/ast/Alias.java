package dev.krait.syntax.ast;

/** One name of an import, as Python's {@code ast.alias}; {@code asname} is null without {@code as}. */
public record Alias(String name, String asname, Span span) implements Node {
    @Override public String pythonName() { return "alias"; }
}
