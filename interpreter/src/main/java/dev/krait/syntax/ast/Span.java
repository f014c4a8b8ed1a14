package dev.krait.syntax.ast;

/**
 * Where a node sits in its source: 1-based lines, 0-based columns counted in code points
 * (CPython counts UTF-8 bytes in {@code col_offset}; Krait counts characters, which is what
 * error carets and tracebacks need). {@code ast.dump} does not show positions.
 */
public record Span(int line, int col, int endLine, int endCol) {
    /** A span for nodes the parser synthesises without a place of their own. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Span cover(Span a, Span b) {
        return new Span(a.line, a.col, b.endLine, b.endCol);
    }
}
