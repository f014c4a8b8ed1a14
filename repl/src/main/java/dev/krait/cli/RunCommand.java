package dev.krait.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.krait.Interpreter;
import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SourceDecoder;

/**
 * {@code krait FILE}, {@code krait -c CODE}, {@code krait -m MODULE} and {@code krait -}
 * (program from standard input): runs the program as {@code __main__}. The evaluator is young: constructs it does
 * not run yet end in a {@code NotImplementedError} naming them, before the program starts.
 */
final class RunCommand {
    private RunCommand() {}

    /** {@code sigint}, when not null, forwards Ctrl-C to the program while it runs. */
    static int run(String how, List<String> programArgs, InputStream in, PrintStream out, PrintStream err,
            SigintForwarder sigint) {
        ProgramSource source;
        switch (how) {
            case "-c" -> source = new ProgramSource("<string>", programArgs.get(1).getBytes(StandardCharsets.UTF_8));
            case "file", "standard input" -> {
                source = ProgramSource.read(how.equals("file") ? programArgs.get(0) : "-", in, err);
                if (source == null) {
                    return Main.EXIT_USAGE;
                }
            }
            case "-m" -> {
                return runModule(programArgs, in, out, err, sigint);
            }
            default -> {
                err.print("krait: " + how + " is not supported yet by this build; see the README\n");
                return Main.EXIT_USAGE;
            }
        }
        String text;
        try {
            text = SourceDecoder.decode(source.bytes(), source.filename());
        } catch (PythonSyntaxError e) {
            err.print(e.format());
            return Main.EXIT_ERROR;
        }
        java.util.List<String> argv = new java.util.ArrayList<>(programArgs);
        if (how.equals("-c")) {
            argv.remove(1); // sys.argv[0] is '-c'; the program text is not an argument
        }
        if (how.equals("standard input") && argv.isEmpty()) {
            argv.add("-");
        }
        Interpreter interpreter = new Interpreter(how.equals("standard input") ? InputStream.nullInputStream() : in,
                out, err);
        return withSigint(interpreter, sigint, () -> interpreter.runMain(text, source.filename(), argv));
    }

    /** {@code krait -m module args}: {@code programArgs} is {@code ["-m", module, args...]}. */
    private static int runModule(List<String> programArgs, InputStream in, PrintStream out, PrintStream err,
            SigintForwarder sigint) {
        Interpreter interpreter = new Interpreter(in, out, err);
        List<String> args = programArgs.subList(2, programArgs.size());
        return withSigint(interpreter, sigint, () -> interpreter.runModule(programArgs.get(1), args));
    }

    /** Runs {@code program} with Ctrl-C forwarded to {@code interpreter} when {@code sigint} is set. */
    private static int withSigint(Interpreter interpreter, SigintForwarder sigint,
            java.util.function.IntSupplier program) {
        if (sigint == null) {
            return program.getAsInt(); // runMain/runModule flush out
        }
        sigint.attach(interpreter);
        try {
            return program.getAsInt();
        } finally {
            sigint.detach(interpreter.endedByKeyboardInterrupt());
        }
    }
}
