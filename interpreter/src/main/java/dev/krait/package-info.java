/**
 * Krait's entry points: {@link dev.krait.Interpreter} runs a program as {@code __main__}
 * and prints an uncaught exception as CPython does ({@code TracebackPrinter});
 * {@link dev.krait.Interpreter#interrupt} is Ctrl-C for it, from any thread.
 * {@link dev.krait.StdoutStream} is a process's stdout as CPython's {@code sys.stdout} sees it
 * (block-buffered; a closed pipe is a {@code BrokenPipeError} in the program). The embedding
 * API (issue 8) will grow here.
 */
package dev.krait;
