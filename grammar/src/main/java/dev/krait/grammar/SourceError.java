package dev.krait.grammar;

/**
 * A problem with the source text found while tokenizing or parsing: CPython's
 * {@code SyntaxError} and its subclasses (and, for pathological nesting, {@code MemoryError}).
 *
 * <p>It carries only the facts; the interpreter turns it into a Python exception with the
 * file name and the offending source line. Lines are 1-based; {@code offset} is CPython's
 * 1-based column in characters (code points), or 0 when there is no column.
 */
public final class SourceError extends RuntimeException {
    /** The Python exception type this error becomes. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError"),
        MEMORY_ERROR("MemoryError"),
        RECURSION_ERROR("RecursionError");

        /** The Python name of the exception type. */
        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    private final Kind kind;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;

    public SourceError(Kind kind, String message, int line, int offset) {
        this(kind, message, line, offset, 0, 0);
    }

    public SourceError(Kind kind, String message, int line, int offset, int endLine, int endOffset) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
    }

    /** A plain {@code SyntaxError}. */
    public static SourceError syntax(String message, int line, int offset) {
        return new SourceError(Kind.SYNTAX_ERROR, message, line, offset);
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    /** 1-based column of the error, 0 when unknown. */
    public int offset() {
        return offset;
    }

    /** Last line of the offending range, 0 when unknown. */
    public int endLine() {
        return endLine;
    }

    /** 1-based column just past the offending range, 0 when unknown. */
    public int endOffset() {
        return endOffset;
    }
}
