package dev.krait.syntax.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Span;

/** Source positions of tokens and parse-tree nodes, and errors located at them. */
final class Spans {
    private Spans() {}

    static Span of(Token t) {
        return new Span(t.getLine(), t.getCharPositionInLine(), endLine(t), endCol(t));
    }

    static Span of(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
            stop = start;
        }
        return new Span(start.getLine(), start.getCharPositionInLine(), endLine(stop), endCol(stop));
    }

    static Span of(Token start, Token stop) {
        return new Span(start.getLine(), start.getCharPositionInLine(), endLine(stop), endCol(stop));
    }

    /** Only string literals (and line continuations, never in a span) run over several lines. */
    private static boolean singleLine(Token t) {
        return t.getType() != dev.krait.grammar.PythonLexer.STRING;
    }

    static int endLine(Token t) {
        if (singleLine(t)) {
            return t.getLine();
        }
        String text = t.getText();
        int line = t.getLine();
        if (text == null) {
            return line;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    static int endCol(Token t) {
        if (singleLine(t) && t.getStartIndex() <= t.getStopIndex()) {
            // Indexes count code points (ANTLR's CharStreams), like the columns.
            return t.getCharPositionInLine() + t.getStopIndex() - t.getStartIndex() + 1;
        }
        String text = t.getText();
        if (text == null || t.getType() == Token.EOF) {
            return t.getCharPositionInLine();
        }
        int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (lastBreak < 0) {
            return t.getCharPositionInLine() + text.codePointCount(0, text.length());
        }
        return text.codePointCount(lastBreak + 1, text.length());
    }

    /** A SyntaxError at the start of a node, CPython's usual place for it. */
    static SourceError error(String message, Span at) {
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, message, at.line(), at.col() + 1,
                at.endLine(), at.endCol() + 1);
    }

    static SourceError error(String message, Token at) {
        return error(message, of(at));
    }
}
