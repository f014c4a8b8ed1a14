package dev.krait.syntax.parse;

import static dev.krait.grammar.PythonParser.*;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Alias;
import dev.krait.syntax.ast.Arguments;
import dev.krait.syntax.ast.ExceptHandler;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Operator;
import dev.krait.syntax.ast.Span;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.ast.WithItem;

/** Builds statement nodes from the parse tree; expressions are delegated to {@link ExpressionBuilder}. */
final class StatementBuilder {
    private final ExpressionBuilder ex;

    StatementBuilder(ExpressionBuilder expressions) {
        this.ex = expressions;
    }

    void statements(StmtContext ctx, List<Stmt> out) {
        if (ctx.compoundStmt() != null) {
            out.add(compound(ctx.compoundStmt()));
        } else {
            simpleStatements(ctx.simpleStmts(), out);
        }
    }

    void simpleStatements(SimpleStmtsContext ctx, List<Stmt> out) {
        for (SimpleStmtContext s : ctx.simpleStmt()) {
            out.add(simple(s));
        }
    }

    List<Stmt> block(BlockContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx.simpleStmts() != null) {
            simpleStatements(ctx.simpleStmts(), out);
        } else {
            for (StmtContext s : ctx.stmt()) {
                statements(s, out);
            }
        }
        return out;
    }

    // ---- simple statements ----

    private Stmt simple(SimpleStmtContext ctx) {
        Span span = Spans.of(ctx);
        ParseTree child = ctx.getChild(0);
        if (child instanceof TerminalNode t) {
            return switch (t.getSymbol().getType()) {
                case PASS -> new Stmt.Pass(span);
                case BREAK -> new Stmt.Break(span);
                default -> new Stmt.Continue(span);
            };
        }
        ParserRuleContext rule = (ParserRuleContext) child;
        return switch (rule.getRuleIndex()) {
            case RULE_exprStmt -> exprStmt((ExprStmtContext) rule, span);
            case RULE_returnStmt -> {
                ReturnStmtContext r = (ReturnStmtContext) rule;
                yield new Stmt.Return(r.starExpressions() == null ? null : ex.expr(r.starExpressions()), span);
            }
            case RULE_raiseStmt -> {
                RaiseStmtContext r = (RaiseStmtContext) rule;
                Expr exc = r.expression().isEmpty() ? null : ex.expr(r.expression(0));
                Expr cause = r.expression().size() > 1 ? ex.expr(r.expression(1)) : null;
                yield new Stmt.Raise(exc, cause, span);
            }
            case RULE_globalStmt -> new Stmt.Global(names(((GlobalStmtContext) rule).NAME()), span);
            case RULE_nonlocalStmt -> new Stmt.Nonlocal(names(((NonlocalStmtContext) rule).NAME()), span);
            case RULE_delStmt -> delete((DelStmtContext) rule, span);
            case RULE_assertStmt -> {
                AssertStmtContext a = (AssertStmtContext) rule;
                yield new Stmt.Assert(ex.expr(a.expression(0)), a.expression().size() > 1 ? ex.expr(a.expression(1)) : null,
                        span);
            }
            case RULE_importStmt -> importStmt((ImportStmtContext) rule, span);
            default -> throw new IllegalStateException("unexpected statement rule " + rule.getRuleIndex());
        };
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            out.add(Names.normalize(n.getText()));
        }
        return out;
    }

    private Stmt exprStmt(ExprStmtContext ctx, Span span) {
        List<ExprOrYieldContext> parts = ctx.exprOrYield();
        if (ctx.COLON() != null) {
            return annotated(ctx, parts, span);
        }
        if (ctx.augAssign() != null) {
            Expr target = ex.expr(parts.get(0));
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw Spans.error("'" + ExprNames.describe(target) + "' is an illegal expression for augmented assignment",
                        target.span());
            }
            String symbol = ctx.augAssign().getText();
            Operator op = Operator.bySymbol(symbol.substring(0, symbol.length() - 1));
            return new Stmt.AugAssign(Targets.store(target, Targets.Use.ASSIGN), op, ex.expr(parts.get(1)), span);
        }
        if (parts.size() == 1) {
            return new Stmt.ExprStmt(ex.expr(parts.get(0)), span);
        }
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            ExprOrYieldContext targetCtx = parts.get(i);
            if (targetCtx.yieldExpr() != null) {
                throw Spans.error("assignment to yield expression not possible", Spans.of(targetCtx));
            }
            Expr target = ex.expr(targetCtx);
            try {
                targets.add(Targets.store(target, Targets.Use.ASSIGN));
            } catch (SourceError e) {
                if (i == 0 && parts.size() == 2) {
                    // CPython's parser takes `target = value` for a mistyped comparison; for an
                    // unparenthesised tuple it looks at the element just before the '='.
                    ParserRuleContext suspect = targetCtx;
                    Expr suspectExpr = target;
                    StarExpressionsContext list = targetCtx.starExpressions();
                    if (list != null && !list.COMMA().isEmpty() && list.COMMA().size() < list.starExpression().size()) {
                        suspect = list.starExpression(list.starExpression().size() - 1);
                        suspectExpr = ((Expr.Tuple) target).elts().get(((Expr.Tuple) target).elts().size() - 1);
                    }
                    if (readsLikeComparison(suspect, suspectExpr) && !isValidTarget(suspectExpr)) {
                        throw Spans.error("cannot assign to " + ExprNames.describe(suspectExpr)
                                + " here. Maybe you meant '==' instead of '='?", suspectExpr.span());
                    }
                }
                throw e;
            }
        }
        return new Stmt.Assign(targets, ex.expr(parts.get(parts.size() - 1)), span);
    }

    /**
     * True when a target is one operator-level expression (what CPython's grammar calls a
     * {@code bitwise_or}) that is not a list, tuple, generator expression, True, False or None:
     * then CPython suggests {@code ==} for the {@code =}.
     */
    private static boolean isValidTarget(Expr e) {
        try {
            Targets.store(e, Targets.Use.ASSIGN);
            return true;
        } catch (SourceError ignored) {
            return false;
        }
    }

    private static boolean readsLikeComparison(ParserRuleContext ctx, Expr target) {
        ParserRuleContext c = ctx;
        while (!(c instanceof BitwiseOrContext) && c.getChildCount() == 1
                && c.getChild(0) instanceof ParserRuleContext only) {
            c = only;
        }
        if (!(c instanceof BitwiseOrContext)) {
            return false;
        }
        if (target instanceof Expr.List || target instanceof Expr.Tuple || target instanceof Expr.GeneratorExp) {
            return false;
        }
        return !(target instanceof Expr.Constant k && (k.value() instanceof Boolean
                || k.value() == dev.krait.syntax.ast.Literal.Singleton.NONE));
    }

    private Stmt annotated(ExprStmtContext ctx, List<ExprOrYieldContext> parts, Span span) {
        Expr target = ex.expr(parts.get(0));
        int simple = 0;
        if (target instanceof Expr.Starred) {
            throw Spans.error("invalid syntax", ctx.COLON().getSymbol());
        }
        if (target instanceof Expr.Name) {
            simple = isParenthesized(parts.get(0)) ? 0 : 1;
        } else if (target instanceof Expr.Tuple) {
            throw Spans.error("only single target (not tuple) can be annotated", target.span());
        } else if (target instanceof Expr.List) {
            throw Spans.error("only single target (not list) can be annotated", target.span());
        } else if (!(target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw Spans.error("illegal target for annotation", target.span());
        }
        Expr value = parts.size() > 1 ? ex.expr(parts.get(1)) : null;
        return new Stmt.AnnAssign(Targets.store(target, Targets.Use.ASSIGN), ex.expr(ctx.expression()), value, simple,
                span);
    }

    private static boolean isParenthesized(ParserRuleContext ctx) {
        return ctx.getStart().getType() == LPAR;
    }

    private Stmt delete(DelStmtContext ctx, Span span) {
        StarExpressionsContext list = ctx.starExpressions();
        List<Expr> targets = new ArrayList<>();
        for (StarExpressionContext item : list.starExpression()) {
            Expr e = ex.expr(item);
            if (e instanceof Expr.Starred) {
                throw Spans.error("cannot delete starred", e.span());
            }
            targets.add(Targets.store(e, Targets.Use.DELETE));
        }
        return new Stmt.Delete(targets, span);
    }

    private Stmt importStmt(ImportStmtContext ctx, Span span) {
        if (ctx.importName() != null) {
            List<Alias> names = new ArrayList<>();
            for (DottedAsNameContext d : ctx.importName().dottedAsName()) {
                names.add(new Alias(dotted(d.dottedName()), d.NAME() == null ? null : Names.normalize(d.NAME().getText()),
                        Spans.of(d)));
            }
            return new Stmt.Import(names, span);
        }
        ImportFromContext from = ctx.importFrom();
        int level = 0;
        for (ParseTree child : from.children) {
            if (child instanceof TerminalNode t) {
                int type = t.getSymbol().getType();
                if (type == DOT) {
                    level++;
                } else if (type == ELLIPSIS) {
                    level += 3;
                } else if (type == IMPORT) {
                    break;
                }
            }
        }
        String module = from.dottedName() == null ? null : dotted(from.dottedName());
        ImportTargetsContext targets = from.importTargets();
        List<Alias> names = new ArrayList<>();
        if (targets.STAR() != null) {
            names.add(new Alias("*", null, Spans.of(targets.STAR().getSymbol())));
        } else {
            List<ImportAsNameContext> items = targets.importAsName();
            if (targets.LPAR() == null && targets.COMMA().size() >= items.size()) {
                throw Spans.error("trailing comma not allowed without surrounding parentheses",
                        targets.COMMA(targets.COMMA().size() - 1).getSymbol());
            }
            for (ImportAsNameContext item : items) {
                names.add(new Alias(Names.normalize(item.NAME(0).getText()),
                        item.NAME().size() > 1 ? Names.normalize(item.NAME(1).getText()) : null, Spans.of(item)));
            }
        }
        return new Stmt.ImportFrom(module, names, level, span);
    }

    private static String dotted(DottedNameContext ctx) {
        if (ctx.NAME().size() == 1) {
            return Names.normalize(ctx.NAME(0).getText());
        }
        StringBuilder out = new StringBuilder();
        for (TerminalNode n : ctx.NAME()) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(Names.normalize(n.getText()));
        }
        return out.toString();
    }

    // ---- compound statements ----

    private Stmt compound(CompoundStmtContext ctx) {
        ParserRuleContext c = (ParserRuleContext) ctx.getChild(0);
        return switch (c.getRuleIndex()) {
            case RULE_functionDef -> function((FunctionDefContext) c, List.of(), Spans.of(c));
            case RULE_classDef -> classDef((ClassDefContext) c, List.of(), Spans.of(c));
            case RULE_ifStmt -> ifStmt((IfStmtContext) c);
            case RULE_whileStmt -> {
                WhileStmtContext w = (WhileStmtContext) c;
                yield new Stmt.While(ex.expr(w.namedExpression()), block(w.block()), orElse(w.elseBlock()), Spans.of(w));
            }
            case RULE_forStmt -> forStmt((ForStmtContext) c);
            case RULE_withStmt -> withStmt((WithStmtContext) c);
            case RULE_tryStmt -> tryStmt((TryStmtContext) c);
            case RULE_decorated -> decorated((DecoratedContext) c);
            default -> throw new IllegalStateException("unexpected compound rule " + c.getRuleIndex());
        };
    }

    private Stmt decorated(DecoratedContext ctx) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : ctx.decorator()) {
            decorators.add(ex.expr(d.namedExpression()));
        }
        if (ctx.classDef() != null) {
            return classDef(ctx.classDef(), decorators, Spans.of(ctx.classDef()));
        }
        return function(ctx.functionDef(), decorators, Spans.of(ctx.functionDef()));
    }

    private Stmt function(FunctionDefContext ctx, List<Expr> decorators, Span span) {
        String name = Names.normalize(ctx.NAME().getText());
        Span paramsSpan = ctx.parameters() == null ? Spans.of(ctx.LPAR().getSymbol()) : Spans.of(ctx.parameters());
        Arguments args = ex.parameters().function(ctx.parameters(), paramsSpan);
        Expr returns = ctx.expression() == null ? null : ex.expr(ctx.expression());
        List<Stmt> body = block(ctx.block());
        if (ctx.ASYNC() != null) {
            return new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, span);
        }
        return new Stmt.FunctionDef(name, args, body, decorators, returns, span);
    }

    private Stmt classDef(ClassDefContext ctx, List<Expr> decorators, Span span) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx.arguments() != null) {
            ex.buildArguments(ctx.arguments(), bases, keywords, false, ctx.RPAR().getSymbol());
        }
        return new Stmt.ClassDef(Names.normalize(ctx.NAME().getText()), bases, keywords, block(ctx.block()), decorators,
                span);
    }

    private List<Stmt> orElse(ElseBlockContext ctx) {
        return ctx == null ? List.of() : block(ctx.block());
    }

    private Stmt ifStmt(IfStmtContext ctx) {
        // elif chains nest: the last elif is innermost, so build from the end.
        List<Stmt> orelse = orElse(ctx.elseBlock());
        List<ElifClauseContext> elifs = ctx.elifClause();
        ex.checkNesting(elifs.size()); // each elif nests one If deeper, as in CPython's AST
        for (int i = elifs.size() - 1; i >= 0; i--) {
            ElifClauseContext e = elifs.get(i);
            Token end = i == elifs.size() - 1 && ctx.elseBlock() != null ? ctx.elseBlock().getStop() : e.getStop();
            orelse = List.of(new Stmt.If(ex.expr(e.namedExpression()), block(e.block()), orelse,
                    Spans.of(e.getStart(), end)));
        }
        return new Stmt.If(ex.expr(ctx.namedExpression()), block(ctx.block()), orelse, Spans.of(ctx));
    }

    private Stmt forStmt(ForStmtContext ctx) {
        Expr target = Targets.store(ex.expr(ctx.starTargets()), Targets.Use.FOR);
        Expr iter = ex.expr(ctx.starExpressions());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = orElse(ctx.elseBlock());
        if (ctx.ASYNC() != null) {
            return new Stmt.AsyncFor(target, iter, body, orelse, Spans.of(ctx));
        }
        return new Stmt.For(target, iter, body, orelse, Spans.of(ctx));
    }

    private Stmt withStmt(WithStmtContext ctx) {
        List<WithItem> items = new ArrayList<>();
        for (WithItemContext item : ctx.withItem()) {
            Expr context = ex.expr(item.expression());
            Expr vars = item.starTarget() == null ? null
                    : Targets.store(ex.expr(item.starTarget()), Targets.Use.WITH);
            items.add(new WithItem(context, vars, Spans.of(item)));
        }
        List<Stmt> body = block(ctx.block());
        if (ctx.ASYNC() != null) {
            return new Stmt.AsyncWith(items, body, Spans.of(ctx));
        }
        return new Stmt.With(items, body, Spans.of(ctx));
    }

    private Stmt tryStmt(TryStmtContext ctx) {
        List<ExceptHandler> handlers = new ArrayList<>();
        List<ExceptClauseContext> clauses = ctx.exceptClause();
        for (int i = 0; i < clauses.size() - 1; i++) {
            if (clauses.get(i).expression() == null) {
                throw Spans.error("default 'except:' must be last", clauses.get(i).getStart());
            }
        }
        for (ExceptClauseContext e : clauses) {
            if (e.STAR() != null) {
                throw Spans.error("'except*' (exception groups) is not supported by Krait", e.getStart());
            }
            Expr type = e.expression() == null ? null : ex.expr(e.expression());
            String name = e.NAME() == null ? null : Names.normalize(e.NAME().getText());
            handlers.add(new ExceptHandler(type, name, block(e.block()), Spans.of(e)));
        }
        List<Stmt> finalbody = ctx.finallyBlock() == null ? List.of() : block(ctx.finallyBlock().block());
        return new Stmt.Try(block(ctx.block()), handlers, orElse(ctx.elseBlock()), finalbody, Spans.of(ctx));
    }
}
