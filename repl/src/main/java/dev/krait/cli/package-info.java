/**
 * The {@code krait} command line: a thin client of the interpreter's public API.
 *
 * <h2>Tour</h2>
 * <ul>
 *   <li>{@link dev.krait.cli.Main} — the entry point. {@code run(args, in, out, err)} is the
 *       whole command and returns the exit status; {@code main} binds it to the process.
 *       It owns the big-stack worker thread and the "no Java stack trace reaches the user"
 *       rule.</li>
 *   <li>{@code Arguments} — turns the command line into one action, with CPython's option
 *       rules and error wording.</li>
 *   <li>{@code RunCommand} — runs a file, {@code -c} or standard input as {@code __main__}.</li>
 *   <li>{@code SigintForwarder} — Ctrl-C: SIGINT becomes a {@code KeyboardInterrupt} in the
 *       running program, and one left uncaught ends the process by SIGINT, as CPython does.</li>
 *   <li>{@code AstDumpCommand} — {@code --dump-ast FILE}: decode (PEP 263), parse, print
 *       {@code ast.dump} exactly as CPython does, or the syntax error as CPython shows it.</li>
 * </ul>
 *
 * <h2>Exit statuses</h2>
 * 0 success; 1 a Python error (e.g. a {@code SyntaxError}); 2 a bad command line, an
 * unreadable file, or something this build cannot do yet (the prompt); 120 the
 * program's output could not be written at exit (a closed pipe); 130 (the process ended by
 * SIGINT) an uncaught {@code KeyboardInterrupt}; 70 an internal error in Krait.
 *
 * <p>The {@code krait} script at the repository root builds {@code repl/target/krait.jar}
 * when it is stale and runs it.
 */
package dev.krait.cli;
