package dev.krait.grammar;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The superclass of the generated {@code PythonLexer}: it turns raw tokens into Python's
 * logical token stream and raises every tokenizer-level error with CPython's wording.
 *
 * <ul>
 *   <li>Layout: a NEWLINE ends a logical line; blank and comment-only lines, and line ends
 *       inside brackets, move to the hidden channel; indentation changes become INDENT and
 *       DEDENT tokens (tabs advance to the next multiple of 8, and indentation that means
 *       something different with tabs of width 1 is a {@code TabError}, as in CPython).</li>
 *   <li>At the end of input: a NEWLINE if the last line had none, a DEDENT per open block.</li>
 *   <li>Errors: unbalanced brackets, unterminated strings, malformed numbers, stray
 *       characters, bad indentation; each is thrown as a {@link SourceError}.</li>
 * </ul>
 */
public abstract class PythonLexerBase extends Lexer {
    /** CPython's limit on open brackets. */
    static final int MAX_PAREN_LEVEL = 200;
    /** CPython's limit on indentation levels. */
    static final int MAX_INDENT_LEVEL = 100;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    private int[] indents = new int[8];
    private int[] altIndents = new int[8];
    private int indentDepth;
    private boolean atLineStart = true;
    private final StringBuilder lineIndent = new StringBuilder();
    private boolean sawSignificantToken;
    private int lastSignificantType = -1;
    private int bracketBase;
    private boolean done;
    private Token lastHidden;
    private SourceError deferredError;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    /**
     * Lexes as if inside {@code depth} open brackets: line ends are insignificant and no
     * indentation is tracked. Used for the expressions inside f-strings.
     */
    public void setImplicitBracketDepth(int depth) {
        bracketBase = depth;
        atLineStart = depth == 0;
    }

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        openBrackets.clear();
        indentDepth = 0;
        atLineStart = bracketBase == 0;
        lineIndent.setLength(0);
        sawSignificantToken = false;
        lastSignificantType = -1;
        done = false;
        deferredError = null;
        lastHidden = null;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (done) {
                return makeToken(Token.EOF, "<EOF>", null);
            }
            try {
                process(super.nextToken());
            } catch (SourceError e) {
                defer(e);
            }
        }
        return pending.poll();
    }

    /**
     * Tokenizer errors are not thrown at once: as in CPython, whose tokenizer runs as the
     * parser asks for tokens, an earlier syntax error must win over a later tokenizer error in
     * some cases. The error is kept, a {@code LEXER_ERROR} token marks its place, and the
     * stream ends there; the parser's error handling decides which error to report.
     */
    private void defer(SourceError e) {
        deferredError = e;
        CommonToken marker = new CommonToken(_tokenFactorySourcePair, PythonLexer.LEXER_ERROR, Token.DEFAULT_CHANNEL,
                _input.index(), _input.index() - 1);
        marker.setText("<error>");
        marker.setLine(Math.max(1, e.line()));
        marker.setCharPositionInLine(Math.max(0, e.offset() - 1));
        pending.add(marker);
        done = true;
    }

    /** The tokenizer error found, if any; its place in the stream is a {@code LEXER_ERROR} token. */
    public SourceError deferredError() {
        return deferredError;
    }

    /**
     * Whether the deferred error replaces a syntax error the parser finds earlier in the
     * file. CPython's tokenizer raises most errors itself, and a parser error makes it read
     * the rest of the file to look for them; indentation errors and an unexpected end of
     * input are reported only when the parser reaches them.
     */
    public boolean deferredErrorOverridesParser() {
        return deferredError != null && deferredError.kind() == SourceError.Kind.SYNTAX_ERROR
                && !deferredError.getMessage().equals("unexpected EOF while parsing");
    }

    private boolean insideBrackets() {
        return bracketBase > 0 || !openBrackets.isEmpty();
    }

    private void process(Token t) {
        int type = t.getType();
        if (type == Token.EOF) {
            finish(t);
            return;
        }
        lastHidden = t.getChannel() != Token.DEFAULT_CHANNEL ? t : null;
        if (t.getChannel() != Token.DEFAULT_CHANNEL) {
            if (atLineStart && type == PythonLexer.WS) {
                lineIndent.append(t.getText());
            }
            pending.add(t);
            return;
        }
        if (type == PythonLexer.NEWLINE) {
            if (insideBrackets() || atLineStart) {
                // Implicit line joining, or a blank/comment-only line.
                ((CommonToken) t).setChannel(Token.HIDDEN_CHANNEL);
                lineIndent.setLength(0);
                pending.add(t);
            } else {
                emitSignificant(t);
                atLineStart = true;
                lineIndent.setLength(0);
            }
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            indent(t);
        }
        switch (type) {
            case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> openBracket(t);
            case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> closeBracket(t);
            case PythonLexer.NUMBER -> NumberChecks.checkEnd(t, _input);
            case PythonLexer.UNTERMINATED_STRING -> throw unterminated(t, false);
            case PythonLexer.UNTERMINATED_LONG_STRING -> throw unterminated(t, true);
            case PythonLexer.ERRORTOKEN -> strayCharacter(t);
            case PythonLexer.NAME -> checkIdentifier(t);
            default -> { }
        }
        emitSignificant(t);
    }

    private void emitSignificant(Token t) {
        sawSignificantToken = true;
        lastSignificantType = t.getType();
        pending.add(t);
    }

    // ---- indentation ----

    private void indent(Token first) {
        int col = 0;
        int alt = 0;
        for (int i = 0; i < lineIndent.length(); i++) {
            char c = lineIndent.charAt(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            }
        }
        int top = indents[indentDepth];
        int altTop = altIndents[indentDepth];
        int line = first.getLine();
        if (col == top) {
            if (alt != altTop) {
                throw tabError(line);
            }
        } else if (col > top) {
            if (alt <= altTop) {
                throw tabError(line);
            }
            if (indentDepth + 1 >= MAX_INDENT_LEVEL) {
                throw new SourceError(SourceError.Kind.INDENTATION_ERROR, "too many levels of indentation",
                        line, 1);
            }
            indentDepth++;
            if (indentDepth == indents.length) {
                indents = java.util.Arrays.copyOf(indents, indentDepth * 2);
                altIndents = java.util.Arrays.copyOf(altIndents, indentDepth * 2);
            }
            indents[indentDepth] = col;
            altIndents[indentDepth] = alt;
            pending.add(makeToken(PythonLexer.INDENT, "<INDENT>", first));
        } else {
            while (indentDepth > 0 && col < indents[indentDepth]) {
                indentDepth--;
                pending.add(makeToken(PythonLexer.DEDENT, "<DEDENT>", first));
            }
            if (col != indents[indentDepth]) {
                // CPython points just past the end of the offending line.
                throw new SourceError(SourceError.Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level", line, lineLength(first) + 1);
            }
            if (alt != altIndents[indentDepth]) {
                throw tabError(line);
            }
        }
    }

    /** The length in characters of the line that {@code first} starts, its indentation included. */
    private int lineLength(Token first) {
        int end = first.getStartIndex();
        int size = _input.size();
        StringBuilder rest = new StringBuilder();
        while (end < size) {
            String ch = _input.getText(Interval.of(end, end));
            if (ch.equals("\n") || ch.equals("\r")) {
                break;
            }
            rest.append(ch);
            end++;
        }
        return first.getCharPositionInLine() + rest.codePointCount(0, rest.length());
    }

    private static SourceError tabError(int line) {
        return new SourceError(SourceError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                line, 1);
    }

    // ---- brackets ----

    private void openBracket(Token t) {
        if (openBrackets.size() >= MAX_PAREN_LEVEL) {
            throw SourceError.syntax("too many nested parentheses", t.getLine(), t.getCharPositionInLine() + 1);
        }
        openBrackets.push(t);
    }

    private void closeBracket(Token t) {
        String close = t.getText();
        if (openBrackets.isEmpty()) {
            if (bracketBase > 0) {
                return;
            }
            throw SourceError.syntax("unmatched '" + close + "'", t.getLine(), t.getCharPositionInLine() + 1);
        }
        Token open = openBrackets.pop();
        String expected = switch (open.getType()) {
            case PythonLexer.LPAR -> ")";
            case PythonLexer.LSQB -> "]";
            default -> "}";
        };
        if (!expected.equals(close)) {
            String message = "closing parenthesis '" + close + "' does not match opening parenthesis '"
                    + open.getText() + "'";
            if (open.getLine() != t.getLine()) {
                message += " on line " + open.getLine();
            }
            throw SourceError.syntax(message, t.getLine(), t.getCharPositionInLine() + 1);
        }
    }

    // ---- end of input ----

    /**
     * The innermost bracket still open at the end of input, or null. An unclosed bracket is
     * not a tokenizer error: as in CPython, the parser reports it ("'(' was never closed")
     * only if parsing fails at the end of input, so earlier syntax errors win.
     */
    public Token unclosedBracket() {
        return openBrackets.peek();
    }

    private void finish(Token eof) {
        if (lastHidden != null && lastHidden.getType() == PythonLexer.LINE_JOIN) {
            throw SourceError.syntax("unexpected EOF while parsing", lastHidden.getLine(),
                    lastHidden.getCharPositionInLine() + 2);
        }
        if (sawSignificantToken && lastSignificantType != PythonLexer.NEWLINE && bracketBase == 0
                && openBrackets.isEmpty()) {
            pending.add(makeToken(PythonLexer.NEWLINE, "\n", eof));
        }
        while (indentDepth > 0) {
            indentDepth--;
            pending.add(makeToken(PythonLexer.DEDENT, "<DEDENT>", eof));
        }
        pending.add(eof);
        done = true;
    }

    // ---- stray characters and strings ----

    /**
     * A NAME takes in every non-ASCII character, as CPython's tokenizer does; the first one
     * that cannot be in an identifier is reported in CPython's words, at its own column.
     * Called just after the token was read, so the input stands right after it; reading it
     * back from there costs nothing for the all-ASCII names that make up most programs.
     */
    private void checkIdentifier(Token t) {
        int length = t.getStopIndex() - t.getStartIndex() + 1;
        boolean ascii = true;
        for (int i = -length; i < 0 && ascii; i++) {
            ascii = _input.LA(i) < 128;
        }
        if (ascii) {
            return;
        }
        String text = t.getText();
        int invalid = Identifiers.firstInvalid(text);
        if (invalid >= 0) {
            int cp = text.codePointAt(text.offsetByCodePoints(0, invalid));
            reportInvalidCharacter(cp, t.getLine(), t.getCharPositionInLine() + invalid + 1);
        }
    }

    private void strayCharacter(Token t) {
        String text = t.getText();
        int cp = text.codePointAt(0);
        int line = t.getLine();
        int offset = t.getCharPositionInLine() + 1;
        if (cp == '\\') {
            if (_input.LA(1) == CharStream.EOF) {
                throw SourceError.syntax("unexpected EOF while parsing", line, offset + 1);
            }
            throw SourceError.syntax("unexpected character after line continuation character", line, offset + 1);
        }
        if (cp < 128 && cp >= 32 && cp != 127) {
            return; // '$', '?', '!', '`': the parser reports "invalid syntax" at it
        }
        reportInvalidCharacter(cp, line, offset);
    }

    private static void reportInvalidCharacter(int cp, int line, int offset) {
        if (!Printable.isPrintable(cp)) {
            throw SourceError.syntax(String.format("invalid non-printable character U+%04X", cp), line, offset);
        }
        throw SourceError.syntax(String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp),
                line, offset);
    }

    private SourceError unterminated(Token t, boolean triple) {
        String text = t.getText();
        int endLine = t.getLine();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                endLine++;
            }
        }
        if (triple && (text.endsWith("\n") || text.endsWith("\r"))) {
            endLine--; // CPython counts the last line that holds text
        }
        String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return SourceError.syntax(what + " (detected at line " + endLine + ")",
                t.getLine(), t.getCharPositionInLine() + 1);
    }

    private Token makeToken(int type, String text, Token at) {
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL,
                at == null ? _input.index() : at.getStartIndex(), at == null ? _input.index() - 1 : at.getStartIndex() - 1);
        token.setText(text);
        if (at != null) {
            token.setLine(at.getLine());
            token.setCharPositionInLine(at.getCharPositionInLine());
        } else {
            token.setLine(getLine());
            token.setCharPositionInLine(getCharPositionInLine());
        }
        return token;
    }
}
