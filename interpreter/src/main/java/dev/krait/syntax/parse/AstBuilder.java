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

    /**
     * @param fieldParser parses f-string replacement fields
     * @param tokens the parse's tokens, to find the token after a string literal for errors
     * @param depthMessage the RecursionError message for too deeply nested input
     */
    AstBuilder(FStringParser.ExpressionParser fieldParser, List<org.antlr.v4.runtime.Token> tokens,
               String depthMessage) {
        this.expressions = new ExpressionBuilder(fieldParser, index -> nextDefault(tokens, index), depthMessage);
        this.statements = new StatementBuilder(expressions);
    }

    private static org.antlr.v4.runtime.Token nextDefault(List<org.antlr.v4.runtime.Token> tokens, int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            if (tokens.get(i).getChannel() == org.antlr.v4.runtime.Token.DEFAULT_CHANNEL) {
                return tokens.get(i);
            }
        }
        return null;
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

    /** Builds one run of adjacent string literals, raising its error if it has one. */
    Expr strings(List<org.antlr.v4.runtime.Token> run) {
        return expressions.strings(run);
    }

    Expr expression(org.antlr.v4.runtime.ParserRuleContext ctx) {
        return expressions.expr(ctx);
    }
}
