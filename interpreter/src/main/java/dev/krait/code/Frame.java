package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.PyDict;

/**
 * The heap-allocated activation of a module body or function call: its locals by slot, its
 * module's globals, and the line being executed (for tracebacks).
 */
public final class Frame implements dev.krait.runtime.FrameInfo {
    final Object[] locals;
    final PyDict globals;
    final PyDict builtins;
    final InterpreterState state;
    /** The function running in this frame (null for module and class bodies). */
    PyFunction function;
    /** A class body's namespace, where its names live; null elsewhere. */
    Map<String, Object> namespace;
    /** Cell variables (own, then free ones from the closure). */
    final Cell[] cells;
    final Code code;
    /** Line of the statement running now. */
    int line;
    /** The value of the {@code return} that ended the body. */
    Object returnValue;
    /** The generator, coroutine or async generator that owns this frame; null for a plain call. */
    Suspendable generator;
    /** A function frame's {@code locals()} dict, made at the first call and refreshed by each (as CPython 3.11). */
    PyDict localsDict;

    Frame(Code code, PyDict globals, InterpreterState state) {
        this(code, globals, state, null);
    }

    Frame(Code code, PyDict globals, InterpreterState state, Cell[] closure) {
        this(code, new Object[code.localCount], globals, state, closure);
    }

    /** A frame whose locals array the caller has made (and may have filled with arguments). */
    Frame(Code code, Object[] locals, PyDict globals, InterpreterState state, Cell[] closure) {
        this.code = code;
        this.locals = locals;
        this.globals = globals;
        this.state = state;
        this.builtins = state.builtins;
        int total = code.cellNames.length;
        this.cells = total == 0 ? null : new Cell[total];
        for (int i = 0; i < code.ownCells; i++) {
            cells[i] = new Cell();
        }
        if (closure != null && closure.length > 0) {
            System.arraycopy(closure, 0, cells, code.ownCells, closure.length);
        }
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public String codeName() {
        return code.name;
    }

    @Override
    public String filename() {
        return code.filename;
    }

    @Override
    public int firstLine() {
        return code.firstLine;
    }

    @Override
    public String[] localNames() {
        return code.localNames.clone();
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyDict builtins() {
        return builtins;
    }
}
