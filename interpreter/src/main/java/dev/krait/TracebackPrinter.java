package dev.krait;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;

import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Suggestions;
import dev.krait.runtime.Traceback;

/**
 * Formats an uncaught exception as CPython 3.11 prints it (without the column markers):
 * chained exceptions first, then {@code Traceback (most recent call last):}, one
 * {@code File "...", line N, in name} entry per frame with its stripped source line,
 * {@code Type: message} with a "Did you mean" suggestion for a misspelt name, and the
 * exception's notes.
 */
final class TracebackPrinter {
    private TracebackPrinter() {}

    /** @param sources the text of each file the interpreter ran, by file name (null if unknown) */
    static String format(PyBaseException e, Function<String, String> sources) {
        StringBuilder out = new StringBuilder();
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        append(e, sources, out, seen);
        return out.toString();
    }

    private static void append(PyBaseException e, Function<String, String> sources, StringBuilder out,
                               Set<PyBaseException> seen) {
        seen.add(e);
        // A chain that loops back is printed once, as CPython does.
        if (e.cause() != null && !seen.contains(e.cause())) {
            append(e.cause(), sources, out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context() != null && !e.suppressContext() && !seen.contains(e.context())) {
            append(e.context(), sources, out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.traceback() != null) {
            out.append("Traceback (most recent call last):\n");
            appendEntries(e.traceback(), sources, out);
        }
        appendExceptionLine(e, out);
        appendNotes(e, out);
    }

    private static void appendEntries(Traceback first, Function<String, String> sources, StringBuilder out) {
        // As CPython: after three identical entries in a row, one line counts the rest.
        Traceback last = null;
        int repeats = 0;
        for (Traceback tb = first; tb != null; tb = tb.next()) {
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

    /** {@code module.Type: message. Did you mean: 'x'?} */
    private static void appendExceptionLine(PyBaseException e, StringBuilder out) {
        out.append(typeName(e.type()));
        String message;
        try {
            message = Ops.str(e);
        } catch (PyException failed) {
            message = "<exception str() failed>";
        }
        if (!message.isEmpty()) {
            out.append(": ").append(message);
        }
        String suggestion = suggestion(e);
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
    }

    private static String suggestion(PyBaseException e) {
        try {
            return Suggestions.forException(e);
        } catch (PyException failed) {
            return null; // a suggestion is a courtesy; an error while finding one shows none
        }
    }

    /** The class's qualified name, after its module unless that is {@code builtins} or {@code __main__}. */
    private static String typeName(PyType type) {
        Object qualname = type.namespace().get("__qualname__");
        String name = qualname instanceof PyStr s ? s.value() : type.name();
        Object module = type.isBuiltin() ? null : type.namespace().get("__module__");
        if (module instanceof PyStr m && !m.value().equals("builtins") && !m.value().equals("__main__")) {
            return m.value() + "." + name;
        }
        return name;
    }

    /** Each note of {@code __notes__} on its own line(s), after the exception line. */
    private static void appendNotes(PyBaseException e, StringBuilder out) {
        Object notes = e.dict().get("__notes__");
        if (notes == null) {
            return;
        }
        if (!(notes instanceof PyList || notes instanceof PyTuple || notes instanceof PyStr)) {
            String text;
            try {
                text = Ops.repr(notes);
            } catch (PyException failed) {
                text = "<__notes__ repr() failed>";
            }
            out.append(text).append('\n');
            return;
        }
        // Any sequence is taken note by note (a str, character by character), as CPython does.
        for (java.util.Iterator<Object> it = Ops.iterate(notes); it.hasNext(); ) {
            Object note = it.next();
            try {
                out.append(Ops.str(note));
            } catch (PyException failed) {
                out.append("<note str() failed>");
            }
            out.append('\n');
        }
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
