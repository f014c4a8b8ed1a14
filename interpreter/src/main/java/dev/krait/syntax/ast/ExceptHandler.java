package dev.krait.syntax.ast;

import java.util.List;

/** One {@code except} clause; {@code type} and {@code name} are null for a bare {@code except:}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Node {}
