package dev.krait.runtime;

import java.util.List;

/**
 * The methods and data attributes of the builtin exception types, defined once while
 * {@link ExceptionTypes} initialises: what every {@code BaseException} has ({@code args},
 * the chaining links, {@code __traceback__}, {@code with_traceback}, {@code add_note}) and
 * the fields of particular types ({@code SystemExit.code}, {@code OSError.errno}, ...).
 * How their constructors fill those fields is {@link ExceptionInit}'s business; their
 * {@code str()} is {@link ExceptionText}'s.
 */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        PyType base = ExceptionTypes.BASE_EXCEPTION;
        base.method("__init__(*args, **kwargs)", (self, a) -> {
            ExceptionInit.init(exception(self), base, (PyTuple) a[0], (PyDict) a[1]);
            return PyNone.NONE;
        });
        base.method("__str__()", (self, a) -> PyStr.of(ExceptionText.baseStr(exception(self))));
        base.method("__repr__()", (self, a) -> PyStr.of(ExceptionText.repr(exception(self))));
        base.method("with_traceback(tb, /)", (self, a) -> {
            exception(self).setTraceback(traceback(a[0]));
            return self;
        });
        base.method("add_note(note, /)", (self, a) -> {
            addNote(exception(self), a[0]);
            return PyNone.NONE;
        });
        base.define("args", ExceptionField.getset(base, "args", PyBaseException::argsTuple, (e, v) -> {
            if (v == null) {
                throw Errors.typeError("args may not be deleted");
            }
            e.setArgs(PyTuple.wrap(Constructors.collect(v).toArray()));
        }));
        base.define("__traceback__", ExceptionField.getset(base, "__traceback__", e -> orNone(e.traceback()),
                (e, v) -> {
                    if (v == null) {
                        throw Errors.typeError("__traceback__ may not be deleted");
                    }
                    e.setTraceback(traceback(v));
                }));
        base.define("__cause__", ExceptionField.getset(base, "__cause__", e -> orNone(e.cause()), (e, v) -> {
            if (v == null) {
                throw Errors.typeError("__cause__ may not be deleted");
            }
            // Like CPython, assigning a cause also suppresses the context in tracebacks.
            e.setCause(chainLink(v, "exception cause must be None or derive from BaseException"));
        }));
        base.define("__context__", ExceptionField.getset(base, "__context__", e -> orNone(e.context()), (e, v) -> {
            if (v == null) {
                throw Errors.typeError("__context__ may not be deleted");
            }
            e.assignContext(chainLink(v, "exception context must be None or derive from BaseException"));
        }));
        base.define("__suppress_context__", ExceptionField.getset(base, "__suppress_context__",
                PyBaseException::suppressContext, (e, v) -> {
                    if (v == null) {
                        throw Errors.typeError("can't delete numeric/char attribute");
                    }
                    if (!(v instanceof Boolean b)) {
                        throw Errors.typeError("attribute value type must be bool");
                    }
                    e.setSuppressContext(b);
                }));
        installTypeSpecific();
        ExceptionGroups.install(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }

    /** The fields, constructors and {@code str()} of types that have more than {@code args}. */
    private static void installTypeSpecific() {
        withInit(ExceptionTypes.SYSTEM_EXIT, "code");
        withInit(ExceptionTypes.STOP_ITERATION, "value");
        withInit(ExceptionTypes.IMPORT_ERROR, "msg", "name", "path");
        withInit(ExceptionTypes.ATTRIBUTE_ERROR, "name", "obj");
        withInit(ExceptionTypes.NAME_ERROR, "name");
        withInit(ExceptionTypes.OS_ERROR, "errno", "strerror", "filename", "filename2");
        ExceptionTypes.OS_ERROR.define("characters_written", ExceptionField.getset(ExceptionTypes.OS_ERROR,
                "characters_written", e -> {
                    Object n = e.field("characters_written");
                    if (n == null) {
                        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "characters_written");
                    }
                    return n;
                }, (e, v) -> {
                    if (v == null && e.field("characters_written") == null) {
                        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "characters_written");
                    }
                    e.setField("characters_written", v == null ? null : ExceptionInit.index(v));
                }));
        withInit(ExceptionTypes.SYNTAX_ERROR, "msg", "filename", "lineno", "offset", "text", "end_lineno",
                "end_offset", "print_file_and_line");
        for (PyType t : List.of(ExceptionTypes.UNICODE_DECODE_ERROR, ExceptionTypes.UNICODE_ENCODE_ERROR,
                ExceptionTypes.UNICODE_TRANSLATE_ERROR)) {
            withInit(t, "encoding", "object", "start", "end", "reason");
        }
        for (PyType t : List.of(ExceptionTypes.KEY_ERROR, ExceptionTypes.IMPORT_ERROR, ExceptionTypes.OS_ERROR,
                ExceptionTypes.SYNTAX_ERROR, ExceptionTypes.UNICODE_DECODE_ERROR, ExceptionTypes.UNICODE_ENCODE_ERROR,
                ExceptionTypes.UNICODE_TRANSLATE_ERROR, ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            t.method("__str__()", (self, a) -> PyStr.of(ExceptionText.str(exception(self), t)));
        }
    }

    /** Gives {@code type} its own {@code __init__} and member descriptors for {@code members}. */
    private static void withInit(PyType type, String... members) {
        type.method("__init__(*args, **kwargs)", (self, a) -> {
            ExceptionInit.init(exception(self), type, (PyTuple) a[0], (PyDict) a[1]);
            return PyNone.NONE;
        });
        for (String m : members) {
            type.define(m, ExceptionField.member(type, m));
        }
    }

    /**
     * What an exception answers after its type and its dictionary had nothing: its
     * {@code __dict__}; null for anything else.
     */
    static Object instanceAttribute(PyBaseException e, String name) {
        return name.equals("__dict__") ? e.attributeDict() : null;
    }

    /** {@code e.add_note(note)}: appends to the {@code __notes__} list, making it when absent. */
    static void addNote(PyBaseException e, Object note) {
        if (!(note instanceof PyStr)) {
            throw Errors.typeError("note must be a str, not '" + Types.nameOf(note) + "'");
        }
        Object notes = e.dict().get("__notes__");
        if (notes == null) {
            notes = new PyList();
            e.dict().put("__notes__", notes);
        }
        if (!(notes instanceof PyList list)) {
            throw Errors.typeError("Cannot add note: __notes__ is not a list");
        }
        list.append(note);
    }

    static PyBaseException exception(Object self) {
        return (PyBaseException) self;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static Traceback traceback(Object v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof Traceback tb)) {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
        return tb;
    }

    private static PyBaseException chainLink(Object v, String message) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyBaseException e)) {
            throw Errors.typeError(message);
        }
        return e;
    }
}
