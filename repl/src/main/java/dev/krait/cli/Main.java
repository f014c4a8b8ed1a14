package dev.krait.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.krait.StdoutStream;
import dev.krait.runtime.PyException;

/**
 * The {@code krait} command.
 *
 * <p>{@link #run} is the whole command with its streams passed in, so tests and hosts call
 * it in-process; {@link #main} only binds it to the process's streams (always UTF-8) and
 * exit status. The work runs on a thread with a large stack so that deeply nested input
 * ends in Python's errors rather than a {@link StackOverflowError}, and nothing Java-shaped
 * ever reaches the user: an unexpected failure is one {@code krait: internal error} line
 * and exit status {@value #EXIT_INTERNAL} ({@code KRAIT_DEBUG=1} saves the Java trace to a file and names it).
 *
 * <p>Ctrl-C raises {@code KeyboardInterrupt} in the running program ({@link SigintForwarder});
 * one left uncaught ends the process by SIGINT after its traceback, as in CPython.
 *
 * <p>Every line ends in {@code \n} (never {@code println}'s platform separator) so that
 * output is byte-for-byte CPython's on POSIX.
 *
 * <p>Programs run on a young evaluator: what it cannot run yet is refused by name with a
 * {@code NotImplementedError} before the program starts.
 */
public final class Main {
    static final int EXIT_OK = 0;
    /** An uncaught Python error, as in CPython. ({@code KeyboardInterrupt}: 130, by SIGINT.) */
    static final int EXIT_ERROR = 1;
    /** A bad command line or an unreadable file, as in CPython. */
    static final int EXIT_USAGE = 2;
    /** BSD's EX_SOFTWARE: a bug in Krait. */
    static final int EXIT_INTERNAL = 70;

    /** The CPython release whose behaviour Krait follows. */
    static final String PYTHON_VERSION = "3.11.2";
    /** Used when the classes do not come from the built jar (tests, IDEs). */
    static final String FALLBACK_VERSION = "0.1.0";

    /** Reserved, not committed: the JVM only touches the pages deep nesting really uses. */
    static final long STACK_SIZE = 1L << 30;

    static final String USAGE_LINE = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String HELP = USAGE_LINE + "\n"
            + "Options:\n"
            + "-c cmd : program passed in as string (terminates option list)\n"
            + "-m mod : run library module as a script (terminates option list)\n"
            + "file   : program read from script file\n"
            + "-      : program read from stdin\n"
            + "--dump-ast FILE : parse FILE (- reads standard input) and print what CPython 3.11's\n"
            + "                  ast.dump(ast.parse(source)) prints; a syntax error is shown as\n"
            + "                  Python shows it, with exit status 1\n"
            + "-h     : print this help message and exit (also -? and --help)\n"
            + "-V     : print the Krait version and exit (also --version)\n"
            + "\n"
            + "The evaluator is young: what it cannot run yet is named in a NotImplementedError\n"
            + "before the program starts. Not yet available (exit status 2): the interactive prompt.\n"
            + "\n"
            + "Environment variables:\n"
            + "KRAIT_DEBUG=1 : on an internal error, save the Java stack trace to a file and name it\n";

    private final Map<String, String> env;
    /** Ctrl-C's way into the running program; null when a host runs the command in-process. */
    private final SigintForwarder sigint;

    /** A command that reads settings such as {@code KRAIT_DEBUG} from {@code env}. */
    public Main(Map<String, String> env) {
        this(env, null);
    }

    private Main(Map<String, String> env, SigintForwarder sigint) {
        this.env = Map.copyOf(env);
        this.sigint = sigint;
    }

    public static void main(String[] args) {
        warmParserInBackground();
        SigintForwarder sigint = SigintForwarder.install();
        // Block-buffered stdout whose write errors reach the program as CPython's do: a closed
        // pipe (krait ... | head) is a BrokenPipeError where the program prints.
        PrintStream out = new PrintStream(new StdoutStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new Main(System.getenv(), sigint).run(args, System.in, out, err);
        try {
            out.flush();
        } catch (PyException alreadyReported) {
            // A program's output that cannot be written was reported by the interpreter; the
            // command's own (--version, --help) ends quietly as before.
        }
        err.flush();
        if (sigint.endedByInterrupt()) {
            sigint.dieBySigint();
        }
        System.exit(status);
    }

    /**
     * Starts initialising the parser's classes on a second core while the interpreter sets
     * itself up: their static state (ANTLR's deserialised lexer and parser automata) takes
     * tens of milliseconds, and a class initialises once, whichever thread gets there first.
     */
    private static void warmParserInBackground() {
        Thread warm = new Thread(() -> {
            try {
                Class.forName("dev.krait.grammar.PythonLexer");
                Class.forName("dev.krait.grammar.PythonParser");
            } catch (ClassNotFoundException | LinkageError e) {
                // Nothing is lost: the parser initialises itself when first used.
            }
        }, "krait-parser-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * Runs the command for {@code args} and returns its exit status. Output goes to
     * {@code out}, diagnostics to {@code err}; {@code in} is read only for {@code -}.
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return guarded(() -> dispatch(args, in, out, err), err);
    }

    private int dispatch(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Arguments.Action action = Arguments.parse(args);
        if (action instanceof Arguments.Action.ShowVersion) {
            out.print(versionLine() + "\n");
            return EXIT_OK;
        } else if (action instanceof Arguments.Action.ShowHelp) {
            out.print(HELP);
            return EXIT_OK;
        } else if (action instanceof Arguments.Action.DumpAst dump) {
            try {
                return AstDumpCommand.run(dump.file(), in, out, err);
            } catch (PyException closedOutput) {
                return EXIT_OK; // the reader has gone (krait --dump-ast x.py | head): nothing more to say
            }
        } else if (action instanceof Arguments.Action.RunProgram program) {
            return RunCommand.run(program.how(), program.programArgs(), in, out, err, sigint);
        } else if (action instanceof Arguments.Action.UsageError usage) {
            err.print(usage.message() + "\n" + USAGE_LINE + "\nTry 'krait -h' for more information.\n");
            return EXIT_USAGE;
        }
        throw new IllegalStateException("unhandled action " + action);
    }

    static String versionLine() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "Krait " + (version == null ? FALLBACK_VERSION : version) + " (Python " + PYTHON_VERSION + " compatible)";
    }

    /**
     * Runs {@code body} on a fresh thread with a {@link #STACK_SIZE} stack and turns anything
     * it throws into the one-line internal error.
     */
    int guarded(Callable<Integer> body, PrintStream err) {
        int[] status = {EXIT_INTERNAL};
        Throwable[] failure = new Throwable[1];
        Runnable task = () -> {
            try {
                status[0] = body.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        };
        Thread worker = new Thread(null, task, "krait-main", STACK_SIZE);
        try {
            worker.start();
        } catch (OutOfMemoryError cannotReserve) {
            // The OS refused the stack reservation (e.g. a low ulimit -v): run here instead.
            task.run();
            worker = null;
        }
        if (worker != null) {
            joinUninterruptibly(worker);
        }
        if (failure[0] != null) {
            Throwable t = failure[0];
            String message = t.getMessage();
            err.print("krait: internal error: " + t.getClass().getName() + (message == null ? "" : ": " + message)
                    + '\n');
            if ("1".equals(env.get("KRAIT_DEBUG"))) {
                err.print("krait: Java details written to " + writeJavaTrace(t) + "\n");
            }
            return EXIT_INTERNAL;
        }
        return status[0];
    }

    /**
     * Saves an internal error's Java stack trace to a temporary file for Krait's developers,
     * so that the terminal only ever shows Python's view of things.
     */
    private static String writeJavaTrace(Throwable t) {
        // Formatted here, cause by cause, so that nothing in the CLI can print a Java trace to a terminal.
        StringBuilder text = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            text.append(c == t ? "" : "Caused by: ").append(c).append('\n');
            for (StackTraceElement frame : c.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
        }
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("krait-internal-error-", ".txt");
            java.nio.file.Files.writeString(file, text);
            return file.toString();
        } catch (java.io.IOException e) {
            return "(nowhere: " + e.getMessage() + ")";
        }
    }

    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
