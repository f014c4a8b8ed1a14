package dev.krait;

import java.io.PrintStream;

import dev.krait.code.Code;
import dev.krait.code.Compiler;
import dev.krait.code.InterpreterState;
import dev.krait.code.ModuleRunner;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyStr;
import dev.krait.syntax.CompileChecks;
import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SyntaxParser;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.scope.Scope;

/**
 * One Krait interpreter: its own builtins, modules and limits. Runs a program as the
 * {@code __main__} module and reports an uncaught exception the way CPython does.
 * Not thread-safe: use an instance from one thread at a time.
 */
public final class Interpreter {
    private final InterpreterState state;
    private boolean endedByKeyboardInterrupt;

    /** The status of a program that ended with an uncaught {@code KeyboardInterrupt}: 128 + SIGINT. */
    public static final int EXIT_KEYBOARD_INTERRUPT = 130;
    /** CPython's status when the final flush of {@code sys.stdout} fails. */
    public static final int EXIT_STDOUT_FAILED = 120;

    public Interpreter(PrintStream out, PrintStream err) {
        this(java.io.InputStream.nullInputStream(), out, err);
    }

    /** An interpreter whose {@code input()} reads {@code in} (as UTF-8). */
    public Interpreter(java.io.InputStream in, PrintStream out, PrintStream err) {
        this.state = ModuleRunner.newState(out, err);
        this.state.setInput(in);
        this.state.setUnraisableHandler((where, e) -> state.err().print("Exception ignored in: " + where + "\n"
                + TracebackPrinter.format(e, state::sourceOf)));
    }

    /**
     * Runs {@code source} as the main program; returns the exit status CPython would give
     * (0, or 1 after printing the traceback of an uncaught exception, ...). As CPython at
     * exit, it flushes the program's stdout; give it a {@link StdoutStream} to have write
     * errors raised in the program as CPython raises them.
     */
    public int runMain(String source, String filename) {
        return runMain(source, filename, java.util.List.of(filename));
    }

    /** As {@link #runMain(String, String)}, with {@code sys.argv}. */
    public int runMain(String source, String filename, java.util.List<String> argv) {
        // As CPython: the script's directory first, or '' (the current directory) for -c and stdin.
        state.importer().path().append(PyStr.of(filename.startsWith("<") ? ""
                : java.nio.file.Path.of(filename).toAbsolutePath().getParent().toString()));
        ModuleRunner.installModules(state, argv);
        return runMainCode(source, filename);
    }

    /**
     * {@code python -m module args}: finds the module on {@code sys.path} (the current
     * directory first), importing its parent packages, and runs it (a package's
     * {@code __main__}) as {@code __main__}, with {@code sys.argv[0]} its full path. A module
     * that cannot be found is reported as CPython reports it, with status 1.
     */
    public int runModule(String module, java.util.List<String> args) {
        state.importer().path().append(PyStr.of(java.nio.file.Path.of("").toAbsolutePath().toString()));
        java.util.List<String> argv = new java.util.ArrayList<>();
        argv.add("-m");
        argv.addAll(args);
        ModuleRunner.installModules(state, argv);
        java.nio.file.Path file;
        String source;
        try {
            file = state.importer().mainFile(module);
            source = dev.krait.syntax.SourceDecoder.decode(java.nio.file.Files.readAllBytes(file), file.toString());
        } catch (PyException e) {
            flushStdout(); // what parent packages printed comes first, as in CPython
            if (e.value().type().isSubtypeOf(dev.krait.runtime.ExceptionTypes.IMPORT_ERROR)) {
                state.err().print("krait: " + dev.krait.runtime.Ops.str(e.value()) + "\n");
            } else {
                state.err().print(TracebackPrinter.format(e.value(), state::sourceOf));
            }
            return 1;
        } catch (PythonSyntaxError e) {
            state.err().print(e.format());
            return 1;
        } catch (java.io.IOException e) {
            state.err().print("krait: can't read module " + module + ": " + e.getMessage() + "\n");
            return 1;
        }
        Object sysArgv = state.importer().modules().get("sys") instanceof dev.krait.runtime.PyModule sys
                ? sys.namespace().get("argv") : null;
        if (sysArgv instanceof dev.krait.runtime.PyList list) {
            list.items().set(0, PyStr.of(file.toString()));
        }
        // Relative imports in the module resolve against its package, as under CPython's -m.
        boolean isPackageMain = file.getFileName().toString().equals("__main__.py")
                && !module.endsWith("__main__");
        int dot = module.lastIndexOf('.');
        mainPackage = isPackageMain ? module : dot < 0 ? "" : module.substring(0, dot);
        return runMainCode(source, file.toString());
    }

    /** {@code __package__} of the main module when it runs under {@code -m}; null otherwise. */
    private String mainPackage;

    /** Compiles and runs {@code source} as {@code __main__}, once {@code sys} and the path are set up. */
    private int runMainCode(String source, String filename) {
        state.rememberSource(filename, source);
        Mod.Module module;
        Code code;
        try {
            module = state.parser().parseModule(source, filename, SyntaxParser.Mode.COMPILE);
            Scope scopes = CompileChecks.check(module, filename, source);
            code = Compiler.compileModule(module, scopes, filename);
        } catch (PythonSyntaxError e) {
            state.err().print(e.format());
            return 1;
        } catch (PyException e) {
            state.err().print(TracebackPrinter.format(e.value(), state::sourceOf));
            return 1;
        }
        PyDict globals = ModuleRunner.mainNamespace(state, filename.startsWith("<") ? null : filename);
        if (mainPackage != null) {
            globals.put("__package__", PyStr.of(mainPackage));
        }
        state.importer().registerMain(new dev.krait.runtime.PyModule("__main__", globals));
        int status = 0;
        PyException stdoutFailure = null;
        try {
            ModuleRunner.run(code, globals, state);
        } catch (PyException e) {
            PyBaseException value = e.value();
            // Flushed before the traceback so that a terminal shows the two in order.
            stdoutFailure = flushStdout();
            if (value.type().isSubtypeOf(dev.krait.runtime.ExceptionTypes.SYSTEM_EXIT)) {
                status = exitStatus(value);
            } else {
                state.err().print(TracebackPrinter.format(value, state::sourceOf));
                boolean interrupted = value.type().isSubtypeOf(dev.krait.runtime.ExceptionTypes.KEYBOARD_INTERRUPT);
                endedByKeyboardInterrupt = interrupted;
                status = interrupted ? EXIT_KEYBOARD_INTERRUPT : 1;
            }
        }
        try {
            state.finalizeAtExit();
        } catch (PyException e) {
            state.err().print(TracebackPrinter.format(e.value(), state::sourceOf));
        }
        if (stdoutFailure == null) {
            stdoutFailure = flushStdout();
        }
        if (stdoutFailure != null) {
            // As CPython when its final flush of sys.stdout fails (e.g. the reader of a pipe has gone).
            state.err().print("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                    + TracebackPrinter.format(stdoutFailure.value(), state::sourceOf));
            return EXIT_STDOUT_FAILED;
        }
        return status;
    }

    /**
     * Asks the program this interpreter runs to stop, as Ctrl-C does in CPython: it raises
     * {@code KeyboardInterrupt} at its next loop iteration or function call, or in the
     * {@code time.sleep} it is in. Safe to call from any thread, e.g. a signal handler.
     */
    public void interrupt() {
        state.requestInterrupt();
    }

    /**
     * Whether the last {@link #runMain} ended with an uncaught {@code KeyboardInterrupt}
     * (status {@value #EXIT_KEYBOARD_INTERRUPT}). CPython then ends its process by SIGINT,
     * so that its parent sees that it was interrupted; the CLI does the same.
     */
    public boolean endedByKeyboardInterrupt() {
        return endedByKeyboardInterrupt;
    }

    /** Flushes the program's stdout; the Python error raised if that failed, else null. */
    private PyException flushStdout() {
        try {
            state.out().flush();
            return null;
        } catch (PyException e) {
            return e;
        }
    }

    /** CPython's exit status for an uncaught {@code SystemExit}: its code, or 1 after printing a message. */
    private int exitStatus(PyBaseException exit) {
        Object code = exit.field("code");
        code = code == null ? dev.krait.runtime.PyNone.NONE : code;
        if (code == dev.krait.runtime.PyNone.NONE) {
            return 0;
        }
        if (dev.krait.runtime.Arithmetic.isInt(code)) {
            Object v = dev.krait.runtime.Ops.positive(code);
            return v instanceof Long l ? (int) (l & 0xFF) : 1;
        }
        state.err().print(dev.krait.runtime.Ops.str(code) + "\n");
        return 1;
    }
}
