package dev.krait.code;

/**
 * An executable statement. {@link #exec} returns how control leaves it: normally, or by
 * {@code break}, {@code continue} or {@code return}, or by suspending (control flow is a return
 * value, not a Java exception).
 */
abstract class StmtNode {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;
    /**
     * The body of a generator, coroutine or async generator suspended beneath this statement:
     * only the resumable nodes ({@link ResumableStmts}) and suspension points
     * ({@link SuspendPoints}) return it, after recording where they stand.
     */
    static final int SUSPEND = 4;

    final int line;

    StmtNode(int line) {
        this.line = line;
    }

    abstract int exec(Frame frame);
}
