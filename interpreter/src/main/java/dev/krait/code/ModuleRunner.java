package dev.krait.code;

import java.io.PrintStream;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.IntStrLimit;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;

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

    /** The namespace of the {@code __main__} module, with CPython's entries; {@code file} may be null. */
    public static PyDict mainNamespace(InterpreterState state, String file) {
        PyDict globals = PyDict.namespace();
        globals.put("__name__", PyStr.of("__main__"));
        globals.put("__doc__", PyNone.NONE);
        globals.put("__package__", PyNone.NONE);
        globals.put("__loader__", PyNone.NONE);
        globals.put("__spec__", PyNone.NONE);
        globals.put("__annotations__", new PyDict());
        globals.put("__builtins__", state.importer().importModule("builtins"));
        if (file != null) {
            globals.put("__file__", PyStr.of(file));
            globals.put("__cached__", PyNone.NONE);
        }
        return globals;
    }

    /** Runs a module body with {@code globals} as its namespace. */
    public static void run(Code code, PyDict globals, InterpreterState state) {
        execute(code, globals, null, state);
    }

    /**
     * Runs code for {@code exec}/{@code eval}: a frame of its own that counts towards the
     * recursion limit, module-level names in {@code namespace} when it is not null. Returns
     * the value of an {@code eval} expression (null for statements).
     */
    static Object runNested(Code code, PyDict globals, Map<String, Object> namespace, InterpreterState state) {
        state.enterCall();
        try {
            return execute(code, globals, namespace, state);
        } finally {
            state.exitCall();
        }
    }

    private static Object execute(Code code, PyDict globals, Map<String, Object> namespace, InterpreterState state) {
        Frame frame = new Frame(code, globals, state);
        IntStrLimit outer = state.intStrLimit().bind();
        frame.namespace = namespace;
        try {
            code.body.exec(frame);
            return frame.returnValue;
        } catch (PyException e) {
            throw PyFunction.addTraceback(e, frame);
        } catch (StackOverflowError e) {
            throw PyFunction.addTraceback(Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded"),
                    frame);
        } catch (OutOfMemoryError e) {
            throw PyFunction.addTraceback(Errors.of(ExceptionTypes.MEMORY_ERROR, ""), frame);
        } finally {
            IntStrLimit.restore(outer);
        }
    }
}
