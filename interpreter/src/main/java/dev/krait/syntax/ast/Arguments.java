package dev.krait.syntax.ast;

import java.util.List;

/**
 * The parameters of a {@code def} or {@code lambda}, as Python's {@code ast.arguments}.
 * {@code kwDefaults} is parallel to {@code kwonlyargs} and holds null where a keyword-only
 * parameter has no default; {@code defaults} belong to the last positional parameters.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults, Span span) implements Node {
    @Override public String pythonName() { return "arguments"; }
}
