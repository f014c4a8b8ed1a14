package dev.krait.syntax.parse;

import static dev.krait.grammar.PythonParser.*;

import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import dev.krait.grammar.SourceError;

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

    ErrorDiagnosis(List<Token> tokens) {
        this.tokens = tokens;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        throw diagnose(parser, offending, e);
    }

    private SourceError diagnose(Parser parser, Token offending, RecognitionException e) {
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = expectedTokens(parser, e);
        int type = offending.getType();
        if (type == INDENT) {
            return new SourceError(SourceError.Kind.INDENTATION_ERROR, "unexpected indent", offending.getLine(),
                    offending.getCharPositionInLine());
        }
        if (expected.contains(INDENT) && ctx instanceof BlockContext block) {
            return indentedBlockExpected(block, offending);
        }
        if (ctx instanceof TryStmtContext && expected.contains(EXCEPT) && expected.contains(FINALLY)) {
            return at("expected 'except' or 'finally' block", offending);
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
        if (expected.contains(COLON) && isCompoundHeader(ctx)) {
            return at("expected ':'", offending);
        }
        SourceError comma = forgottenComma(offending);
        if (comma != null) {
            return comma;
        }
        return at("invalid syntax", offending);
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
        ArgumentContext argument = enclosing(ctx, ArgumentContext.class);
        if (argument != null || ctx instanceof ArgumentsContext || ctx instanceof TrailerContext) {
            Token start = argument != null ? argument.getStart() : prev;
            if (start.getTokenIndex() == prevIndex && (prev.getType() == TRUE || prev.getType() == FALSE
                    || prev.getType() == NONE)) {
                return new SourceError(SourceError.Kind.SYNTAX_ERROR, "cannot assign to " + prev.getText(),
                        prev.getLine(), prev.getCharPositionInLine() + 1, equal.getLine(),
                        equal.getCharPositionInLine() + 2);
            }
            return new SourceError(SourceError.Kind.SYNTAX_ERROR,
                    "expression cannot contain assignment, perhaps you meant \"==\"?", start.getLine(),
                    start.getCharPositionInLine() + 1, equal.getLine(), equal.getCharPositionInLine() + 2);
        }
        if (prev.getType() == NAME) {
            Token end = endOfOperand(equal.getTokenIndex());
            return new SourceError(SourceError.Kind.SYNTAX_ERROR,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev.getLine(),
                    prev.getCharPositionInLine() + 1, Spans.endLine(end), Spans.endCol(end) + 1);
        }
        return null;
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
