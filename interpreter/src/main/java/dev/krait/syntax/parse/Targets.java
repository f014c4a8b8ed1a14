package dev.krait.syntax.parse;

import java.util.ArrayList;
import java.util.List;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.ExprContext;

/**
 * Turns an expression parsed in load context into an assignment or deletion target,
 * checking it the way CPython does and naming the first offending sub-expression.
 */
final class Targets {
    private Targets() {}

    /** What the target is for; decides the verb of the error message. */
    enum Use {
        ASSIGN("assign to"), DELETE("delete"), FOR("assign to"), WITH("assign to"), COMPREHENSION("assign to");

        final String verb;

        Use(String verb) {
            this.verb = verb;
        }
    }

    static Expr store(Expr e, Use use) {
        return convert(e, use == Use.DELETE ? ExprContext.Del : ExprContext.Store, use);
    }

    private static Expr convert(Expr e, ExprContext ctx, Use use) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.span());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.span());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.span());
        }
        if (e instanceof Expr.Starred s && ctx != ExprContext.Del) {
            return new Expr.Starred(convert(s.value(), ctx, use), ctx, s.span());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(convertAll(t.elts(), ctx, use), ctx, t.span());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(convertAll(l.elts(), ctx, use), ctx, l.span());
        }
        throw invalid(e, use);
    }

    private static List<Expr> convertAll(List<Expr> elts, ExprContext ctx, Use use) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            out.add(convert(elt, ctx, use));
        }
        return out;
    }

    static SourceError invalid(Expr e, Use use) {
        String what = ExprNames.describe(e);
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            if (use == Use.ASSIGN) {
                return Spans.error("assignment to yield expression not possible", e.span());
            }
        }
        return Spans.error("cannot " + use.verb + " " + what, e.span());
    }
}
