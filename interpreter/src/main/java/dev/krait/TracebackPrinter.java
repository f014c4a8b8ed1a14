package dev.krait;

import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.Traceback;

/**
 * Formats an uncaught exception as CPython 3.11 prints it (without the column markers):
 * chained exceptions first, then {@code Traceback (most recent call last):}, one
 * {@code File "...", line N, in name} entry per frame with its stripped source line, and
 * {@code Type: message}.
 */
final class TracebackPrinter {
    private TracebackPrinter() {}

    /** @param sources the text of each file the interpreter ran, by file name (null if unknown) */
    static String format(PyBaseException e, java.util.function.Function<String, String> sources) {
        StringBuilder out = new StringBuilder();
        append(e, sources, out);
        return out.toString();
    }

    private static void append(PyBaseException e, java.util.function.Function<String, String> sources,
                               StringBuilder out) {
        if (e.cause() != null) {
            append(e.cause(), sources, out);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context() != null && !e.suppressContext()) {
            append(e.context(), sources, out);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.traceback() != null) {
            out.append("Traceback (most recent call last):\n");
            // As CPython: after three identical entries in a row, one line counts the rest.
            Traceback last = null;
            int repeats = 0;
            for (Traceback tb = e.traceback(); tb != null; tb = tb.next()) {
                if (last != null && sameEntry(last, tb)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    appendRepeats(out, repeats);
                    repeats = 0;
                }
                last = tb;
                out.append("  File \"").append(tb.filename()).append("\", line ").append(tb.line()).append(", in ")
                        .append(tb.name()).append('\n');
                // Like CPython, no source line for code without a file (-c, <stdin>, exec strings).
                String source = tb.filename().startsWith("<") ? null : sources.apply(tb.filename());
                String line = source == null ? null : sourceLine(source, tb.line());
                if (line != null && !line.isBlank()) {
                    out.append("    ").append(line.strip()).append('\n');
                }
            }
            appendRepeats(out, repeats);
        }
        String message = e.message();
        out.append(e.type().name());
        if (!message.isEmpty()) {
            out.append(": ").append(message);
        }
        out.append('\n');
    }

    private static boolean sameEntry(Traceback a, Traceback b) {
        return a.line() == b.line() && a.filename().equals(b.filename()) && a.name().equals(b.name());
    }

    private static void appendRepeats(StringBuilder out, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    private static String sourceLine(String source, int line) {
        String[] lines = source.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }
}
