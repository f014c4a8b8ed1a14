package dev.krait.syntax.parse;

import java.util.ArrayList;
import java.util.List;

import dev.krait.grammar.PythonParser.FileInputContext;
import dev.krait.grammar.PythonParser.InteractiveInputContext;
import dev.krait.grammar.PythonParser.StmtContext;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.ast.Stmt;

/** Builds the AST of a whole parse: the entry points over {@link StatementBuilder} and {@link ExpressionBuilder}. */
final class AstBuilder {
    private final ExpressionBuilder expressions;
    private final StatementBuilder statements;

    AstBuilder(FStringParser.ExpressionParser fieldParser, String depthMessage) {
        this.expressions = new ExpressionBuilder(fieldParser, depthMessage);
        this.statements = new StatementBuilder(expressions);
    }

    Mod.Module module(FileInputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            statements.statements(s, body);
        }
        return new Mod.Module(body, List.of());
    }

    Mod.Interactive interactive(InteractiveInputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simpleStmts() != null) {
            statements.simpleStatements(ctx.simpleStmts(), body);
        } else if (ctx.compoundStmt() != null) {
            StmtContext wrapper = new StmtContext(ctx, 0);
            wrapper.addChild(ctx.compoundStmt());
            statements.statements(wrapper, body);
        }
        return new Mod.Interactive(body);
    }

    Expr expression(org.antlr.v4.runtime.ParserRuleContext ctx) {
        return expressions.expr(ctx);
    }
}
