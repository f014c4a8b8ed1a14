package dev.krait.syntax.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Literal;
import dev.krait.syntax.ast.Span;

/**
 * Turns a run of adjacent STRING tokens into one {@link Expr.Constant} (str or bytes) or,
 * when an f-string takes part, one {@link Expr.JoinedStr}: as in CPython 3.11, adjacent
 * literal text merges and empty pieces vanish.
 */
final class StringLiterals {
    private final FStringParser fstrings;
    private final java.util.function.IntFunction<Token> nextToken;

    /**
     * @param nextToken the first default-channel token after a token index, or null: CPython
     *     reports errors inside string literals at the token that follows them
     */
    StringLiterals(FStringParser fstrings, java.util.function.IntFunction<Token> nextToken) {
        this.fstrings = fstrings;
        this.nextToken = nextToken;
    }

    /** One token taken apart: its prefix letters, and the body between the quotes. */
    record Piece(Token token, boolean raw, boolean bytes, boolean fstring, boolean unicode, String body,
                 int quoteLength, char quote) {
        static Piece of(Token token) {
            String text = token.getText();
            int p = 0;
            boolean raw = false;
            boolean bytes = false;
            boolean fstring = false;
            boolean unicode = false;
            while (p < text.length() && text.charAt(p) != '\'' && text.charAt(p) != '"') {
                switch (Character.toLowerCase(text.charAt(p))) {
                    case 'r' -> raw = true;
                    case 'b' -> bytes = true;
                    case 'f' -> fstring = true;
                    case 'u' -> unicode = text.charAt(p) == 'u'; // CPython records kind='u' for lowercase only
                    default -> { }
                }
                p++;
            }
            char quote = text.charAt(p);
            int q = text.startsWith(String.valueOf(quote).repeat(3), p) && text.length() - p >= 6 ? 3 : 1;
            String body = text.substring(p + q, text.length() - q);
            return new Piece(token, raw, bytes, fstring, unicode, body, q, quote);
        }

        /** Column (0-based) of the body's first character, for positions inside f-strings. */
        int bodyColumn() {
            return token.getCharPositionInLine() + (token.getText().indexOf(quote)) + quoteLength;
        }
    }

    Expr build(List<Token> tokens, Span span) {
        // CPython 3.11 reports errors inside string literals at the token after them (the
        // parser had to read it to know the literals ended).
        Token lastToken = tokens.get(tokens.size() - 1);
        Token next = nextToken.apply(lastToken.getTokenIndex());
        Span after = next != null
                ? new Span(next.getLine(), next.getCharPositionInLine(), next.getLine(), next.getCharPositionInLine())
                : new Span(Spans.endLine(lastToken), Spans.endCol(lastToken), Spans.endLine(lastToken),
                        Spans.endCol(lastToken));
        List<Piece> pieces = new ArrayList<>(tokens.size());
        boolean anyBytes = false;
        boolean anyText = false;
        boolean anyF = false;
        for (Token t : tokens) {
            Piece piece = Piece.of(t);
            pieces.add(piece);
            anyBytes |= piece.bytes;
            anyText |= !piece.bytes;
            anyF |= piece.fstring;
        }
        if (anyBytes && anyText) {
            throw Spans.error("cannot mix bytes and nonbytes literals", after);
        }
        String kind = pieces.get(0).unicode ? "u" : null;
        try {
            if (anyBytes) {
                return new Expr.Constant(new Literal.Bytes(bytesOf(pieces, after)), null, span);
            }
            if (!anyF) {
                StringBuilder text = new StringBuilder();
                for (Piece piece : pieces) {
                    text.append(piece.raw ? piece.body : Escapes.decodeStr(piece.body));
                }
                return new Expr.Constant(text.toString(), kind, span);
            }
        } catch (Escapes.EscapeError e) {
            throw Spans.error(e.getMessage(), after);
        }
        JoinedParts parts = new JoinedParts(span);
        for (Piece piece : pieces) {
            if (piece.fstring) {
                fstrings.parse(piece, parts, span, after);
            } else {
                try {
                    parts.addText(piece.raw ? piece.body : Escapes.decodeStr(piece.body));
                } catch (Escapes.EscapeError e) {
                    throw Spans.error(e.getMessage(), after);
                }
            }
        }
        return new Expr.JoinedStr(parts.finish(), span);
    }

    private static byte[] bytesOf(List<Piece> pieces, Span after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Piece piece : pieces) {
            String body = piece.body;
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 128) {
                    throw Spans.error("bytes can only contain ASCII literal characters", after);
                }
            }
            byte[] decoded = piece.raw ? rawBytes(body) : Escapes.decodeBytes(body);
            out.write(decoded, 0, decoded.length);
        }
        return out.toByteArray();
    }

    private static byte[] rawBytes(String body) {
        byte[] out = new byte[body.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) body.charAt(i);
        }
        return out;
    }

    /** Collects the values of a JoinedStr, merging adjacent text. */
    static final class JoinedParts {
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Span span;

        JoinedParts(Span span) {
            this.span = span;
        }

        void addText(String s) {
            text.append(s);
        }

        void addValue(Expr value) {
            flush();
            values.add(value);
        }

        private void flush() {
            if (text.length() > 0) {
                values.add(new Expr.Constant(text.toString(), null, span));
                text.setLength(0);
            }
        }

        List<Expr> finish() {
            flush();
            return values;
        }
    }
}
