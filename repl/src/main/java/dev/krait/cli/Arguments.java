package dev.krait.cli;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the {@code krait} command line into the one thing it asks for.
 *
 * <p>The rules follow CPython's: options come first and end at the first argument that is
 * not an option (the program file), at {@code -c cmd}, at {@code -m mod}, at a lone
 * {@code -} or at {@code --}; whatever follows belongs to the program. {@code -h} and
 * {@code -V} win over everything else on the line. Only the options this build can honour
 * are known; any other is a usage error, worded as CPython words it. {@code --dump-ast FILE}
 * (Krait's own) ends the options like {@code -c} and takes exactly one argument.
 */
final class Arguments {
    private Arguments() {}

    /** What the command line asks for. */
    sealed interface Action {
        /** {@code -V}/{@code --version}. */
        record ShowVersion() implements Action {}

        /** {@code -h}/{@code --help}. */
        record ShowHelp() implements Action {}

        /** {@code --dump-ast FILE}; {@code file} is {@code -} for standard input. */
        record DumpAst(String file) implements Action {}

        /**
         * Running Python code: a file, {@code -c}, {@code -m}, standard input or the
         * interactive prompt. {@code how} names which, for messages; {@code programArgs} are
         * what would become {@code sys.argv}.
         */
        record RunProgram(String how, List<String> programArgs) implements Action {}

        /** A malformed command line: {@code message} goes on stderr before the usage lines. */
        record UsageError(String message) implements Action {}
    }

    static Action parse(String[] args) {
        boolean help = false;
        boolean version = false;
        Action action = null;
        for (int i = 0; i < args.length && action == null; i++) {
            String arg = args[i];
            List<String> rest = Arrays.asList(args).subList(i, args.length);
            if (arg.equals("-") || !arg.startsWith("-")) {
                action = new Action.RunProgram(arg.equals("-") ? "standard input" : "file", rest);
                continue;
            }
            switch (arg) {
                case "-V", "--version" -> version = true;
                case "-h", "-?", "--help" -> help = true;
                case "-c", "-m" -> {
                    if (i + 1 == args.length) {
                        return new Action.UsageError("Argument expected for the " + arg + " option");
                    }
                    action = new Action.RunProgram(arg, rest);
                }
                case "--" -> action = i + 1 == args.length
                        ? interactive()
                        : new Action.RunProgram("file", rest.subList(1, rest.size()));
                case "--dump-ast" -> {
                    if (i + 1 == args.length) {
                        return new Action.UsageError("Argument expected for the --dump-ast option");
                    }
                    if (i + 2 < args.length) {
                        return extraAfterDumpAst(args[i + 2]);
                    }
                    action = new Action.DumpAst(args[i + 1]);
                }
                default -> {
                    if (arg.startsWith("--dump-ast=")) {
                        if (i + 1 < args.length) {
                            return extraAfterDumpAst(args[i + 1]);
                        }
                        action = new Action.DumpAst(arg.substring("--dump-ast=".length()));
                    } else {
                        // CPython's two wordings: getopt-style for long options, another for short.
                        return new Action.UsageError(arg.startsWith("--")
                                ? "unknown option " + arg
                                : "Unknown option: " + arg.substring(0, 2));
                    }
                }
            }
        }
        // As in CPython, -h wins over -V, and both win over whatever else was asked.
        if (help) {
            return new Action.ShowHelp();
        } else if (version) {
            return new Action.ShowVersion();
        }
        return action == null ? interactive() : action;
    }

    private static Action extraAfterDumpAst(String extra) {
        return new Action.UsageError("--dump-ast takes one FILE; unexpected argument " + extra);
    }

    private static Action interactive() {
        return new Action.RunProgram("interactive prompt", List.of(""));
    }
}
