package dev.krait.runtime;

/**
 * {@code str()} and {@code repr()} of exceptions as CPython 3.11 writes them:
 * {@code BaseException}'s (the sole argument's str, the args tuple, or nothing) and the
 * builtin types that have their own ({@code KeyError} quotes its key, {@code OSError}
 * shows {@code [Errno N] ...}, the Unicode errors describe the offending character, ...).
 */
final class ExceptionText {
    private ExceptionText() {}

    /** The str of an exception of a builtin type, or of a class that does not override {@code __str__}. */
    static String str(PyBaseException e) {
        for (PyType t : e.type().mro()) {
            if (t.isBuiltin() && t.namespace().containsKey("__str__")) {
                return t == ExceptionTypes.BASE_EXCEPTION ? baseStr(e) : str(e, t);
            }
        }
        return baseStr(e);
    }

    /** {@code BaseException.__str__}. */
    static String baseStr(PyBaseException e) {
        PyTuple args = e.argsTuple();
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Ops.str(args.get(0));
            default -> Ops.repr(args);
        };
    }

    /** The {@code __str__} that builtin type {@code t} defines. */
    static String str(PyBaseException e, PyType t) {
        if (t == ExceptionTypes.KEY_ERROR) {
            return e.argsTuple().size() == 1 ? Ops.repr(e.argsTuple().get(0)) : baseStr(e);
        }
        if (t == ExceptionTypes.IMPORT_ERROR) {
            Object msg = e.field("msg");
            return msg instanceof PyStr s ? s.value() : baseStr(e);
        }
        if (t == ExceptionTypes.OS_ERROR) {
            return osError(e);
        }
        if (t == ExceptionTypes.SYNTAX_ERROR) {
            return syntaxError(e);
        }
        if (t == ExceptionTypes.BASE_EXCEPTION_GROUP) {
            return ExceptionGroups.str(e);
        }
        if (t.isSubtypeOf(ExceptionTypes.UNICODE_ERROR)) {
            return unicodeError(e, t);
        }
        return baseStr(e);
    }

    static String repr(PyBaseException e) {
        PyTuple args = e.argsTuple();
        String name = e.type().name().substring(e.type().name().lastIndexOf('.') + 1); // io.UnsupportedOperation
        return args.size() == 1 ? name + "(" + Ops.repr(args.get(0)) + ")" : name + Ops.repr(args);
    }

    private static String osError(PyBaseException e) {
        Object errno = e.field("errno");
        Object strerror = e.field("strerror");
        Object filename = e.field("filename");
        Object filename2 = e.field("filename2");
        if (filename != null) {
            String text = "[Errno " + Ops.str(orNone(errno)) + "] " + Ops.str(orNone(strerror)) + ": "
                    + Ops.repr(filename);
            return filename2 != null ? text + " -> " + Ops.repr(filename2) : text;
        }
        if (errno != null && strerror != null) {
            return "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
        }
        return baseStr(e);
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    /** {@code msg (file.py, line 3)}: the file's base name and the line, those that are known. */
    private static String syntaxError(PyBaseException e) {
        String msg = Ops.str(orNone(e.field("msg")));
        String file = e.field("filename") instanceof PyStr s ? s.value() : null;
        if (file != null) {
            file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        }
        Object lineno = e.field("lineno");
        boolean haveLine = lineno != null && Arithmetic.isInt(lineno) && !(lineno instanceof Boolean);
        if (file != null && haveLine) {
            return msg + " (" + file + ", line " + lineno + ")";
        }
        if (file != null) {
            return msg + " (" + file + ")";
        }
        return haveLine ? msg + " (line " + lineno + ")" : msg;
    }

    /** {@code 'ascii' codec can't encode character '\xe9' in position 1: reason}, and its kin. */
    private static String unicodeError(PyBaseException e, PyType t) {
        Object object = e.field("object");
        if (!(e.field("start") instanceof Long start) || !(e.field("end") instanceof Long end) || object == null) {
            return "";
        }
        String reason = Ops.str(orNone(e.field("reason")));
        String encoding = Ops.str(orNone(e.field("encoding")));
        boolean single;
        String what;
        if (t == ExceptionTypes.UNICODE_DECODE_ERROR) {
            byte[] data = ((PyBytes) object).data();
            single = start < data.length && end == start + 1;
            what = single ? String.format("byte 0x%02x", data[(int) (long) start] & 0xff) : "bytes";
            return "'" + encoding + "' codec can't decode " + what + " in position " + position(single, start, end)
                    + ": " + reason;
        }
        String text = Ops.str(object);
        int length = text.codePointCount(0, text.length());
        single = start < length && end == start + 1;
        what = single ? "character '" + escape(text.codePointAt(text.offsetByCodePoints(0, (int) (long) start))) + "'"
                : "characters";
        String verb = t == ExceptionTypes.UNICODE_ENCODE_ERROR ? "'" + encoding + "' codec can't encode " : "can't translate ";
        return verb + what + " in position " + position(single, start, end) + ": " + reason;
    }

    private static String position(boolean single, long start, long end) {
        return single ? Long.toString(start) : start + "-" + (end - 1);
    }

    private static String escape(int c) {
        if (c <= 0xff) {
            return String.format("\\x%02x", c);
        }
        return c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }
}
