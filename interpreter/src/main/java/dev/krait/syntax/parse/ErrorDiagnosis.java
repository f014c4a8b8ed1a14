package dev.krait.syntax.parse;

import static dev.krait.grammar.PythonParser.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import dev.krait.grammar.PythonLexer;
import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Expr;

/**
 * Turns the first ANTLR syntax error into CPython's message for the same mistake.
 *
 * <p>CPython 3.11's parser has special rules for common mistakes ("expected ':'",
 * "expected an indented block after 'if' statement on line 3", "Perhaps you forgot a
 * comma?"); this class recognises the same situations from the parser's state (the rule
 * being parsed, the tokens it expected, the tokens around the failure) and falls back to
 * CPython's plain "invalid syntax" at the offending token. It throws instead of recovering:
 * Python reports only the first error.
 */
final class ErrorDiagnosis extends BaseErrorListener {
    private final TokenScan scan;
    private final PythonLexer lexer;
    private final Token unclosedBracket;
    private final Function<String, Expr> reparse;
    private final Consumer<List<Token>> stringCheck;

    /**
     * @param tokens the whole token stream, hidden tokens included
     * @param lexer the lexer that made the tokens: it knows the bracket left open at the end of
     *     input and any tokenizer error it deferred
     * @param stringCheck builds a run of adjacent string literals, throwing its error
     * @param reparse parses a piece of source as an expression (null if it is not one), to
     *     name the kind of an offending operand
     */
    ErrorDiagnosis(List<Token> tokens, PythonLexer lexer, Function<String, Expr> reparse,
                   Consumer<List<Token>> stringCheck) {
        this.scan = new TokenScan(tokens);
        this.stringCheck = stringCheck;
        this.lexer = lexer;
        this.unclosedBracket = lexer.unclosedBracket();
        this.reparse = reparse;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        if (offending.getType() == LEXER_ERROR) {
            throw lexer.deferredError();
        }
        SourceError error = badStringBefore(offending);
        if (error == null) {
            error = diagnose(parser, offending, e);
        }
        boolean unexpectedIndent = offending.getType() == INDENT || offending.getType() == DEDENT;
        if (!unexpectedIndent && lexer.deferredErrorOverridesParser()) {
            // CPython reads on after a parser error, and most tokenizer errors found there win.
            throw lexer.deferredError();
        }
        // As CPython: a bracket left open wins over an error found on a later line.
        if (unclosedBracket != null && error.kind() == SourceError.Kind.SYNTAX_ERROR
                && error.line() > unclosedBracket.getLine()) {
            error = SourceError.syntax("'" + unclosedBracket.getText() + "' was never closed",
                    unclosedBracket.getLine(), unclosedBracket.getCharPositionInLine() + 1);
        }
        throw error;
    }

    /**
     * CPython decodes each string literal (and parses each f-string) as soon as its parser
     * has matched it, so an error inside a literal before the failure point comes first.
     */
    private SourceError badStringBefore(Token offending) {
        List<Token> run = new ArrayList<>();
        for (int i = 0; i < offending.getTokenIndex(); i++) {
            Token t = scan.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == STRING) {
                run.add(t);
                continue;
            }
            SourceError error = checkRun(run);
            if (error != null) {
                return error;
            }
        }
        // A run that reaches the offending token is not known to be complete.
        return offending.getType() == STRING ? null : checkRun(run);
    }

    private SourceError checkRun(List<Token> run) {
        if (run.isEmpty()) {
            return null;
        }
        try {
            stringCheck.accept(List.copyOf(run));
            return null;
        } catch (SourceError e) {
            return e;
        } finally {
            run.clear();
        }
    }

    private SourceError diagnose(Parser parser, Token offending, RecognitionException e) {
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = expectedTokens(parser, e);
        int type = offending.getType();
        int prevIndex = scan.previousDefault(offending.getTokenIndex());
        Token prev = prevIndex >= 0 ? scan.get(prevIndex) : null;
        int prevType = prev == null ? -1 : prev.getType();
        if (type == INDENT) {
            return new SourceError(SourceError.Kind.INDENTATION_ERROR, "unexpected indent", offending.getLine(),
                    offending.getCharPositionInLine());
        }
        if (expected.contains(INDENT) && ctx instanceof BlockContext block) {
            return indentedBlockExpected(block, offending);
        }
        if (unclosedBracket != null && scan.isAtEnd(offending)) {
            return SourceError.syntax("'" + unclosedBracket.getText() + "' was never closed",
                    unclosedBracket.getLine(), unclosedBracket.getCharPositionInLine() + 1);
        }
        if (ctx instanceof TryStmtContext && expected.contains(EXCEPT) && expected.contains(FINALLY)) {
            return at("expected 'except' or 'finally' block", offending);
        }
        SourceError match = unsupportedMatch(offending);
        if (match != null) {
            return match;
        }
        SourceError print = missingPrintParentheses(offending);
        if (print != null) {
            return print;
        }
        if (type == EQUAL) {
            SourceError assign = misplacedAssignment(ctx, offending);
            if (assign != null) {
                return assign;
            }
        }
        if (type == COLONEQUAL && prev != null && expectsNamedExpression(ctx)) {
            Token start = scan.startOfOperand(prevIndex);
            Expr target = reparse.apply(scan.textBetween(start, prev));
            if (target != null && !(target instanceof Expr.Name)) {
                return at("cannot use assignment expressions with " + ExprNames.describe(target), start);
            }
        }
        if (type == GREATER && prevType == LESS && prev.getStopIndex() + 1 == offending.getStartIndex()) {
            return at("invalid syntax", prev); // Python 2's <> operator
        }
        if (ctx instanceof FunctionDefContext && expected.contains(LPAR)) {
            return at("expected '('", offending);
        }
        if (up(ctx, FunctionDefContext.class) != null && prevType == RARROW && type == COLON) {
            return at("expected ':'", prev);
        }
        if (type == LPAR && (ctx instanceof ParametersContext || ctx instanceof ParameterContext
                || ctx instanceof FunctionDefContext && prevType == LPAR)) {
            return at("Function parameters cannot be parenthesized", offending);
        }
        if (type == LPAR && (ctx instanceof LambdaParametersContext || ctx instanceof LambdaParameterContext
                || ctx instanceof LambdefContext)) {
            return at("Lambda expression parameters cannot be parenthesized", offending);
        }
        if (prevType == EQUAL && (type == COMMA || type == RPAR || type == COLON)
                && (up(ctx, ParameterContext.class) != null || up(ctx, LambdaParameterContext.class) != null)) {
            return at("expected default value expression", prev);
        }
        ExceptClauseContext except = up(ctx, ExceptClauseContext.class);
        if (except != null && type == COMMA && except.expression() != null) {
            return at("multiple exception types must be parenthesized", except.expression().getStart());
        }
        if (up(ctx, ImportFromContext.class) != null && prevType == COMMA
                && (type == NEWLINE || type == SEMI || type == Token.EOF)) {
            return at("trailing comma not allowed without surrounding parentheses", offending);
        }
        ExpressionContext conditional = up(ctx, ExpressionContext.class);
        if (conditional != null && expected.contains(ELSE) && conditional.IF() != null) {
            return at("expected 'else' after 'if' expression", conditional.getStart());
        }
        DictOrSetItemContext item = up(ctx, DictOrSetItemContext.class);
        if (item != null && item.COLON() != null) {
            if (type == STAR) {
                return at("cannot use a starred expression in a dictionary value", offending);
            }
            if (prevType == COLON) {
                return at("expression expected after dictionary key and ':'", prev);
            }
        }
        AtomContext atom = up(ctx, AtomContext.class);
        if (type == FOR && atom != null && (atom.LSQB() != null || atom.LBRACE() != null) && !atom.COMMA().isEmpty()) {
            ParserRuleContext first = (ParserRuleContext) atom.getChild(1);
            return at("did you forget parentheses around the comprehension target?", first.getStart(), 1);
        }
        if (expected.contains(COLON) && needsColon(ctx, type)) {
            return at("expected ':'", offending);
        }
        SourceError comma = inParameters(ctx) ? null : forgottenComma(offending);
        if (comma != null) {
            return comma;
        }
        return at("invalid syntax", offending);
    }

    /** The nearest enclosing context of the given kind, searching up to the enclosing statement. */
    private static <T extends ParserRuleContext> T up(ParserRuleContext ctx, Class<T> kind) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (kind.isInstance(c)) {
                return kind.cast(c);
            }
            if (c instanceof StmtContext || c instanceof SimpleStmtContext) {
                return null;
            }
        }
        return null;
    }

    /** Rules whose ':' CPython forces ("expected ':'" always), or expects only before a line end. */
    private static boolean needsColon(ParserRuleContext ctx, int offendingType) {
        if (ctx instanceof ElseBlockContext || ctx instanceof FinallyBlockContext || ctx instanceof TryStmtContext
                || ctx instanceof ClassDefContext || ctx instanceof FunctionDefContext) {
            return true;
        }
        return offendingType == NEWLINE && (ctx instanceof IfStmtContext || ctx instanceof ElifClauseContext
                || ctx instanceof WhileStmtContext || ctx instanceof ForStmtContext || ctx instanceof WithStmtContext
                || ctx instanceof ExceptClauseContext);
    }

    private static boolean inParameters(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ParametersContext || c instanceof ParameterContext) {
                return true;
            }
            if (c instanceof FunctionDefContext f) {
                return f.RPAR() == null;
            }
            if (c instanceof StmtContext || c instanceof AtomContext || c instanceof TrailerContext) {
                return false;
            }
        }
        return false;
    }

    /** A SyntaxError starting at {@code start}; {@code unused} only distinguishes the overload. */
    private SourceError at(String message, Token start, int unused) {
        return SourceError.syntax(message, start.getLine(), start.getCharPositionInLine() + 1);
    }

    private static IntervalSet expectedTokens(Parser parser, RecognitionException e) {
        try {
            if (e != null && e.getExpectedTokens() != null) {
                return e.getExpectedTokens();
            }
            return parser.getExpectedTokens();
        } catch (RuntimeException ignored) {
            return new IntervalSet();
        }
    }

    /** A SyntaxError at a token; the end of input is reported where CPython puts it. */
    private SourceError at(String message, Token t) {
        if (t.getType() == Token.EOF || t.getType() == DEDENT && t.getText().equals("<DEDENT>") && scan.isAtEnd(t)) {
            int[] end = scan.endOfInput();
            return SourceError.syntax(message, end[0], end[1] + 1);
        }
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, message, t.getLine(), t.getCharPositionInLine() + 1,
                Spans.endLine(t), Spans.endCol(t) + 1);
    }

    private SourceError indentedBlockExpected(BlockContext block, Token offending) {
        ParserRuleContext owner = block.getParent();
        String what;
        if (owner instanceof FunctionDefContext) {
            what = "function definition";
        } else if (owner instanceof ClassDefContext) {
            what = "class definition";
        } else {
            what = "'" + owner.getStart().getText() + "' statement";
            if (owner instanceof ForStmtContext || owner instanceof WithStmtContext) {
                Token keyword = owner.getStart().getType() == ASYNC
                        ? scan.get(scan.nextDefault(owner.getStart().getTokenIndex())) : owner.getStart();
                what = "'" + keyword.getText() + "' statement";
            }
        }
        int line = owner instanceof FunctionDefContext f ? f.DEF().getSymbol().getLine() : owner.getStart().getLine();
        SourceError plain = at("x", offending);
        return new SourceError(SourceError.Kind.INDENTATION_ERROR,
                "expected an indented block after " + what + " on line " + line, plain.line(), plain.offset());
    }

    /**
     * {@code match x:} / {@code case p:}: the match statement, which Krait does not support.
     * Recognised when the failing line starts with the soft keyword and ends with a colon.
     */
    private SourceError unsupportedMatch(Token offending) {
        int i = offending.getTokenIndex();
        int first = -1;
        for (int j = i; j >= 0; j--) {
            Token t = scan.get(j);
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == INDENT || t.getType() == DEDENT) {
                continue;
            }
            if (j < i && (t.getType() == NEWLINE || t.getType() == SEMI)) {
                break;
            }
            first = j;
        }
        if (first < 0) {
            return null;
        }
        Token keyword = scan.get(first);
        if (keyword.getType() != NAME || !(keyword.getText().equals("match") || keyword.getText().equals("case"))) {
            return null;
        }
        Token last = null;
        for (int j = first; j < scan.size(); j++) {
            Token t = scan.get(j);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == NEWLINE || t.getType() == Token.EOF) {
                break;
            }
            last = t;
        }
        if (last == null || last.getType() != COLON || first == offending.getTokenIndex()) {
            return null;
        }
        return SourceError.syntax("the 'match' statement is not supported by Krait", keyword.getLine(),
                keyword.getCharPositionInLine() + 1);
    }

    /** {@code print "hello"}: Python 2's statement. */
    private SourceError missingPrintParentheses(Token offending) {
        int prev = scan.previousDefault(offending.getTokenIndex());
        if (prev < 0) {
            return null;
        }
        Token name = scan.get(prev);
        if (name.getType() != NAME || !(name.getText().equals("print") || name.getText().equals("exec"))) {
            return null;
        }
        int before = scan.previousDefault(prev);
        if (before >= 0 && !isStatementStart(scan.get(before).getType())) {
            return null;
        }
        if (!TokenScan.startsExpression(offending.getType())) {
            return null;
        }
        Token last = offending;
        for (int i = offending.getTokenIndex(); i < scan.size(); i++) {
            Token t = scan.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == NEWLINE || t.getType() == SEMI || t.getType() == Token.EOF) {
                break;
            }
            last = t;
        }
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, "Missing parentheses in call to '" + name.getText()
                + "'. Did you mean " + name.getText() + "(...)?", name.getLine(), name.getCharPositionInLine() + 1,
                Spans.endLine(last), Spans.endCol(last) + 1);
    }

    private static boolean isStatementStart(int previousType) {
        return previousType == NEWLINE || previousType == INDENT || previousType == DEDENT || previousType == SEMI
                || previousType == COLON;
    }

    /** An {@code =} where an expression was expected: in a call, or in a condition. */
    private SourceError misplacedAssignment(ParserRuleContext ctx, Token equal) {
        int prevIndex = scan.previousDefault(equal.getTokenIndex());
        if (prevIndex < 0) {
            return null;
        }
        Token prev = scan.get(prevIndex);
        ArgumentsContext args = up(ctx, ArgumentsContext.class);
        TrailerContext trailer = up(ctx, TrailerContext.class);
        if (args == null && trailer != null) {
            args = trailer.arguments();
        }
        if (args == null && up(ctx, ClassDefContext.class) != null) {
            args = up(ctx, ClassDefContext.class).arguments();
        }
        if (args != null && !args.argument().isEmpty()) {
            ArgumentContext last = up(ctx, ArgumentContext.class);
            if (last == null) {
                last = args.argument(args.argument().size() - 1);
            }
            if (last.getStop() != prev || last.namedExpression() == null || last.compFor() != null
                    || last.namedExpression().COLONEQUAL() != null) {
                return null;
            }
            Token start = last.getStart();
            if (start == prev && (prev.getType() == TRUE || prev.getType() == FALSE || prev.getType() == NONE)) {
                return new SourceError(SourceError.Kind.SYNTAX_ERROR, "cannot assign to " + prev.getText(),
                        prev.getLine(), prev.getCharPositionInLine() + 1, equal.getLine(),
                        equal.getCharPositionInLine() + 2);
            }
            return new SourceError(SourceError.Kind.SYNTAX_ERROR,
                    "expression cannot contain assignment, perhaps you meant \"==\"?", start.getLine(),
                    start.getCharPositionInLine() + 1, equal.getLine(), equal.getCharPositionInLine() + 2);
        }
        if (!expectsNamedExpression(ctx)) {
            return null;
        }
        Token end = scan.endOfOperand(equal.getTokenIndex());
        if (prev.getType() == NAME && scan.startOfOperand(prevIndex) == prev) {
            return new SourceError(SourceError.Kind.SYNTAX_ERROR,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev.getLine(),
                    prev.getCharPositionInLine() + 1, Spans.endLine(end), Spans.endCol(end) + 1);
        }
        Token start = scan.startOfOperand(prevIndex);
        Expr target = reparse.apply(scan.textBetween(start, prev));
        if (target == null || target instanceof Expr.List || target instanceof Expr.Tuple
                || target instanceof Expr.GeneratorExp || target instanceof Expr.Compare
                || target instanceof Expr.BoolOp) {
            return null;
        }
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, "cannot assign to " + ExprNames.describe(target)
                + " here. Maybe you meant '==' instead of '='?", start.getLine(), start.getCharPositionInLine() + 1,
                Spans.endLine(prev), Spans.endCol(prev) + 1);
    }

    /** Whether the parser is inside a named expression (so CPython's "Maybe you meant" rules apply). */
    private static boolean expectsNamedExpression(ParserRuleContext ctx) {
        if (ctx instanceof IfStmtContext || ctx instanceof ElifClauseContext || ctx instanceof WhileStmtContext
                || ctx instanceof DecoratorContext || ctx instanceof AtomContext || ctx instanceof SliceItemContext
                || ctx instanceof SlicesContext || ctx instanceof StarNamedExpressionsContext) {
            return true; // just after one of their named expressions
        }
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof NamedExpressionContext) {
                return !(c.getParent() instanceof ArgumentContext);
            }
            if (c instanceof StmtContext || c instanceof ExprStmtContext || c instanceof ArgumentContext
                    || c instanceof LambdefContext) {
                return false;
            }
        }
        return false;
    }

    /** {@code [a b]}: two expressions side by side inside brackets. */
    private SourceError forgottenComma(Token offending) {
        if (!TokenScan.startsExpression(offending.getType()) || offending.getType() == NOT || offending.getType() == LAMBDA) {
            return null;
        }
        int prevIndex = scan.previousDefault(offending.getTokenIndex());
        if (prevIndex < 0 || !TokenScan.endsExpression(scan.get(prevIndex).getType()) || scan.bracketDepth(offending) == 0) {
            return null;
        }
        Token prev = scan.get(prevIndex);
        if (prev.getType() == NAME && offending.getType() == STRING) {
            return null;
        }
        Token start = scan.startOfOperand(prevIndex);
        Token end = scan.endOfOperand(offending.getTokenIndex());
        if (unclosedBracket != null && scan.isAtEnd(end)) {
            // CPython's parser reads to the end of input looking for the second operand, and
            // its tokenizer reports the bracket left open there.
            return SourceError.syntax("'" + unclosedBracket.getText() + "' was never closed",
                    unclosedBracket.getLine(), unclosedBracket.getCharPositionInLine() + 1);
        }
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?",
                start.getLine(), start.getCharPositionInLine() + 1, Spans.endLine(end), Spans.endCol(end) + 1);
    }

}
