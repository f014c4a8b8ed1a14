package dev.krait;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;

import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Suggestions;
import dev.krait.runtime.Traceback;
import dev.krait.syntax.PythonSyntaxError;

/**
 * Formats an uncaught exception as CPython 3.11 prints it (without the column markers):
 * chained exceptions first, then {@code Traceback (most recent call last):}, one
 * {@code File "...", line N, in name} entry per frame with its stripped source line,
 * {@code Type: message} with a "Did you mean" suggestion for a misspelt name, and the
 * exception's notes. An exception group is drawn as CPython draws it: its own traceback
 * after a {@code +} and its members numbered in nested {@code |} margins, at most 15 per
 * group and 10 groups deep.
 */
final class TracebackPrinter {
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final Function<String, String> sources;
    private final StringBuilder out = new StringBuilder();
    /** Exceptions already printed, so that a chain that loops back ends. */
    private final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** How many exception groups enclose what is printed now; each indents the margin. */
    private int groupDepth;
    /** Whether the last member of a group still owes the line that closes the group's frame. */
    private boolean needClose;

    private TracebackPrinter(Function<String, String> sources) {
        this.sources = sources;
    }

    /** @param sources the text of each file the interpreter ran, by file name (null if unknown) */
    static String format(PyBaseException e, Function<String, String> sources) {
        TracebackPrinter printer = new TracebackPrinter(sources);
        printer.exceptionAndChain(e);
        return printer.out.toString();
    }

    private void exceptionAndChain(PyBaseException e) {
        seen.add(e);
        if (e.cause() != null) {
            if (!seen.contains(e.cause())) {
                chained(e.cause(), "The above exception was the direct cause of the following exception:\n");
            }
        } else if (e.context() != null && !e.suppressContext() && !seen.contains(e.context())) {
            chained(e.context(), "During handling of the above exception, another exception occurred:\n");
        }
        if (e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            group(e);
        } else {
            exception(e);
        }
    }

    private void chained(PyBaseException earlier, String message) {
        boolean close = needClose;
        exceptionAndChain(earlier);
        needClose = close;
        out.append(margin()).append('\n').append(margin()).append(message).append(margin()).append('\n');
    }

    /** The indentation and {@code | } that every line inside an exception group starts with. */
    private String margin() {
        return groupDepth == 0 ? "" : " ".repeat(2 * groupDepth) + "| ";
    }

    private void exception(PyBaseException e) {
        if (e.traceback() != null) {
            boolean isGroup = e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
            String headerMargin = isGroup && groupDepth == 1 ? "+ " : groupDepth == 0 ? "" : "| ";
            out.append(" ".repeat(2 * groupDepth)).append(headerMargin)
                    .append(isGroup ? "Exception Group Traceback (most recent call last):\n"
                            : "Traceback (most recent call last):\n");
            entries(e.traceback());
        }
        if (syntaxErrorLocation(e)) {
            out.append(margin()).append(typeName(e.type())).append(": ").append(Ops.str(e.field("msg"))).append('\n');
        } else {
            exceptionLine(e);
        }
        notes(e);
    }

    /**
     * For a SyntaxError that knows where it is (one raised by importing a module), the
     * location as CPython shows it: file and line, the source line, carets under the error.
     */
    private boolean syntaxErrorLocation(PyBaseException e) {
        if (!e.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR) || !(e.field("filename") instanceof PyStr file)
                || !(e.field("lineno") instanceof Long line) || !(e.field("msg") instanceof PyStr)) {
            return false;
        }
        String text = e.field("text") instanceof PyStr t ? t.value() : null;
        int offset = e.field("offset") instanceof Long o ? (int) (long) o : 0;
        int endLine = e.field("end_lineno") instanceof Long l ? (int) (long) l : 0;
        int endOffset = e.field("end_offset") instanceof Long o ? (int) (long) o : 0;
        String block = new PythonSyntaxError(e.type().name(), "", file.value(), (int) (long) line, offset, endLine,
                endOffset, text).format();
        // All but the last line, which names the type: that one is written by the caller.
        for (String l : block.substring(0, block.lastIndexOf('\n', block.length() - 2) + 1).split("(?<=\n)")) {
            out.append(margin()).append(l);
        }
        return true;
    }

    private void group(PyBaseException e) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            out.append(margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        boolean outermost = groupDepth == 0;
        if (outermost) {
            groupDepth = 1;
        }
        exception(e);
        Object[] members = ((PyTuple) e.field("exceptions")).toArray();
        int shown = Math.min(members.length, MAX_GROUP_WIDTH + 1);
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                needClose = true; // unless a nested group closes the frame itself
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(" ".repeat(2 * groupDepth)).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            groupDepth++;
            if (truncated) {
                int remaining = members.length - MAX_GROUP_WIDTH;
                out.append(margin()).append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            } else {
                exceptionAndChain((PyBaseException) members[i]);
            }
            if (last && needClose) {
                out.append(" ".repeat(2 * groupDepth)).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (outermost) {
            groupDepth = 0;
        }
    }

    private void entries(Traceback first) {
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
                repeats(repeats);
                repeats = 0;
            }
            last = tb;
            out.append(margin()).append("  File \"").append(tb.filename()).append("\", line ").append(tb.line())
                    .append(", in ").append(tb.name()).append('\n');
            // Like CPython, no source line for code without a file (-c, <stdin>, exec strings);
            // the library's modules (<krait-lib>/...) have theirs, as CPython's own library does.
            String source = tb.filename().startsWith("<") && !tb.filename().startsWith("<krait-lib>/") ? null
                    : sources.apply(tb.filename());
            String line = source == null ? null : sourceLine(source, tb.line());
            if (line != null && !line.isBlank()) {
                out.append(margin()).append("    ").append(line.strip()).append('\n');
            }
        }
        repeats(repeats);
    }

    /** {@code module.Type: message. Did you mean: 'x'?} */
    private void exceptionLine(PyBaseException e) {
        out.append(margin()).append(typeName(e.type()));
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

    /** Each note of {@code __notes__}, line by line in the margin, after the exception line. */
    private void notes(PyBaseException e) {
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
            out.append(margin()).append(text).append('\n');
            return;
        }
        // Any sequence is taken note by note (a str, character by character), as CPython does.
        for (Iterator<Object> it = Ops.iterate(notes); it.hasNext(); ) {
            Object note = it.next();
            String text;
            try {
                text = Ops.str(note);
            } catch (PyException failed) {
                text = "<note str() failed>";
            }
            for (String line : text.split("(?<=\n)")) {
                out.append(margin()).append(line);
            }
            out.append('\n');
        }
    }

    private static boolean sameEntry(Traceback a, Traceback b) {
        return a.line() == b.line() && a.filename().equals(b.filename()) && a.name().equals(b.name());
    }

    private void repeats(int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            out.append(margin()).append("  [Previous line repeated ").append(more).append(" more time")
                    .append(more == 1 ? "" : "s").append("]\n");
        }
    }

    private static String sourceLine(String source, int line) {
        String[] lines = source.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }
}
