package dev.krait.syntax;

import java.util.function.Function;


import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.parse.ParseDriver;
import dev.krait.syntax.parse.ParserCache;

/**
 * Krait's parser front door: source text in, AST out, or a {@link PythonSyntaxError} with
 * CPython's type, message and position.
 *
 * <p>Each instance owns its prediction caches (see {@link ParserCache}); an interpreter
 * keeps one. Parsing is two-stage: the fast SLL mode first, and only when that fails the
 * full LL mode, which also produces the error messages. Pathological nesting ends in
 * CPython's {@code MemoryError}/{@code RecursionError}, never a Java stack overflow.
 */
public final class SyntaxParser {
    /** What the parse is for; CPython words some limits differently for each. */
    public enum Mode {
        /** {@code ast.parse}: depth errors say "during ast construction". */
        AST("maximum recursion depth exceeded during ast construction"),
        /** {@code compile}/running a program: depth errors say "during compilation". */
        COMPILE("maximum recursion depth exceeded during compilation");

        final String depthMessage;

        Mode(String depthMessage) {
            this.depthMessage = depthMessage;
        }
    }

    private final ParserCache cache;

    public SyntaxParser() {
        this(new ParserCache());
    }

    public SyntaxParser(ParserCache cache) {
        this.cache = cache;
    }

    /** Parses a whole module (a file's contents). A leading byte order mark is ignored. */
    public Mod.Module parseModule(String source, String filename, Mode mode) {
        return run(source, filename, mode, ParseDriver.Entry.MODULE, Mod.Module.class::cast);
    }

    /** Parses one input of the interactive prompt. */
    public Mod.Interactive parseInteractive(String source, String filename, Mode mode) {
        return run(source, filename, mode, ParseDriver.Entry.INTERACTIVE, Mod.Interactive.class::cast);
    }

    /** Parses the argument of {@code eval()}. */
    public Mod.Expression parseExpression(String source, String filename, Mode mode) {
        return run(source, filename, mode, ParseDriver.Entry.EXPRESSION,
                node -> new Mod.Expression((Expr) node));
    }

    private <T> T run(String source, String filename, Mode mode, ParseDriver.Entry entry,
                      Function<Object, T> result) {
        String text = normalizeNewlines(source.startsWith("\uFEFF") ? source.substring(1) : source);
        if (text.indexOf('\0') >= 0) {
            throw new PythonSyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0,
                    0, 0, null);
        }
        try {
            return result.apply(new ParseDriver(cache, mode.depthMessage).parse(text, filename, entry));
        } catch (SourceError e) {
            throw toPython(e, filename, text);
        } catch (StackOverflowError e) {
            throw new PythonSyntaxError("RecursionError", mode.depthMessage, filename, 0, 0, 0, 0, null);
        }
    }

    /** CPython reads source with universal newlines: CRLF and a lone CR both become LF. */
    static String normalizeNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static PythonSyntaxError toPython(SourceError e, String filename, String text) {
        String line = e.line() > 0 ? sourceLine(text, e.line()) : null;
        return new PythonSyntaxError(e.kind().pythonName, e.getMessage(), filename, e.line(), e.offset(),
                e.endLine(), e.endOffset(), line);
    }

    /** The given 1-based line of the text, without its line end, or null past the end. */
    static String sourceLine(String text, int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int nl = nextLineStart(text, start);
            if (nl < 0) {
                return null;
            }
            start = nl;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        if (start >= text.length() && line > 1) {
            return null;
        }
        return text.substring(start, end);
    }

    private static int nextLineStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }
}
