package dev.krait.syntax.parse;

import static dev.krait.grammar.PythonParser.*;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.krait.syntax.ast.Arg;
import dev.krait.syntax.ast.Arguments;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Span;

/**
 * Builds {@link Arguments} from the flat parameter list of a {@code def} or {@code lambda},
 * checking the order of its parts with CPython's messages and positions.
 */
final class ParameterBuilder {
    private final ExpressionBuilder expressions;

    ParameterBuilder(ExpressionBuilder expressions) {
        this.expressions = expressions;
    }

    Arguments function(ParametersContext ctx, Span span) {
        Collector c = new Collector(false);
        if (ctx != null) {
            List<ParameterContext> params = ctx.parameter();
            for (int i = 0; i < params.size(); i++) {
                ParameterContext p = params.get(i);
                Token first = p.getStart();
                Expr annotation = null;
                if (p.COLON() != null) {
                    annotation = expressions.expr(p.starExpression() != null ? p.starExpression() : p.expression(0));
                }
                ExpressionContext defaultCtx = p.EQUAL() == null ? null : p.expression(p.expression().size() - 1);
                c.add(first, p.NAME(), annotation, defaultCtx, p.EQUAL() == null ? null : p.EQUAL().getSymbol(),
                        i + 1 < params.size() ? params.get(i + 1).getStart() : null, Spans.of(p));
            }
        }
        return c.finish(span);
    }

    Arguments lambda(LambdaParametersContext ctx, Span span) {
        Collector c = new Collector(true);
        if (ctx != null) {
            List<LambdaParameterContext> params = ctx.lambdaParameter();
            for (int i = 0; i < params.size(); i++) {
                LambdaParameterContext p = params.get(i);
                Token next = i + 1 < params.size() ? params.get(i + 1).getStart()
                        : nextAfter(ctx, p);
                c.add(p.getStart(), p.NAME(), null, p.expression(),
                        p.EQUAL() == null ? null : p.EQUAL().getSymbol(), next, Spans.of(p));
            }
        }
        return c.finish(span);
    }

    /** The token after the last parameter: a trailing comma's successor, or the lambda's colon. */
    private static Token nextAfter(LambdaParametersContext ctx, LambdaParameterContext last) {
        LambdefContext lambda = (LambdefContext) ctx.getParent();
        return lambda.COLON().getSymbol();
    }

    /** Walks the parameters in order, like a small state machine. */
    private final class Collector {
        final boolean lambda;
        final List<Arg> positional = new ArrayList<>();
        List<Arg> posonly = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        final List<Arg> kwonly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg;
        Arg kwarg;
        boolean sawSlash;
        Token star;
        Token afterStar;

        Collector(boolean lambda) {
            this.lambda = lambda;
        }

        void add(Token first, TerminalNode name, Expr annotation, ExpressionContext defaultCtx, Token equal, Token next,
                 Span span) {
            int type = first.getType();
            if (kwarg != null) {
                throw Spans.error("arguments cannot follow var-keyword argument", first);
            }
            if (type == SLASH) {
                if (star != null) {
                    throw Spans.error("/ must be ahead of *", first);
                }
                if (sawSlash) {
                    throw Spans.error("/ may appear only once", first);
                }
                if (positional.isEmpty()) {
                    // CPython: a lone "/" is plain invalid syntax; "/" before other parameters explains.
                    throw Spans.error(lambda || next == null ? "invalid syntax" : "at least one argument must precede /",
                            first);
                }
                sawSlash = true;
                posonly = new ArrayList<>(positional);
                positional.clear();
                return;
            }
            if (type == STAR) {
                if (star != null) {
                    throw Spans.error("* argument may appear only once", first);
                }
                if (equal != null) {
                    throw Spans.error(annotation instanceof Expr.Starred ? "invalid syntax"
                            : "var-positional argument cannot have default value", equal);
                }
                star = first;
                afterStar = next;
                if (name != null) {
                    vararg = new Arg(Names.normalize(name.getText()), annotation, spanOf(name, annotation));
                }
                return;
            }
            if (type == DOUBLESTAR) {
                if (equal != null) {
                    throw Spans.error("var-keyword argument cannot have default value", equal);
                }
                kwarg = new Arg(Names.normalize(name.getText()), annotation, spanOf(name, annotation));
                return;
            }
            Arg arg = new Arg(Names.normalize(name.getText()), annotation, spanOf(name, annotation));
            Expr def = defaultCtx == null ? null : expressions.expr(defaultCtx);
            if (star != null) {
                kwonly.add(arg);
                kwDefaults.add(def);
                return;
            }
            if (def != null) {
                defaults.add(def);
            } else if (!defaults.isEmpty()) {
                throw Spans.error("non-default argument follows default argument", first);
            }
            positional.add(arg);
        }

        private Span spanOf(TerminalNode name, Expr annotation) {
            Span start = Spans.of(name.getSymbol());
            return annotation == null ? start : Span.cover(start, annotation.span());
        }

        Arguments finish(Span span) {
            if (star != null && vararg == null && kwonly.isEmpty()) {
                // def reports the star; lambda the token after it (and its comma), as CPython does.
                throw Spans.error("named arguments must follow bare *", lambda ? afterStar : star);
            }
            return new Arguments(posonly, new ArrayList<>(positional), vararg, kwonly, kwDefaults, kwarg, defaults, span);
        }
    }
}
