/**
 * Krait's entry points: {@link dev.krait.Interpreter} runs a program as {@code __main__}
 * and prints an uncaught exception as CPython does ({@code TracebackPrinter}). The embedding
 * API (issue 8) will grow here.
 */
package dev.krait;
