package dev.krait.code;

import java.util.Map;

/**
 * The heap-allocated activation of a module body or function call: its locals by slot, its
 * module's globals, and the line being executed (for tracebacks).
 */
public final class Frame {
    final Object[] locals;
    final Map<String, Object> globals;
    final Map<String, Object> builtins;
    final InterpreterState state;
    final Code code;
    /** Line of the statement running now. */
    int line;
    /** The value of the {@code return} that ended the body. */
    Object returnValue;
    /** The exception an {@code except} clause is handling now (for bare {@code raise}), or null. */
    dev.krait.runtime.PyBaseException handling;

    Frame(Code code, Map<String, Object> globals, InterpreterState state) {
        this.code = code;
        this.locals = new Object[code.localCount];
        this.globals = globals;
        this.state = state;
        this.builtins = state.builtins;
    }

    public int line() {
        return line;
    }
}
