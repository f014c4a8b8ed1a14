package dev.krait.syntax.parse;

import static dev.krait.grammar.PythonParser.*;

import java.util.List;

import org.antlr.v4.runtime.Token;

/**
 * Walks a token stream around a syntax error: neighbours on the default channel, the
 * extent of the operand before or after a token, bracket depth, and where CPython places
 * the end of input. Used by {@link ErrorDiagnosis}.
 */
final class TokenScan {
    private final List<Token> tokens;

    TokenScan(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token get(int index) {
        return tokens.get(index);
    }

    int size() {
        return tokens.size();
    }

    String textBetween(Token start, Token stop) {
        StringBuilder out = new StringBuilder();
        for (int i = start.getTokenIndex(); i <= stop.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != INDENT && t.getType() != DEDENT && t.getType() != Token.EOF) {
                out.append(t.getText());
            }
        }
        return out.toString();
    }

    boolean isAtEnd(Token t) {
        for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type != DEDENT && type != Token.EOF && tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return false;
            }
        }
        return true;
    }

    /** CPython reports the end of input at the end of the last line that holds a token or comment. */
    int[] endOfInput() {
        // CPython places the end of input at the end of the file's last line, where a final
        // line end closes that line rather than opening an empty one.
        Token eof = tokens.get(tokens.size() - 1);
        if (eof.getCharPositionInLine() > 0 || eof.getLine() == 1) {
            return new int[] {eof.getLine(), eof.getCharPositionInLine()};
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getType() == NEWLINE && t.getStartIndex() <= t.getStopIndex() && t.getLine() == eof.getLine() - 1) {
                return new int[] {t.getLine(), t.getCharPositionInLine()};
            }
            if (t.getLine() < eof.getLine() - 1) {
                break;
            }
        }
        return new int[] {eof.getLine(), eof.getCharPositionInLine()};
    }

    int nextDefault(int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return index;
    }

    int previousDefault(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsExpression(int type) {
        return switch (type) {
            case NAME, NUMBER, STRING, TRUE, FALSE, NONE, ELLIPSIS, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT,
                    LAMBDA, AWAIT -> true;
            default -> false;
        };
    }

    static boolean endsExpression(int type) {
        return switch (type) {
            case NAME, NUMBER, STRING, TRUE, FALSE, NONE, ELLIPSIS, RPAR, RSQB, RBRACE -> true;
            default -> false;
        };
    }

    /** The last token of the operand that follows the token at {@code index}. */
    Token endOfOperand(int index) {
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

    int bracketDepth(Token at) {
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
    Token startOfOperand(int index) {
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

    boolean isUnaryStar(int index) {
        int prev = previousDefault(index);
        return prev < 0 || !endsExpression(tokens.get(prev).getType());
    }
}
