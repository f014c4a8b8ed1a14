package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup}: construction (which picks
 * {@code ExceptionGroup} when every member is an {@code Exception}), {@code message},
 * {@code exceptions}, {@code derive}, and {@code split}/{@code subgroup}, which keep the
 * nesting of the group and copy its traceback, chaining links and notes onto the parts.
 */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static void install(PyType group) {
        group.define("message", readonly(group, "message"));
        group.define("exceptions", readonly(group, "exceptions"));
        group.method("derive(excs, /)", (self, a) -> derive((PyBaseException) self, a[0]));
        group.method("split(matcher_value, /)", (self, a) -> {
            PyBaseException[] parts = split((PyBaseException) self, matcher(a[0]), true);
            return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
        });
        group.method("subgroup(matcher_value, /)", (self, a) ->
                orNone(split((PyBaseException) self, matcher(a[0]), false)[0]));
    }

    private static ExceptionField readonly(PyType group, String name) {
        return ExceptionField.getset(group, name, e -> e.field(name), (e, v) -> {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
        });
    }

    /** {@code BaseExceptionGroup.__new__(cls, message, exceptions)}. */
    static PyBaseException create(PyType type, Object[] args) {
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr message)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Types.nameOf(args[0]));
        }
        if (!(args[1] instanceof PyList || args[1] instanceof PyTuple)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        List<Object> items = Constructors.collect(args[1]);
        if (items.isEmpty()) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean onlyExceptions = true;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyBaseException item)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            onlyExceptions &= item.type().isSubtypeOf(ExceptionTypes.EXCEPTION);
        }
        if (type == ExceptionTypes.BASE_EXCEPTION_GROUP) {
            if (onlyExceptions) {
                type = ExceptionTypes.EXCEPTION_GROUP;
            }
        } else if (!onlyExceptions && type == ExceptionTypes.EXCEPTION_GROUP) {
            throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (!onlyExceptions && type.isSubtypeOf(ExceptionTypes.EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + type.name() + "'");
        }
        PyBaseException e = new PyBaseException(type, List.of(args));
        e.setField("message", message);
        e.setField("exceptions", PyTuple.of(items.toArray()));
        return e;
    }

    /** {@code message (2 sub-exceptions)}. */
    static String str(PyBaseException e) {
        int count = ((PyTuple) e.field("exceptions")).size();
        return Ops.str(e.field("message")) + " (" + count + " sub-exception" + (count == 1 ? "" : "s") + ")";
    }

    private static Object derive(PyBaseException self, Object excs) {
        return ExceptionInit.create(ExceptionTypes.BASE_EXCEPTION_GROUP, new Object[] {self.field("message"), excs},
                new String[0]);
    }

    /** What {@code split} and {@code subgroup} test each exception with. */
    private interface Matcher {
        boolean matches(PyBaseException e);
    }

    private static Matcher matcher(Object value) {
        if (isExceptionType(value)) {
            return e -> e.type().isSubtypeOf((PyType) value);
        }
        if (value instanceof PyTuple tuple) {
            for (Object item : tuple.toArray()) {
                if (!isExceptionType(item)) {
                    throw badMatcher();
                }
            }
            return e -> {
                for (Object item : tuple.toArray()) {
                    if (e.type().isSubtypeOf((PyType) item)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (value instanceof PyCallable predicate && !(value instanceof PyType)) {
            return e -> Ops.isTrue(predicate.call(new Object[] {e}, PyCallable.NO_KEYWORDS));
        }
        throw badMatcher();
    }

    private static boolean isExceptionType(Object value) {
        return value instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
    }

    private static PyException badMatcher() {
        return Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** The matching part and (when asked for) the rest of {@code e}; either may be null. */
    private static PyBaseException[] split(PyBaseException e, Matcher matcher, boolean withRest) {
        if (matcher.matches(e)) {
            return new PyBaseException[] {e, null};
        }
        if (!e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            return new PyBaseException[] {null, withRest ? e : null};
        }
        List<Object> matching = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object member : ((PyTuple) e.field("exceptions")).toArray()) {
            PyBaseException[] parts = split((PyBaseException) member, matcher, withRest);
            if (parts[0] != null) {
                matching.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new PyBaseException[] {subset(e, matching), withRest ? subset(e, rest) : null};
    }

    /** A group like {@code original} (by its {@code derive}) holding {@code members}, with its metadata. */
    private static PyBaseException subset(PyBaseException original, List<Object> members) {
        if (members.isEmpty()) {
            return null;
        }
        Object derived = Ops.callMethod(original, "derive", new Object[] {new PyList(members)}, PyCallable.NO_KEYWORDS);
        if (!(derived instanceof PyBaseException group)
                || !group.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        group.setTraceback(original.traceback());
        group.setContext(original.context());
        group.setCause(original.cause());
        Object notes = original.dict().get("__notes__");
        if (notes instanceof PyList || notes instanceof PyTuple) {
            group.dict().put("__notes__", new PyList(Constructors.collect(notes)));
        } else if (notes != null) {
            group.dict().put("__notes__", notes);
        }
        return group;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
