package dev.krait;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.krait.code.Code;
import dev.krait.code.Compiler;
import dev.krait.code.InterpreterState;
import dev.krait.code.ModuleRunner;
import dev.krait.runtime.PyBaseException;
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
    private final SyntaxParser parser = new SyntaxParser();
    private final InterpreterState state;

    public Interpreter(PrintStream out, PrintStream err) {
        this.state = ModuleRunner.newState(out, err);
    }

    /**
     * Runs {@code source} as the main program; returns the exit status CPython would give
     * (0, or 1 after printing the traceback of an uncaught exception).
     */
    public int runMain(String source, String filename) {
        Mod.Module module;
        Code code;
        try {
            module = parser.parseModule(source, filename, SyntaxParser.Mode.COMPILE);
            Scope scopes = CompileChecks.check(module, filename, source);
            code = Compiler.compileModule(module, scopes, filename);
        } catch (PythonSyntaxError e) {
            state.err().print(e.format());
            return 1;
        } catch (PyException e) {
            state.err().print(TracebackPrinter.format(e.value(), source, filename));
            return 1;
        }
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("__name__", PyStr.of("__main__"));
        try {
            ModuleRunner.run(code, globals, state);
            return 0;
        } catch (PyException e) {
            PyBaseException value = e.value();
            state.out().flush();
            state.err().print(TracebackPrinter.format(value, source, filename));
            return 1;
        }
    }
}
