package dev.krait.syntax.parse;

import static dev.krait.grammar.PythonParser.*;

import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

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
    private final List<Token> tokens;
    private final Token unclosedBracket;
    private final Function<String, Expr> reparse;

    /**
     * @param tokens the whole token stream, hidden tokens included
     * @param unclosedBracket the innermost bracket left open at the end of input, or null
     * @param reparse parses a piece of source as an expression (null if it is not one), to
     *     name the kind of an offending operand
     */
    ErrorDiagnosis(List<Token> tokens, Token unclosedBracket, Function<String, Expr> reparse) {
        this.tokens = tokens;
        this.unclosedBracket = unclosedBracket;
        this.reparse = reparse;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        SourceError error = diagnose(parser, offending, e);
        // As CPython: a bracket left open wins over an error found on a later line.
        if (unclosedBracket != null && error.kind() == SourceError.Kind.SYNTAX_ERROR
                && error.line() > unclosedBracket.getLine()) {
            error = SourceError.syntax("'" + unclosedBracket.getText() + "' was never closed",
                    unclosedBracket.getLine(), unclosedBracket.getCharPositionInLine() + 1);
        }
        throw error;
    }

    private SourceError diagnose(Parser parser, Token offending, RecognitionException e) {
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = expectedTokens(parser, e);
        int type = offending.getType();
        int prevIndex = previousDefault(offending.getTokenIndex());
        Token prev = prevIndex >= 0 ? tokens.get(prevIndex) : null;
        int prevType = prev == null ? -1 : prev.getType();
        if (type == INDENT) {
            return new SourceError(SourceError.Kind.INDENTATION_ERROR, "unexpected indent", offending.getLine(),
                    offending.getCharPositionInLine());
        }
        if (expected.contains(INDENT) && ctx instanceof BlockContext block) {
            return indentedBlockExpected(block, offending);
        }
        if (unclosedBracket != null && isAtEnd(offending)) {
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
            Token start = startOfOperand(prevIndex);
            Expr target = reparse.apply(textBetween(start, prev));
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

    private String textBetween(Token start, Token stop) {
        StringBuilder out = new StringBuilder();
        for (int i = start.getTokenIndex(); i <= stop.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != INDENT && t.getType() != DEDENT && t.getType() != Token.EOF) {
                out.append(t.getText());
            }
        }
        return out.toString();
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
        if (t.getType() == Token.EOF || t.getType() == DEDENT && t.getText().equals("<DEDENT>") && isAtEnd(t)) {
            int[] end = endOfInput();
            return SourceError.syntax(message, end[0], end[1] + 1);
        }
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, message, t.getLine(), t.getCharPositionInLine() + 1,
                Spans.endLine(t), Spans.endCol(t) + 1);
    }

    private boolean isAtEnd(Token t) {
        for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type != DEDENT && type != Token.EOF && tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return false;
            }
        }
        return true;
    }

    /** CPython reports the end of input at the end of the last line that holds a token or comment. */
    private int[] endOfInput() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == Token.EOF || type == DEDENT || type == INDENT || type == WS) {
                continue;
            }
            if (type == NEWLINE) {
                if (t.getText().equals("\n") && t.getStartIndex() > t.getStopIndex()) {
                    continue; // the NEWLINE the lexer adds when the last line has none
                }
                return new int[] {t.getLine(), t.getCharPositionInLine()};
            }
            return new int[] {Spans.endLine(t), Spans.endCol(t)};
        }
        return new int[] {1, 0};
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
                        ? tokens.get(nextDefault(owner.getStart().getTokenIndex())) : owner.getStart();
                what = "'" + keyword.getText() + "' statement";
            }
        }
        int line = owner instanceof FunctionDefContext f ? f.DEF().getSymbol().getLine() : owner.getStart().getLine();
        SourceError plain = at("x", offending);
        return new SourceError(SourceError.Kind.INDENTATION_ERROR,
                "expected an indented block after " + what + " on line " + line, plain.line(), plain.offset());
    }

    private int nextDefault(int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return index;
    }

    private int previousDefault(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCompoundHeader(ParserRuleContext ctx) {
        return ctx instanceof IfStmtContext || ctx instanceof ElifClauseContext || ctx instanceof ElseBlockContext
                || ctx instanceof WhileStmtContext || ctx instanceof ForStmtContext || ctx instanceof WithStmtContext
                || ctx instanceof TryStmtContext || ctx instanceof ExceptClauseContext
                || ctx instanceof FinallyBlockContext || ctx instanceof FunctionDefContext
                || ctx instanceof ClassDefContext;
    }

    /**
     * {@code match x:} / {@code case p:}: the match statement, which Krait does not support.
     * Recognised when the failing line starts with the soft keyword and ends with a colon.
     */
    private SourceError unsupportedMatch(Token offending) {
        int i = offending.getTokenIndex();
        int first = -1;
        for (int j = i; j >= 0; j--) {
            Token t = tokens.get(j);
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
        Token keyword = tokens.get(first);
        if (keyword.getType() != NAME || !(keyword.getText().equals("match") || keyword.getText().equals("case"))) {
            return null;
        }
        Token last = null;
        for (int j = first; j < tokens.size(); j++) {
            Token t = tokens.get(j);
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
        int prev = previousDefault(offending.getTokenIndex());
        if (prev < 0) {
            return null;
        }
        Token name = tokens.get(prev);
        if (name.getType() != NAME || !(name.getText().equals("print") || name.getText().equals("exec"))) {
            return null;
        }
        int before = previousDefault(prev);
        if (before >= 0 && !isStatementStart(tokens.get(before).getType())) {
            return null;
        }
        if (!startsExpression(offending.getType())) {
            return null;
        }
        Token last = offending;
        for (int i = offending.getTokenIndex(); i < tokens.size(); i++) {
            Token t = tokens.get(i);
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

    private static boolean startsExpression(int type) {
        return switch (type) {
            case NAME, NUMBER, STRING, TRUE, FALSE, NONE, ELLIPSIS, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT,
                    LAMBDA, AWAIT -> true;
            default -> false;
        };
    }

    private static boolean endsExpression(int type) {
        return switch (type) {
            case NAME, NUMBER, STRING, TRUE, FALSE, NONE, ELLIPSIS, RPAR, RSQB, RBRACE -> true;
            default -> false;
        };
    }

    /** An {@code =} where an expression was expected: in a call, or in a condition. */
    private SourceError misplacedAssignment(ParserRuleContext ctx, Token equal) {
        int prevIndex = previousDefault(equal.getTokenIndex());
        if (prevIndex < 0) {
            return null;
        }
        Token prev = tokens.get(prevIndex);
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
        Token end = endOfOperand(equal.getTokenIndex());
        if (prev.getType() == NAME && startOfOperand(prevIndex) == prev) {
            return new SourceError(SourceError.Kind.SYNTAX_ERROR,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev.getLine(),
                    prev.getCharPositionInLine() + 1, Spans.endLine(end), Spans.endCol(end) + 1);
        }
        Token start = startOfOperand(prevIndex);
        Expr target = reparse.apply(textBetween(start, prev));
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

    private static <T extends ParserRuleContext> T enclosing(ParserRuleContext ctx, Class<T> kind) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (kind.isInstance(c)) {
                return kind.cast(c);
            }
            if (c instanceof StmtContext) {
                return null;
            }
        }
        return null;
    }

    /** The last token of the operand that follows the token at {@code index}. */
    private Token endOfOperand(int index) {
        int depth = 0;
        Token last = tokens.get(index);
        for (int i = index + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = t.getType();
            if (type == LPAR || type == LSQB || type == LBRACE) {
                depth++;
            } else if (type == RPAR || type == RSQB || type == RBRACE) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (type == COLON || type == COMMA || type == NEWLINE || type == EQUAL
                    || type == SEMI || type == Token.EOF || type == IF || type == ELSE || type == FOR || type == AND
                    || type == OR || type == NOT || type == IN || type == IS || type == COLONEQUAL)) {
                break;
            }
            last = t;
        }
        return last;
    }

    /** {@code [a b]}: two expressions side by side inside brackets. */
    private SourceError forgottenComma(Token offending) {
        if (!startsExpression(offending.getType()) || offending.getType() == NOT || offending.getType() == LAMBDA) {
            return null;
        }
        int prevIndex = previousDefault(offending.getTokenIndex());
        if (prevIndex < 0 || !endsExpression(tokens.get(prevIndex).getType()) || bracketDepth(offending) == 0) {
            return null;
        }
        Token prev = tokens.get(prevIndex);
        if (prev.getType() == NAME && offending.getType() == STRING) {
            return null;
        }
        Token start = startOfOperand(prevIndex);
        Token end = endOfOperand(offending.getTokenIndex());
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?",
                start.getLine(), start.getCharPositionInLine() + 1, Spans.endLine(end), Spans.endCol(end) + 1);
    }

    private int bracketDepth(Token at) {
        int depth = 0;
        for (int i = 0; i < at.getTokenIndex(); i++) {
            int type = tokens.get(i).getType();
            if (type == LPAR || type == LSQB || type == LBRACE) {
                depth++;
            } else if (type == RPAR || type == RSQB || type == RBRACE) {
                depth--;
            }
        }
        return depth;
    }

    /** The first token of the operand-and-operator run that ends at {@code index}. */
    private Token startOfOperand(int index) {
        int depth = 0;
        Token first = tokens.get(index);
        for (int i = index; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = t.getType();
            if (type == RPAR || type == RSQB || type == RBRACE) {
                depth++;
            } else if (type == LPAR || type == LSQB || type == LBRACE) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (type == COMMA || type == COLON || type == EQUAL || type == NEWLINE
                    || type == INDENT || type == DEDENT || type == SEMI || type == IF || type == ELSE || type == FOR
                    || type == IN || type == LAMBDA || type == RETURN || type == COLONEQUAL || type == YIELD
                    || type == ASSERT || type == DEL || type == WHILE || type == ELIF || type == WITH
                    || type == AS || type == RAISE || type == FROM || type == IMPORT || type == AWAIT
                    || (type == STAR || type == DOUBLESTAR) && isUnaryStar(i))) {
                break;
            }
            first = t;
        }
        return first;
    }

    private boolean isUnaryStar(int index) {
        int prev = previousDefault(index);
        return prev < 0 || !endsExpression(tokens.get(prev).getType());
    }
}
