package dev.krait.syntax.ast;

import java.util.List;

/** The roots of a parse, as Python's {@code mod}: a module, one interactive input, or one expression. */
public sealed interface Mod extends Node {
    /** A whole file. {@code typeIgnores} is always empty: Krait does not parse type comments. */
    record Module(List<Stmt> body, List<Object> typeIgnores) implements Mod {
        @Override public Span span() { return Span.NONE; }
    }

    /** One input of the interactive prompt. */
    record Interactive(List<Stmt> body) implements Mod {
        @Override public Span span() { return Span.NONE; }
    }

    /** The argument of {@code eval()}. */
    record Expression(Expr body) implements Mod {
        @Override public Span span() { return Span.NONE; }
    }
}
