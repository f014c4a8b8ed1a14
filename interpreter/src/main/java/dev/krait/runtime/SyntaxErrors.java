package dev.krait.runtime;

import java.util.List;

/**
 * {@code SyntaxError} objects raised at run time — by {@code compile}, {@code exec},
 * {@code eval} or an import — carrying CPython's attributes ({@code msg}, {@code filename},
 * {@code lineno}, {@code offset}, {@code text}, {@code end_lineno}, {@code end_offset}) and its
 * {@code str()}: {@code "invalid syntax (<string>, line 1)"}.
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    /** A {@code SyntaxError} (or subclass {@code type}); {@code text} may be null, positions 0 when unknown. */
    public static PyBaseException create(PyType type, String msg, String filename, int line, int offset,
                                         String text, int endLine, int endOffset) {
        Object pyText = text == null ? PyNone.NONE : PyStr.of(text);
        Object details = PyTuple.of(PyStr.of(filename), (long) line, (long) offset, pyText, (long) endLine,
                (long) endOffset);
        PyBaseException e = new PyBaseException(type, List.of(PyStr.of(msg), details));
        e.dict().put("msg", PyStr.of(msg));
        e.dict().put("filename", PyStr.of(filename));
        e.dict().put("lineno", (long) line);
        e.dict().put("offset", (long) offset);
        e.dict().put("text", pyText);
        e.dict().put("end_lineno", (long) endLine);
        e.dict().put("end_offset", (long) endOffset);
        e.dict().put("print_file_and_line", PyNone.NONE);
        e.setDisplay(line > 0 ? msg + " (" + filename + ", line " + line + ")" : msg);
        return e;
    }
}
