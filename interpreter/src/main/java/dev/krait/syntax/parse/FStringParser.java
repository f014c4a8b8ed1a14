package dev.krait.syntax.parse;

import java.util.ArrayDeque;
import java.util.Deque;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Span;

/**
 * Splits the body of an f-string into literal text and replacement fields, with the rules
 * and messages of CPython 3.11 (where an f-string is one token and its fields are parsed
 * afterwards): {@code {{}} and {@code }}} escapes, conversions {@code !r !s !a}, format specs
 * with nested fields (two levels at most), the {@code =} self-documenting form, and no
 * backslashes or comments inside an expression.
 */
final class FStringParser {
    /** Parses the text of one replacement-field expression, located at the given place. */
    interface ExpressionParser {
        Expr parse(String source, int line, int column);
    }

    private final ExpressionParser expressions;

    FStringParser(ExpressionParser expressions) {
        this.expressions = expressions;
    }

    void parse(StringLiterals.Piece piece, StringLiterals.JoinedParts parts, Span span, Span errorAt) {
        Cursor cursor = new Cursor(piece, span, errorAt);
        literalAndFields(cursor, parts, 0);
        if (!cursor.atEnd()) {
            throw cursor.error("f-string: single '}' is not allowed");
        }
    }

    /** Reads literal text and fields up to the end of the body, or up to a '}' ending a format spec. */
    private void literalAndFields(Cursor c, StringLiterals.JoinedParts parts, int depth) {
        StringBuilder raw = new StringBuilder();
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch == '{') {
                if (c.peek(1) == '{' && depth == 0) {
                    raw.append('{');
                    c.advance(2);
                    continue;
                }
                parts.addText(c.decode(raw));
                raw.setLength(0);
                c.advance(1);
                field(c, parts, depth);
            } else if (ch == '}') {
                if (depth > 0) {
                    break; // the end of the enclosing format spec
                }
                if (c.peek(1) == '}') {
                    raw.append('}');
                    c.advance(2);
                    continue;
                }
                throw c.error("f-string: single '}' is not allowed");
            } else if (ch == '\\' && !c.piece.raw() && c.peek(1) == 'N' && c.peek(2) == '{') {
                int close = c.body.indexOf('}', c.pos);
                if (close < 0) {
                    raw.append(c.body, c.pos, c.body.length());
                    c.pos = c.body.length();
                } else {
                    raw.append(c.body, c.pos, close + 1);
                    c.pos = close + 1;
                }
            } else if (ch == '\\' && !c.piece.raw() && c.pos + 1 < c.body.length()) {
                raw.append(ch).append(c.peek(1));
                c.advance(2);
            } else {
                raw.append(ch);
                c.advance(1);
            }
        }
        parts.addText(c.decode(raw));
    }

    /** Parses one replacement field; the cursor is just past its '{'. */
    private void field(Cursor c, StringLiterals.JoinedParts parts, int depth) {
        if (depth >= 2) {
            throw c.error("f-string: expressions nested too deeply");
        }
        int exprStart = c.pos;
        Deque<Character> brackets = new ArrayDeque<>();
        char quote = 0;
        int quoteLength = 0;
        char stop = 0;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch == '\\') {
                throw c.error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote && (quoteLength == 1 || c.peek(1) == quote && c.peek(2) == quote)) {
                    c.advance(quoteLength);
                    quote = 0;
                    continue;
                }
                c.advance(1);
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                quoteLength = c.peek(1) == ch && c.peek(2) == ch ? 3 : 1;
                c.advance(quoteLength);
                continue;
            }
            if (ch == '[' || ch == '(' || ch == '{') {
                if (brackets.size() >= 200) {
                    throw c.error("f-string: too many nested parenthesis");
                }
                brackets.push(ch);
                c.advance(1);
                continue;
            }
            if (ch == '#') {
                throw c.error("f-string expression part cannot include '#'");
            }
            if (brackets.isEmpty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
                char next = c.peek(1);
                if (next == '=' && ch != ':' && ch != '}') {
                    c.advance(2); // != == <= >=
                    continue;
                }
                if (ch == '<' || ch == '>') {
                    c.advance(1);
                    continue;
                }
                stop = ch;
                break;
            }
            if (ch == ']' || ch == ')' || ch == '}') {
                if (brackets.isEmpty()) {
                    throw c.error("f-string: unmatched '" + ch + "'");
                }
                char open = brackets.pop();
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (ch != expected) {
                    throw c.error("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + open + "'");
                }
            }
            c.advance(1);
        }
        if (quote != 0) {
            throw c.error("f-string: unterminated string");
        }
        if (!brackets.isEmpty()) {
            throw c.error("f-string: unmatched '" + brackets.peek() + "'");
        }
        if (c.atEnd()) {
            throw c.error("f-string: expecting '}'");
        }
        String exprText = c.body.substring(exprStart, c.pos);
        if (exprText.isBlank()) {
            throw c.error(stop == '}' ? "f-string: empty expression not allowed"
                    : "f-string: expression required before '" + stop + "'");
        }
        Expr value = c.parseExpression(exprText, exprStart);
        String selfDoc = null;
        if (stop == '=') {
            c.advance(1);
            int afterEq = c.pos;
            while (!c.atEnd() && Character.isWhitespace(c.peek())) {
                c.advance(1);
            }
            selfDoc = c.body.substring(exprStart, afterEq) + c.body.substring(afterEq, c.pos);
            stop = c.atEnd() ? 0 : c.peek();
        }
        int conversion = -1;
        if (stop == '!') {
            c.advance(1);
            if (c.atEnd()) {
                throw c.error("f-string: expecting '}'");
            }
            char conv = c.peek();
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw c.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            c.advance(1);
            stop = c.atEnd() ? 0 : c.peek();
            if (stop != ':' && stop != '}') {
                throw c.error("f-string: expecting '}'");
            }
        }
        Expr formatSpec = null;
        if (stop == ':') {
            c.advance(1);
            StringLiterals.JoinedParts spec = new StringLiterals.JoinedParts(c.span);
            literalAndFields(c, spec, depth + 1);
            formatSpec = new Expr.JoinedStr(spec.finish(), c.span);
        }
        if (c.atEnd() || c.peek() != '}') {
            throw c.error("f-string: expecting '}'");
        }
        c.advance(1);
        if (selfDoc != null) {
            parts.addText(selfDoc);
            if (conversion == -1 && formatSpec == null) {
                conversion = 'r';
            }
        }
        parts.addValue(new Expr.FormattedValue(value, conversion, formatSpec, c.span));
    }

    /** A position in one f-string body, with what is needed to report errors and parse fields. */
    private final class Cursor {
        final StringLiterals.Piece piece;
        final String body;
        final Span span;
        final Span errorAt;
        int pos;

        Cursor(StringLiterals.Piece piece, Span span, Span errorAt) {
            this.piece = piece;
            this.body = piece.body();
            this.span = span;
            this.errorAt = errorAt;
        }

        boolean atEnd() {
            return pos >= body.length();
        }

        char peek() {
            return body.charAt(pos);
        }

        char peek(int ahead) {
            return pos + ahead < body.length() ? body.charAt(pos + ahead) : 0;
        }

        void advance(int n) {
            pos += n;
        }

        String decode(CharSequence raw) {
            if (piece.raw()) {
                return raw.toString();
            }
            try {
                return Escapes.decodeStr(raw.toString());
            } catch (Escapes.EscapeError e) {
                throw Spans.error(e.getMessage(), errorAt);
            }
        }

        Expr parseExpression(String text, int bodyOffset) {
            int line = piece.token().getLine();
            int column = piece.bodyColumn();
            for (int i = 0; i < bodyOffset; i++) {
                char ch = body.charAt(i);
                if (ch == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            }
            return expressions.parse(text, line, column);
        }

        SourceError error(String message) {
            return Spans.error(message, errorAt);
        }
    }
}
