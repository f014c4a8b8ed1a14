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
    /**
     * An exception thrown into a suspended body ({@code gen.throw()}) is being raised at its
     * suspension point: it waits in {@link Suspendable#thrown} and travels up the resumable
     * nodes as this code, so that the {@code try} around the {@code yield} catches it without
     * a Java exception unwinding the frames between (see {@link Suspendable#takeThrown}).
     */
    static final int THROW = 5;

    final int line;

    StmtNode(int line) {
        this.line = line;
    }

    abstract int exec(Frame frame);
}
