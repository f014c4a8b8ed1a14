package dev.krait.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How calling an exception class fills the new exception: {@code BaseException.__new__}
 * keeps the positional arguments as {@code args}, then the type's {@code __init__} (unless
 * a program's class overrides it) sets the type's fields ({@code SystemExit.code},
 * {@code OSError.errno}/{@code strerror}/{@code filename}, {@code ImportError.name}, ...)
 * with CPython's argument rules and error messages.
 */
public final class ExceptionInit {
    private ExceptionInit() {}

    /** errno values (Linux) that make {@code OSError(errno, ...)} an instance of a subclass. */
    private static final Map<Long, PyType> ERRNO_SUBCLASSES = Map.ofEntries(
            Map.entry(1L, ExceptionTypes.PERMISSION_ERROR), Map.entry(2L, ExceptionTypes.FILE_NOT_FOUND_ERROR),
            Map.entry(3L, ExceptionTypes.PROCESS_LOOKUP_ERROR), Map.entry(4L, ExceptionTypes.INTERRUPTED_ERROR),
            Map.entry(10L, ExceptionTypes.CHILD_PROCESS_ERROR), Map.entry(11L, ExceptionTypes.BLOCKING_IO_ERROR),
            Map.entry(13L, ExceptionTypes.PERMISSION_ERROR), Map.entry(17L, ExceptionTypes.FILE_EXISTS_ERROR),
            Map.entry(20L, ExceptionTypes.NOT_A_DIRECTORY_ERROR), Map.entry(21L, ExceptionTypes.IS_A_DIRECTORY_ERROR),
            Map.entry(32L, ExceptionTypes.BROKEN_PIPE_ERROR), Map.entry(103L, ExceptionTypes.CONNECTION_ABORTED_ERROR),
            Map.entry(104L, ExceptionTypes.CONNECTION_RESET_ERROR), Map.entry(108L, ExceptionTypes.BROKEN_PIPE_ERROR),
            Map.entry(110L, ExceptionTypes.TIMEOUT_ERROR), Map.entry(111L, ExceptionTypes.CONNECTION_REFUSED_ERROR),
            Map.entry(114L, ExceptionTypes.BLOCKING_IO_ERROR), Map.entry(115L, ExceptionTypes.BLOCKING_IO_ERROR));

    /** Calling exception class {@code type}: {@code __new__}, then the builtin {@code __init__} unless overridden. */
    public static PyBaseException create(PyType type, Object[] args, String[] kwnames) {
        Object[] positional = Arrays.copyOf(args, args.length - kwnames.length);
        if (type == ExceptionTypes.OS_ERROR && kwnames.length > 0) {
            throw Errors.typeError("OSError() takes no keyword arguments"); // before the errno picks a subclass
        }
        PyBaseException e;
        if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            e = ExceptionGroups.create(type, positional);
        } else {
            if (type == ExceptionTypes.OS_ERROR && positional.length >= 2 && positional.length <= 5
                    && positional[0] instanceof Long errno && ERRNO_SUBCLASSES.containsKey(errno)) {
                type = ERRNO_SUBCLASSES.get(errno);
            }
            e = new PyBaseException(type, PyTuple.wrap(positional)); // positional is a fresh copy
        }
        if (type.lookup("__init__") instanceof PyMethodDescriptor init
                && !(kwnames.length == 0 && init == ExceptionTypes.BASE_EXCEPTION.ownAttribute("__init__"))) {
            init.invoke(e, args, kwnames); // BaseException's own, without keywords, would only set args again
        }
        return e;
    }

    /** {@code type(*args)} for a builtin exception type, called from Java. */
    public static PyBaseException create(PyType type, Object... args) {
        return create(type, args, NO_KEYWORDS);
    }

    private static final String[] NO_KEYWORDS = new String[0];

    /** An {@code OSError} (or subclass) as a failed file operation raises it: {@code [Errno 2] ...: 'name'}. */
    public static PyBaseException osError(PyType type, long errno, String strerror, String filename) {
        PyBaseException e = new PyBaseException(type, List.of(errno, PyStr.of(strerror), PyStr.of(filename)));
        init(e, ExceptionTypes.OS_ERROR, e.argsTuple(), new PyDict());
        return e;
    }

    /**
     * An AttributeError leaving an attribute lookup learns, unless it knows already, the
     * {@code name} and {@code obj} it is about (tracebacks' "Did you mean" reads them).
     */
    static PyException attributeErrorContext(PyException error, Object obj, String name) {
        PyBaseException e = error.value();
        if (e.type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR) && isUnset(e.field("name"))
                && isUnset(e.field("obj"))) {
            e.setField("name", PyStr.of(name));
            e.setField("obj", obj);
        }
        return error;
    }

    private static boolean isUnset(Object field) {
        return field == null;
    }

    /** The {@code __init__} of {@code type} (a builtin exception type) run on {@code e}. */
    static void init(PyBaseException e, PyType type, PyTuple args, PyDict kwargs) {
        String typeName = e.type().name();
        if (type == ExceptionTypes.IMPORT_ERROR) {
            Object[] kw = keywords(kwargs, typeName, "name", "path");
            e.setArgs(args);
            e.setField("msg", args.size() == 1 ? args.get(0) : PyNone.NONE);
            e.setField("name", kw[0]);
            e.setField("path", kw[1]);
            return;
        }
        if (type == ExceptionTypes.ATTRIBUTE_ERROR || type == ExceptionTypes.NAME_ERROR) {
            Object[] kw = type == ExceptionTypes.NAME_ERROR ? keywords(kwargs, typeName, "name")
                    : keywords(kwargs, typeName, "name", "obj");
            e.setArgs(args);
            e.setField("name", kw[0]);
            if (kw.length > 1) {
                e.setField("obj", kw[1]);
            }
            return;
        }
        if (kwargs.size() > 0) {
            throw Errors.typeError(typeName + "() takes no keyword arguments");
        }
        e.setArgs(args);
        int n = args.size();
        if (type == ExceptionTypes.SYSTEM_EXIT) {
            e.setField("code", n == 0 ? PyNone.NONE : n == 1 ? args.get(0) : args);
        } else if (type == ExceptionTypes.STOP_ITERATION) {
            e.setField("value", n == 0 ? PyNone.NONE : args.get(0));
        } else if (type == ExceptionTypes.OS_ERROR) {
            osErrorFields(e, args);
        } else if (type == ExceptionTypes.SYNTAX_ERROR) {
            syntaxErrorFields(e, args);
        } else if (type.isSubtypeOf(ExceptionTypes.UNICODE_ERROR) && type != ExceptionTypes.UNICODE_ERROR) {
            unicodeErrorFields(e, type, args);
        }
    }

    /** The allowed keyword arguments in order, None for those not given, with CPython's errors. */
    private static Object[] keywords(PyDict kwargs, String typeName, String... allowed) {
        if (kwargs.size() > allowed.length) {
            throw Errors.typeError(typeName + "() takes at most " + allowed.length + " keyword argument"
                    + (allowed.length == 1 ? "" : "s") + " (" + kwargs.size() + " given)");
        }
        Object[] values = new Object[allowed.length]; // null (CPython's NULL) for those not given
        for (Object key : Constructors.collect(kwargs)) {
            int i = List.of(allowed).indexOf(((PyStr) key).value());
            if (i < 0) {
                throw Errors.typeError("'" + ((PyStr) key).value() + "' is an invalid keyword argument for "
                        + typeName + "()");
            }
            values[i] = kwargs.get(key);
        }
        return values;
    }

    /** {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])}; a filename drops out of args. */
    private static void osErrorFields(PyBaseException e, PyTuple args) {
        int n = args.size();
        if (n < 2 || n > 5) {
            return;
        }
        e.setField("errno", args.get(0));
        e.setField("strerror", args.get(1));
        Object filename = n >= 3 ? args.get(2) : PyNone.NONE;
        if (filename == PyNone.NONE) {
            return;
        }
        if (e.type() == ExceptionTypes.BLOCKING_IO_ERROR && Arithmetic.isNumber(filename)) {
            e.setField("characters_written", index(filename)); // its third argument is a count
            return;
        }
        e.setField("filename", filename);
        if (n == 5 && args.get(4) != PyNone.NONE) {
            e.setField("filename2", args.get(4));
        }
        e.setArgs(PyTuple.of(args.get(0), args.get(1)));
    }

    /** {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}. */
    private static void syntaxErrorFields(PyBaseException e, PyTuple args) {
        if (args.size() >= 1) {
            e.setField("msg", args.get(0));
        }
        if (args.size() != 2) {
            return;
        }
        List<Object> info = Constructors.collect(args.get(1));
        if (info.size() < 4 || info.size() > 6) {
            throw Errors.typeError("function takes " + (info.size() < 4 ? "at least 4" : "at most 6") + " arguments ("
                    + info.size() + " given)");
        }
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < info.size(); i++) {
            e.setField(names[i], info.get(i));
        }
    }

    /**
     * {@code UnicodeEncodeError(encoding, object, start, end, reason)}, the decode error's
     * object being bytes, and {@code UnicodeTranslateError(object, start, end, reason)}.
     */
    private static void unicodeErrorFields(PyBaseException e, PyType type, PyTuple args) {
        boolean translate = type == ExceptionTypes.UNICODE_TRANSLATE_ERROR;
        int expected = translate ? 4 : 5;
        if (args.size() != expected) {
            throw Errors.typeError("function takes exactly " + expected + " arguments (" + args.size() + " given)");
        }
        int i = 0;
        if (!translate) {
            e.setField("encoding", string(args.get(i++), 1));
        }
        Object object = args.get(i++);
        if (type == ExceptionTypes.UNICODE_DECODE_ERROR) {
            if (object instanceof PyByteArray ba) {
                object = PyBytes.wrap(ba.data().clone());
            } else if (!(object instanceof PyBytes)) {
                throw Errors.typeError("a bytes-like object is required, not '" + Types.nameOf(object) + "'");
            }
        } else {
            string(object, i);
        }
        e.setField("object", object);
        e.setField("start", index(args.get(i++)));
        e.setField("end", index(args.get(i++)));
        e.setField("reason", string(args.get(i), i + 1));
    }

    private static PyStr string(Object o, int position) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("argument " + position + " must be str, not " + Types.nameOf(o));
        }
        return s;
    }

    /** An integer argument, as CPython's {@code n} format converts it. */
    static Object index(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (!Arithmetic.isInt(o)) {
            throw Errors.typeError("'" + Types.nameOf(o) + "' object cannot be interpreted as an integer");
        }
        return o;
    }
}
