package dev.krait.syntax;

/**
 * A source text that is not valid Python: CPython's {@code SyntaxError},
 * {@code IndentationError} or {@code TabError} (and, for pathologically nested input,
 * {@code MemoryError} or {@code RecursionError}), with the place it was found.
 *
 * <p>Lines are 1-based; offsets are CPython's 1-based character columns (0 when unknown).
 * {@link #format()} renders it the way CPython prints an uncaught syntax error.
 */
public final class PythonSyntaxError extends RuntimeException {
    private final String type;
    private final String msg;
    private final String filename;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    private final String text;

    public PythonSyntaxError(String type, String msg, String filename, int line, int offset, int endLine,
                             int endOffset, String text) {
        super(type + ": " + msg + " (" + filename + ", line " + line + ")", null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** The Python exception type name, e.g. {@code IndentationError}. */
    public String type() {
        return type;
    }

    /** The message alone, as Python's {@code SyntaxError.msg}. */
    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int line() {
        return line;
    }

    public int offset() {
        return offset;
    }

    public int endLine() {
        return endLine;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The offending source line without its line end, or null. */
    public String text() {
        return text;
    }

    /** True for the kinds that are SyntaxError or one of its subclasses. */
    public boolean isSyntaxError() {
        return type.endsWith("Error") && (type.equals("SyntaxError") || type.equals("IndentationError")
                || type.equals("TabError"));
    }

    /**
     * The error as CPython prints it when uncaught: the file and line, the stripped source
     * line with carets under the offending range, then {@code Type: message}.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!isSyntaxError() || line <= 0) {
            out.append(type);
            if (!msg.isEmpty()) {
                out.append(": ").append(msg);
            }
            return out.append('\n').toString();
        }
        out.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (text != null) {
            String rtext = text.replaceAll("[\\r\\n]+$", "");
            int spaces = 0;
            while (spaces < rtext.length() && (rtext.charAt(spaces) == ' ' || rtext.charAt(spaces) == '\f'
                    || rtext.charAt(spaces) == '\n')) {
                spaces++;
            }
            String ltext = rtext.substring(spaces);
            out.append("    ").append(ltext).append('\n');
            if (offset > 0) {
                int end = endLine == line && endOffset > 0 ? endOffset : offset;
                if (end <= offset) {
                    end = offset + 1;
                }
                int col = offset - 1 - spaces;
                int endCol = end - 1 - spaces;
                if (col >= 0) {
                    StringBuilder caret = new StringBuilder("    ");
                    int[] cps = ltext.codePoints().toArray();
                    for (int i = 0; i < col; i++) {
                        caret.append(i < cps.length && Character.isWhitespace(cps[i]) ? Character.toString(cps[i]) : " ");
                    }
                    caret.append("^".repeat(Math.max(1, endCol - col)));
                    out.append(caret).append('\n');
                }
            }
        }
        out.append(type).append(": ").append(msg).append('\n');
        return out.toString();
    }
}
