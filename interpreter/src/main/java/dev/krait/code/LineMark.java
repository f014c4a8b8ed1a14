package dev.krait.code;

/**
 * A part of a multi-line statement that starts on a later line: while it runs, the frame is
 * at that line (for tracebacks); when it completes, back at the line of the code around it.
 * If it raises, the frame stays at its line, which is where the error happened.
 */
final class LineMark extends ExprNode {
    private final int line;
    private final ExprNode inner;

    LineMark(int line, ExprNode inner) {
        this.line = line;
        this.inner = inner;
    }

    @Override
    Object eval(Frame frame) {
        int outer = frame.line;
        frame.line = line;
        Object value = inner.eval(frame);
        frame.line = outer;
        return value;
    }
}
