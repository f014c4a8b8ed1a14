package dev.krait.syntax.scope;

import java.util.List;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Alias;
import dev.krait.syntax.ast.Arg;
import dev.krait.syntax.ast.Arguments;
import dev.krait.syntax.ast.AstNodes;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.ExprContext;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Span;
import dev.krait.syntax.ast.Stmt;

/**
 * {@code __debug__} is a constant: binding it in any way is "cannot assign to __debug__",
 * reported where CPython reports it (the name itself for plain targets, the enclosing
 * statement, call or lambda for definitions, parameters, imports and keywords).
 */
final class DebugNameCheck {
    private static final String DEBUG = "__debug__";

    private DebugNameCheck() {}

    static void check(Mod.Module module) {
        for (Stmt s : module.body()) {
            walk(s, s.span());
        }
    }

    private static void walk(Node node, Span statement) {
        Span here = node instanceof Stmt s ? s.span() : statement;
        if (node instanceof Expr.Name n && n.ctx() != ExprContext.Load && n.id().equals(DEBUG)) {
            throw error(n.span());
        }
        if (node instanceof Expr.Attribute a && a.ctx() != ExprContext.Load && a.attr().equals(DEBUG)) {
            throw error(a.span());
        }
        if (node instanceof Stmt.FunctionDef f) {
            definition(f.name(), f.args(), here);
        } else if (node instanceof Stmt.AsyncFunctionDef f) {
            definition(f.name(), f.args(), here);
        } else if (node instanceof Stmt.ClassDef c && c.name().equals(DEBUG)) {
            throw error(here);
        } else if (node instanceof Expr.Lambda l) {
            parameters(l.args(), l.span());
        } else if (node instanceof Expr.Call c) {
            for (Keyword k : c.keywords()) {
                if (DEBUG.equals(k.arg())) {
                    throw error(c.span());
                }
            }
        } else if (node instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(DEBUG)) {
            throw error(here);
        } else if (node instanceof Alias a) {
            String bound = a.asname() != null ? a.asname() : a.name();
            if (bound.equals(DEBUG)) {
                throw error(here);
            }
        }
        for (Node child : AstNodes.children(node)) {
            walk(child, here);
        }
    }

    private static void definition(String name, Arguments args, Span at) {
        if (name.equals(DEBUG)) {
            throw error(at);
        }
        parameters(args, at);
    }

    private static void parameters(Arguments args, Span at) {
        for (List<Arg> list : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (Arg a : list) {
                if (a.arg().equals(DEBUG)) {
                    throw error(at);
                }
            }
        }
        for (Arg a : new Arg[] {args.vararg(), args.kwarg()}) {
            if (a != null && a.arg().equals(DEBUG)) {
                throw error(at);
            }
        }
    }

    private static SourceError error(Span at) {
        return CodegenChecks.error("cannot assign to " + DEBUG, at);
    }
}
