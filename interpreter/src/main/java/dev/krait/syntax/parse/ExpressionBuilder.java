package dev.krait.syntax.parse;

import static dev.krait.grammar.PythonParser.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.krait.grammar.PythonParser;
import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.BoolOperator;
import dev.krait.syntax.ast.CmpOperator;
import dev.krait.syntax.ast.Comprehension;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.ExprContext;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Literal;
import dev.krait.syntax.ast.Operator;
import dev.krait.syntax.ast.Span;
import dev.krait.syntax.ast.UnaryOperator;

/**
 * Builds expression nodes from the parse tree.
 *
 * <p>The precedence ladder of the grammar makes a plain name sixteen rules deep; {@link #expr}
 * skips such single-child chains in a loop, so the Java recursion follows the AST's own
 * nesting, which {@link #MAX_DEPTH} bounds as CPython does.
 */
final class ExpressionBuilder {
    /** Deepest expression nesting; CPython 3.11 gives up near 3000 with a RecursionError. */
    static final int MAX_DEPTH = 2985;

    private final StringLiterals strings;
    private final ParameterBuilder parameters;
    private final String depthMessage;
    private int depth;

    ExpressionBuilder(FStringParser.ExpressionParser fieldParser, IntFunction<Token> nextToken, String depthMessage) {
        this.strings = new StringLiterals(new FStringParser(fieldParser), nextToken);
        this.parameters = new ParameterBuilder(this);
        this.depthMessage = depthMessage;
    }

    /** Fails like CPython when {@code levels} more nested nodes would pass the depth limit. */
    void checkNesting(int levels) {
        if (depth + levels > MAX_DEPTH) {
            throw new SourceError(SourceError.Kind.RECURSION_ERROR, depthMessage, 0, 0);
        }
    }

    Expr strings(List<Token> run) {
        return strings.build(run, Spans.of(run.get(0), run.get(run.size() - 1)));
    }

    ParameterBuilder parameters() {
        return parameters;
    }

    /** Builds any expression-level rule context. */
    Expr expr(ParserRuleContext ctx) {
        while (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof ParserRuleContext only) {
            ctx = only;
        }
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw new SourceError(SourceError.Kind.RECURSION_ERROR, depthMessage, 0, 0);
        }
        try {
            return build(ctx);
        } finally {
            depth--;
        }
    }

    private Expr build(ParserRuleContext ctx) {
        return switch (ctx.getRuleIndex()) {
            case RULE_starExpressions, RULE_starNamedExpressions, RULE_slices -> tuple(ctx);
            case RULE_starExpression, RULE_starNamedExpression, RULE_starTarget ->
                    new Expr.Starred(expr((ParserRuleContext) ctx.getChild(1)), ExprContext.Load, Spans.of(ctx));
            case RULE_namedExpression -> named((NamedExpressionContext) ctx);
            case RULE_expression -> conditional((ExpressionContext) ctx);
            case RULE_yieldExpr -> yieldExpr((YieldExprContext) ctx);
            case RULE_disjunction -> boolOp(ctx, BoolOperator.Or);
            case RULE_conjunction -> boolOp(ctx, BoolOperator.And);
            case RULE_inversion -> new Expr.UnaryOp(UnaryOperator.Not, expr((ParserRuleContext) ctx.getChild(1)),
                    Spans.of(ctx));
            case RULE_comparison -> comparison((ComparisonContext) ctx);
            case RULE_bitwiseOr, RULE_bitwiseXor, RULE_bitwiseAnd, RULE_shiftExpr, RULE_sum, RULE_term ->
                    binaryChain(ctx);
            case RULE_factor -> unary((FactorContext) ctx);
            case RULE_power -> new Expr.BinOp(expr((ParserRuleContext) ctx.getChild(0)), Operator.Pow,
                    expr((ParserRuleContext) ctx.getChild(2)), Spans.of(ctx));
            case RULE_awaitPrimary -> new Expr.Await(expr((ParserRuleContext) ctx.getChild(1)), Spans.of(ctx));
            case RULE_primary -> primary((PrimaryContext) ctx);
            case RULE_atom -> atom((AtomContext) ctx);
            case RULE_lambdef -> lambda((LambdefContext) ctx);
            case RULE_exprOrYield, RULE_sliceItem -> sliceItem(ctx);
            case RULE_starTargets -> tuple(ctx);
            default -> throw new IllegalStateException("not an expression rule: " + PythonParser.ruleNames[ctx.getRuleIndex()]);
        };
    }

    /** A comma-separated list: a tuple when there is a comma, else its single element. */
    private Expr tuple(ParserRuleContext ctx) {
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        for (ParseTree child : ctx.children) {
            if (child instanceof ParserRuleContext rule) {
                elts.add(expr(rule));
            } else {
                comma = true;
            }
        }
        if (!comma) {
            return elts.get(0);
        }
        return new Expr.Tuple(elts, ExprContext.Load, Spans.of(ctx));
    }

    private Expr named(NamedExpressionContext ctx) {
        Token name = ctx.NAME().getSymbol();
        Expr target = new Expr.Name(name.getText(), ExprContext.Store, Spans.of(name));
        return new Expr.NamedExpr(target, expr(ctx.expression()), Spans.of(ctx));
    }

    private Expr conditional(ExpressionContext ctx) {
        List<DisjunctionContext> parts = ctx.disjunction();
        return new Expr.IfExp(expr(parts.get(1)), expr(parts.get(0)), expr(ctx.expression()), Spans.of(ctx));
    }

    private Expr yieldExpr(YieldExprContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx.ASYNC() != null) {
            return new Expr.AsyncYieldFrom(expr(ctx.expression()), span);
        }
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(expr(ctx.expression()), span);
        }
        return new Expr.Yield(ctx.starExpressions() == null ? null : expr(ctx.starExpressions()), span);
    }

    private Expr boolOp(ParserRuleContext ctx, BoolOperator op) {
        List<Expr> values = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof ParserRuleContext rule) {
                values.add(expr(rule));
            }
        }
        return new Expr.BoolOp(op, values, Spans.of(ctx));
    }

    private Expr comparison(ComparisonContext ctx) {
        // One pass over the children: the generated accessors rescan them on every call.
        Expr left = null;
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof CompOpContext op) {
                ops.add(compOp(op));
            } else if (left == null) {
                left = expr((ParserRuleContext) child);
            } else {
                comparators.add(expr((ParserRuleContext) child));
            }
        }
        return new Expr.Compare(left, ops, comparators, Spans.of(ctx));
    }

    private static CmpOperator compOp(CompOpContext ctx) {
        Token first = ctx.getStart();
        return switch (first.getType()) {
            case EQEQUAL -> CmpOperator.Eq;
            case NOTEQUAL -> CmpOperator.NotEq;
            case LESS -> CmpOperator.Lt;
            case LESSEQUAL -> CmpOperator.LtE;
            case GREATER -> CmpOperator.Gt;
            case GREATEREQUAL -> CmpOperator.GtE;
            case IN -> CmpOperator.In;
            case NOT -> CmpOperator.NotIn;
            case IS -> ctx.getChildCount() == 2 ? CmpOperator.IsNot : CmpOperator.Is;
            default -> throw new IllegalStateException(first.getText());
        };
    }

    /** A left-associative chain such as {@code a + b - c}; built iteratively. */
    private Expr binaryChain(ParserRuleContext ctx) {
        Expr left = expr((ParserRuleContext) ctx.getChild(0));
        Token start = ctx.getStart();
        for (int i = 1; i + 1 < ctx.getChildCount(); i += 2) {
            Operator op = Operator.bySymbol(ctx.getChild(i).getText());
            ParserRuleContext rightCtx = (ParserRuleContext) ctx.getChild(i + 1);
            Expr right = expr(rightCtx);
            if (++depth > MAX_DEPTH) {
                depth = 0;
                throw new SourceError(SourceError.Kind.RECURSION_ERROR, depthMessage, 0, 0);
            }
            left = new Expr.BinOp(left, op, right, Spans.of(start, rightCtx.getStop()));
        }
        depth -= (ctx.getChildCount() - 1) / 2;
        return left;
    }

    private Expr unary(FactorContext ctx) {
        UnaryOperator op = switch (ctx.getStart().getType()) {
            case PLUS -> UnaryOperator.UAdd;
            case MINUS -> UnaryOperator.USub;
            default -> UnaryOperator.Invert;
        };
        return new Expr.UnaryOp(op, expr(ctx.factor()), Spans.of(ctx));
    }

    private Expr primary(PrimaryContext ctx) {
        Expr value = expr(ctx.atom());
        Token start = ctx.getStart();
        int nested = 0;
        for (TrailerContext trailer : ctx.trailer()) {
            if (++depth > MAX_DEPTH) {
                depth = 0;
                throw new SourceError(SourceError.Kind.RECURSION_ERROR, depthMessage, 0, 0);
            }
            nested++;
            Span span = Spans.of(start, trailer.getStop());
            if (trailer.DOT() != null) {
                value = new Expr.Attribute(value, Names.normalize(trailer.NAME().getText()), ExprContext.Load, span);
            } else if (trailer.LPAR() != null) {
                value = call(value, trailer.arguments(), span);
            } else {
                Expr slice = expr(trailer.slices());
                if (slice instanceof Expr.Starred) {
                    // a[*b] subscripts with a one-element tuple, as if written a[*b,]
                    slice = new Expr.Tuple(List.of(slice), ExprContext.Load, slice.span());
                }
                value = new Expr.Subscript(value, slice, ExprContext.Load, span);
            }
        }
        depth -= nested;
        return value;
    }

    private Expr sliceItem(ParserRuleContext ctx) {
        if (ctx instanceof ExprOrYieldContext e) {
            return expr((ParserRuleContext) e.getChild(0));
        }
        SliceItemContext s = (SliceItemContext) ctx;
        if (s.STAR() != null) {
            return new Expr.Starred(expr(s.bitwiseOr()), ExprContext.Load, Spans.of(s));
        }
        // lower? ':' upper? (':' step?)?
        Expr lower = null;
        Expr upper = null;
        Expr step = null;
        int colons = 0;
        for (ParseTree child : s.children) {
            if (child instanceof TerminalNode) {
                colons++;
            } else {
                Expr e = expr((ParserRuleContext) child);
                if (colons == 0) {
                    lower = e;
                } else if (colons == 1) {
                    upper = e;
                } else {
                    step = e;
                }
            }
        }
        if (colons == 0) {
            return lower;
        }
        return new Expr.Slice(lower, upper, step, Spans.of(s));
    }

    // ---- atoms ----

    private Expr atom(AtomContext ctx) {
        Token first = ctx.getStart();
        Span span = Spans.of(ctx);
        switch (first.getType()) {
            case NAME:
                return new Expr.Name(Names.normalize(first.getText()), ExprContext.Load, span);
            case TRUE:
                return new Expr.Constant(Boolean.TRUE, null, span);
            case FALSE:
                return new Expr.Constant(Boolean.FALSE, null, span);
            case NONE:
                return new Expr.Constant(Literal.Singleton.NONE, null, span);
            case ELLIPSIS:
                return new Expr.Constant(Literal.Singleton.ELLIPSIS, null, span);
            case NUMBER:
                try {
                    return new Expr.Constant(number(first.getText()), null, span);
                } catch (SourceError e) {
                    throw new SourceError(e.kind(), e.getMessage(), first.getLine(), 0); // CPython gives no column
                }
            case STRING: {
                List<Token> tokens = new ArrayList<>();
                for (TerminalNode t : ctx.STRING()) {
                    tokens.add(t.getSymbol());
                }
                return strings.build(tokens, span);
            }
            case LPAR:
                return parenthesized(ctx, span);
            case LSQB:
                return listDisplay(ctx, span);
            default:
                return braceDisplay(ctx, span);
        }
    }

    /** CPython refuses to convert decimal strings longer than this to int (sys.int_info). */
    static final int MAX_STR_DIGITS = 4300;

    static Object number(String text) {
        String t = text.replace("_", "");
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Literal.Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            switch (t.charAt(1)) {
                case 'x', 'X': return new BigInteger(t.substring(2), 16);
                case 'o', 'O': return new BigInteger(t.substring(2), 8);
                case 'b', 'B': return new BigInteger(t.substring(2), 2);
                default: break;
            }
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        if (t.length() > MAX_STR_DIGITS) {
            throw new SourceError(SourceError.Kind.SYNTAX_ERROR, "Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + t.length() + " digits; use "
                    + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                    + "literals to avoid decimal conversion limits.", 0, 0);
        }
        return new BigInteger(t);
    }

    private Expr parenthesized(AtomContext ctx, Span span) {
        if (ctx.yieldExpr() != null) {
            return expr(ctx.yieldExpr());
        }
        List<StarNamedExpressionContext> items = ctx.starNamedExpression();
        if (items.isEmpty()) {
            return new Expr.Tuple(List.of(), ExprContext.Load, span);
        }
        if (ctx.compFor() != null) {
            Expr elt = element(items.get(0), "iterable unpacking cannot be used in comprehension");
            return new Expr.GeneratorExp(elt, comprehensions(ctx.compFor()), span);
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            Expr inner = expr(items.get(0));
            if (inner instanceof Expr.Starred) {
                throw Spans.error("cannot use starred expression here", inner.span());
            }
            return inner;
        }
        return new Expr.Tuple(exprs(items), ExprContext.Load, span);
    }

    private Expr listDisplay(AtomContext ctx, Span span) {
        List<StarNamedExpressionContext> items = ctx.starNamedExpression();
        if (ctx.compFor() != null) {
            Expr elt = element(items.get(0), "iterable unpacking cannot be used in comprehension");
            return new Expr.ListComp(elt, comprehensions(ctx.compFor()), span);
        }
        return new Expr.List(exprs(items), ExprContext.Load, span);
    }

    private Expr braceDisplay(AtomContext ctx, Span span) {
        List<DictOrSetItemContext> items = ctx.dictOrSetItem();
        if (items.isEmpty()) {
            return new Expr.Dict(List.of(), List.of(), span);
        }
        DictOrSetItemContext first = items.get(0);
        boolean dict = first.DOUBLESTAR() != null || first.COLON() != null;
        if (ctx.compFor() != null) {
            List<Comprehension> generators;
            if (dict) {
                if (first.DOUBLESTAR() != null) {
                    throw Spans.error("dict unpacking cannot be used in dict comprehension", Spans.of(first));
                }
                Expr key = expr(first.starNamedExpression());
                Expr value = expr(first.expression());
                generators = comprehensions(ctx.compFor());
                return new Expr.DictComp(key, value, generators, span);
            }
            Expr elt = element(first.starNamedExpression(), "iterable unpacking cannot be used in comprehension");
            return new Expr.SetComp(elt, comprehensions(ctx.compFor()), span);
        }
        if (dict) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (DictOrSetItemContext item : items) {
                if (item.DOUBLESTAR() != null) {
                    keys.add(null);
                    values.add(expr(item.bitwiseOr()));
                } else if (item.COLON() != null) {
                    Expr key = expr(item.starNamedExpression());
                    if (key instanceof Expr.Starred) {
                        throw Spans.error("invalid syntax", Spans.of(item.COLON().getSymbol()));
                    }
                    keys.add(key);
                    values.add(expr(item.expression()));
                } else {
                    throw Spans.error("':' expected after dictionary key", Spans.of(item));
                }
            }
            return new Expr.Dict(keys, values, span);
        }
        List<Expr> elts = new ArrayList<>();
        for (DictOrSetItemContext item : items) {
            if (item.DOUBLESTAR() != null) {
                throw Spans.error("invalid syntax", Spans.of(item.getStart()));
            }
            if (item.COLON() != null) {
                throw Spans.error("invalid syntax", Spans.of(item.COLON().getSymbol()));
            }
            elts.add(expr(item.starNamedExpression()));
        }
        return new Expr.Set(elts, span);
    }

    /** The element of a comprehension, which may not be starred. */
    private Expr element(ParserRuleContext ctx, String starredMessage) {
        Expr elt = expr(ctx);
        if (elt instanceof Expr.Starred) {
            throw Spans.error(starredMessage, elt.span());
        }
        return elt;
    }

    List<Expr> exprs(List<? extends ParserRuleContext> contexts) {
        List<Expr> out = new ArrayList<>(contexts.size());
        for (ParserRuleContext c : contexts) {
            out.add(expr(c));
        }
        return out;
    }

    List<Comprehension> comprehensions(CompForContext ctx) {
        List<Comprehension> out = new ArrayList<>();
        for (CompClauseContext clause : ctx.compClause()) {
            Expr target = Targets.store(expr(clause.starTargets()), Targets.Use.COMPREHENSION);
            List<DisjunctionContext> parts = clause.disjunction();
            Expr iter = expr(parts.get(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                ifs.add(expr(parts.get(i)));
            }
            out.add(new Comprehension(target, iter, ifs, clause.ASYNC() != null ? 1 : 0, Spans.of(clause)));
        }
        return out;
    }

    // ---- calls ----

    private Expr call(Expr func, ArgumentsContext ctx, Span span) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx != null) {
            buildArguments(ctx, args, keywords, true, ctx.getParent().getStop());
        }
        return new Expr.Call(func, args, keywords, span);
    }

    /**
     * Fills positional and keyword arguments, with CPython's errors and positions: an
     * unparenthesised generator expression among other arguments, then the ordering rules
     * (reported at the closing parenthesis, as CPython does).
     */
    void buildArguments(ArgumentsContext ctx, List<Expr> args, List<Keyword> keywords, boolean allowGenexp,
                        Token close) {
        List<ArgumentContext> list = ctx.argument();
        boolean trailingComma = ctx.COMMA().size() >= list.size();
        for (ArgumentContext arg : list) {
            if (arg.compFor() != null) {
                if (!allowGenexp) {
                    throw Spans.error("invalid syntax", Spans.of(arg.compFor().getStart()));
                }
                if (list.size() > 1 || trailingComma) {
                    throw Spans.error("Generator expression must be parenthesized", Spans.of(arg));
                }
            }
        }
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        for (ArgumentContext arg : list) {
            Span span = Spans.of(arg);
            if (arg.EQUAL() != null) {
                sawKeyword = true;
                keywords.add(new Keyword(Names.normalize(arg.NAME().getText()), expr(arg.expression()), span));
            } else if (arg.DOUBLESTAR() != null) {
                sawDoubleStar = true;
                keywords.add(new Keyword(null, expr(arg.expression()), span));
            } else if (arg.STAR() != null) {
                if (sawDoubleStar) {
                    throw Spans.error("iterable argument unpacking follows keyword argument unpacking",
                            Spans.of(list.get(0)));
                }
                args.add(new Expr.Starred(expr(arg.expression()), ExprContext.Load, span));
            } else {
                if (sawDoubleStar || sawKeyword) {
                    throw Spans.error(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", Spans.of(close));
                }
                if (arg.compFor() != null) {
                    Expr elt = expr(arg.namedExpression());
                    Span genSpan = Spans.of(ctx.getParent().getStart(),
                            ctx.getParent().getStop());
                    args.add(new Expr.GeneratorExp(elt, comprehensions(arg.compFor()), genSpan));
                } else {
                    args.add(expr(arg.namedExpression()));
                }
            }
        }
    }

    private Expr lambda(LambdefContext ctx) {
        return new Expr.Lambda(parameters.lambda(ctx.lambdaParameters(), Spans.of(ctx)), expr(ctx.expression()),
                Spans.of(ctx));
    }
}
