package dev.krait.syntax.ast;

import java.util.List;

/**
 * Statements, one record per kind of Python's {@code ast.stmt} (3.11, without {@code match}
 * and {@code except*}, which Krait does not support; type comments are never parsed).
 * Nullable components are Python's optional ({@code ?}) fields.
 */
public sealed interface Stmt extends Node {
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                       Expr returns, Span span) implements Stmt {}

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                            Expr returns, Span span) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList, Span span) implements Stmt {}

    record Return(Expr value, Span span) implements Stmt {}

    record Delete(List<Expr> targets, Span span) implements Stmt {}

    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {}

    record AugAssign(Expr target, Operator op, Expr value, Span span) implements Stmt {}

    /** {@code simple} is 1 for a plain name target that was not parenthesised. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Span span) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {}

    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, Span span) implements Stmt {}

    record AsyncWith(List<WithItem> items, List<Stmt> body, Span span) implements Stmt {}

    record Raise(Expr exc, Expr cause, Span span) implements Stmt {}

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               Span span) implements Stmt {}

    record Assert(Expr test, Expr msg, Span span) implements Stmt {}

    record Import(List<Alias> names, Span span) implements Stmt {}

    /** {@code module} is null for {@code from . import x}; {@code level} counts the leading dots. */
    record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {}

    record Global(List<String> names, Span span) implements Stmt {}

    record Nonlocal(List<String> names, Span span) implements Stmt {}

    /** An expression statement; Python calls this node {@code Expr}. */
    record ExprStmt(Expr value, Span span) implements Stmt {
        @Override public String pythonName() { return "Expr"; }
    }

    record Pass(Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}
}
