package dev.krait.code;

import java.io.PrintStream;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.IntStrLimit;
import dev.krait.runtime.PyException;

/** Runs a compiled module body in a fresh frame; the entry point from outside this package. */
public final class ModuleRunner {
    private ModuleRunner() {}

    /** A new interpreter state with its builtins installed. */
    public static InterpreterState newState(PrintStream out, PrintStream err) {
        InterpreterState state = new InterpreterState(out, err);
        Builtins.install(state);
        return state;
    }

    /** Makes the builtin modules importable, with {@code sys.argv}. */
    public static void installModules(InterpreterState state, java.util.List<String> argv) {
        StdModules.install(state, argv);
    }

    public static void run(Code code, Map<String, Object> globals, InterpreterState state) {
        Frame frame = new Frame(code, globals, state);
        IntStrLimit outer = state.intStrLimit().bind();
        try {
            code.body.exec(frame);
        } catch (PyException e) {
            throw PyFunction.addTraceback(e, frame);
        } catch (StackOverflowError e) {
            throw PyFunction.addTraceback(Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded"),
                    frame);
        } finally {
            IntStrLimit.restore(outer);
        }
    }
}
