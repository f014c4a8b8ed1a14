package dev.krait.runtime;

import java.util.Arrays;

/**
 * A struct sequence, CPython's named tuple of the C library ({@code sys.version_info},
 * {@code sys.float_info}, {@code time.struct_time}): a real tuple of its first fields whose
 * fields are also read by name, with the repr {@code sys.version_info(major=3, ...)}.
 * Fields past the tuple part (like {@code struct_time.tm_zone}) are reachable by name only.
 */
public final class PyStructSeq extends PyTuple implements HasAttributes {
    /**
     * The shape of one kind of struct sequence: its Python type (a subtype of {@code tuple}
     * named as CPython spells it, e.g. {@code "sys.version_info"}) and its field names.
     * Immutable, so kinds may be shared by every interpreter.
     */
    public static final class Kind {
        private final PyType type;
        private final String[] fields;
        private final int visible;

        private Kind(PyType type, String[] fields, int visible) {
            this.type = type;
            this.fields = fields;
            this.visible = visible;
        }

        public PyType type() {
            return type;
        }

        /** A struct sequence of this kind; {@code values} holds every field, in declared order. */
        public PyStructSeq make(Object... values) {
            if (values.length != fields.length) {
                throw new IllegalArgumentException(type.name() + " takes " + fields.length + " fields");
            }
            return new PyStructSeq(this, values);
        }
    }

    /** Declares a kind {@code module.name} whose fields are all part of the tuple. */
    public static Kind kind(String module, String name, String... fields) {
        return kind(module, name, fields.length, fields);
    }

    /** Declares a kind {@code module.name} (just {@code name} when module is null) whose first {@code visible} fields form the tuple. */
    public static Kind kind(String module, String name, int visible, String... fields) {
        PyType type = PyType.builtin(name, Types.TUPLE);
        if (module != null) { // null: a builtins type, named without a module ({@code asyncgen_hooks})
            type.define("__module__", PyStr.of(module));
        }
        type.define("n_fields", (long) fields.length);
        type.define("n_sequence_fields", (long) visible);
        type.define("n_unnamed_fields", 0L);
        return new Kind(type, fields.clone(), visible);
    }

    private final Kind kind;
    private final Object[] all;

    private PyStructSeq(Kind kind, Object[] values) {
        super(Arrays.copyOf(values, kind.visible));
        this.kind = kind;
        this.all = values.clone();
    }

    @Override
    public PyType type() {
        return kind.type;
    }

    @Override
    public Object getAttr(String name) {
        for (int i = 0; i < kind.fields.length; i++) {
            if (kind.fields[i].equals(name)) {
                return all[i];
            }
        }
        Object v = kind.type.lookup(name);
        if (v instanceof PyMethodDescriptor m) {
            return new PyBoundMethod(this, m);
        }
        if (v != null) {
            return v;
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type().qualifiedName() + "' object has no attribute '"
                + name + "'");
    }

    @Override
    public void setAttr(String name, Object value) {
        for (String field : kind.fields) {
            if (field.equals(name)) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
            }
        }
        throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type().qualifiedName() + "' object has no attribute '"
                + name + "'");
    }

    /** {@code sys.version_info(major=3, minor=11, ...)}: the tuple fields only, as CPython shows them. */
    String repr() {
        StringBuilder out = new StringBuilder(kind.type.qualifiedName()).append('(');
        for (int i = 0; i < kind.visible; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(kind.fields[i]).append('=').append(Ops.repr(all[i]));
        }
        return out.append(')').toString();
    }
}
