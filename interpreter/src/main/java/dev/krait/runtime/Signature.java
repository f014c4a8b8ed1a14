package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A builtin's Python signature, written as Python writes it, e.g.
 * {@code "split(sep=None, maxsplit=-1)"} or {@code "pop(index=-1, /)"} or
 * {@code "max(*args, key=None, default=...)"} — parsed once when the builtin is defined — and
 * the binding of call arguments to it, with CPython's error messages.
 *
 * <p>Defaults may be {@code None}, {@code True}, {@code False}, integers, quoted strings, or
 * {@code ...} which marks an optional argument with no default: its slot is then {@code null}
 * when the caller leaves it out. Parameters before {@code /} are positional-only, those after
 * {@code *} or {@code *args} keyword-only; {@code *args} collects extra positionals into a
 * {@link PyTuple}.
 */
public final class Signature {
    private static final Object REQUIRED = new Object();
    /** Marks an argument with no default that may be left out; its slot is then null. */
    private static final Object OPTIONAL = new Object();

    private final String name;
    private final String[] params;
    private final Object[] defaults;
    private final int positionalOnly;
    private final int positional;
    private final int varargs;
    private final int varkw;
    /** The type a method belongs to, for the messages that name it ({@code list.append()}); null for functions. */
    private final String owner;

    private Signature(String name, String[] params, Object[] defaults, int positionalOnly, int positional,
                      int varargs, int varkw) {
        this(name, params, defaults, positionalOnly, positional, varargs, varkw, null);
    }

    private Signature(String name, String[] params, Object[] defaults, int positionalOnly, int positional,
                      int varargs, int varkw, String owner) {
        this.owner = owner;
        this.name = name;
        this.params = params;
        this.defaults = defaults;
        this.positionalOnly = positionalOnly;
        this.positional = positional;
        this.varargs = varargs;
        this.varkw = varkw;
    }

    public String name() {
        return name;
    }

    /** The same signature for a method of type {@code typeName}, whose errors then name it {@code type.method()}. */
    public Signature ownedBy(String typeName) {
        return new Signature(name, params, defaults, positionalOnly, positional, varargs, varkw, typeName);
    }

    /** Parses {@code "name(p1, p2=default, /, *, kw=None)"}. */
    public static Signature parse(String spec) {
        int open = spec.indexOf('(');
        String name = spec.substring(0, open).strip();
        String inside = spec.substring(open + 1, spec.lastIndexOf(')')).strip();
        List<String> names = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        int positionalOnly = 0;
        int positional = -1;
        int varargs = -1;
        int varkw = -1;
        if (!inside.isEmpty()) {
            for (String raw : inside.split(",")) {
                String p = raw.strip();
                if (p.equals("/")) {
                    positionalOnly = names.size();
                } else if (p.equals("*")) {
                    positional = names.size();
                } else if (p.startsWith("**")) {
                    varkw = names.size();
                    names.add(p.substring(2));
                    defaults.add(OPTIONAL);
                } else if (p.startsWith("*")) {
                    positional = names.size();
                    varargs = names.size();
                    names.add(p.substring(1));
                    defaults.add(PyTuple.EMPTY);
                } else {
                    int eq = p.indexOf('=');
                    names.add(eq < 0 ? p : p.substring(0, eq).strip());
                    defaults.add(eq < 0 ? REQUIRED : literal(p.substring(eq + 1).strip()));
                }
            }
        }
        int positionalEnd = positional < 0 ? (varkw < 0 ? names.size() : varkw) : positional;
        return new Signature(name, names.toArray(new String[0]), defaults.toArray(), positionalOnly, positionalEnd,
                varargs, varkw);
    }

    private static Object literal(String text) {
        return switch (text) {
            case "None" -> PyNone.NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "..." -> OPTIONAL;
            default -> text.startsWith("'") || text.startsWith("\"")
                    ? PyStr.of(text.substring(1, text.length() - 1))
                    : text.matches("-?\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
        };
    }

    /**
     * Binds a call's arguments: one slot per parameter in declared order (the {@code *args}
     * slot holds a tuple); an omitted {@code ...} argument leaves null. When every parameter is
     * given by position the caller's array is returned as is: callers pass fresh arrays.
     * Errors are worded as CPython 3.11 words them for the calling convention such a builtin
     * has there (no arguments, one argument, positional-only, or keywords).
     */
    public Object[] bind(Object[] args, String[] kwnames) {
        if (kwnames.length == 0 && args.length == params.length && varargs < 0 && varkw < 0) {
            return args; // every parameter given by position: the array already is the binding
        }
        int given = args.length - kwnames.length;
        checkCounts(given, kwnames.length);
        Object[] slots = new Object[params.length];
        int fixed = varargs >= 0 ? varargs : positional;
        if (given > fixed && varargs < 0) {
            throw tooMany(given);
        }
        System.arraycopy(args, 0, slots, 0, Math.min(given, fixed));
        if (varargs >= 0) {
            slots[varargs] = given > fixed ? PyTuple.wrap(Arrays.copyOfRange(args, fixed, given)) : PyTuple.EMPTY;
        }
        PyDict extra = varkw >= 0 ? new PyDict() : null;
        if (extra != null) {
            slots[varkw] = extra;
        }
        String unexpected = null;
        String byNameAndPosition = null;
        int byNameAt = -1;
        for (int k = 0; k < kwnames.length; k++) {
            int i = indexOf(kwnames[k]);
            boolean named = i >= 0 && i >= positionalOnly && i != varargs && i != varkw;
            if (!named && extra != null) {
                extra.put(PyStr.of(kwnames[k]), args[given + k]);
            } else if (!named) {
                unexpected = unexpected == null ? kwnames[k] : unexpected;
            } else if (slots[i] != null) {
                if (byNameAndPosition == null) {
                    byNameAndPosition = kwnames[k];
                    byNameAt = i;
                }
            } else {
                slots[i] = args[given + k];
            }
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                Object d = defaults[i];
                if (d == REQUIRED) {
                    throw missing(i, given);
                }
                slots[i] = d == OPTIONAL ? null : d;
            }
        }
        // CPython checks these two after the missing arguments, in this order.
        if (byNameAndPosition != null) {
            throw Errors.typeError("argument for " + name + "() given by name ('" + byNameAndPosition
                    + "') and position (" + (byNameAt + 1) + ")");
        }
        if (unexpected != null) {
            throw Errors.typeError("'" + unexpected + "' is an invalid keyword argument for " + name + "()");
        }
        return slots;
    }

    /** The name methods' errors use for the no-argument and one-argument conventions: {@code list.append}. */
    private String qualifiedName() {
        return owner == null ? name : owner + "." + name;
    }

    /** True when some parameter can be passed by keyword. */
    private boolean takesKeywords() {
        return varkw >= 0 || positionalOnly < params.length - (varargs >= 0 ? 1 : 0);
    }

    /** The argument-count checks that come before any binding, per calling convention. */
    private void checkCounts(int given, int keywords) {
        if (!takesKeywords()) {
            if (keywords > 0) {
                throw Errors.typeError(qualifiedName() + "() takes no keyword arguments");
            }
            if (varargs >= 0) {
                return;
            }
            int required = requiredCount(params.length);
            if (params.length == 0) {
                throw Errors.typeError(qualifiedName() + "() takes no arguments (" + given + " given)");
            }
            if (params.length == 1 && required == 1) {
                throw Errors.typeError(qualifiedName() + "() takes exactly one argument (" + given + " given)");
            }
            if (given < required || given > params.length) {
                int bound = given < required ? required : params.length;
                String which = required == params.length ? "" : given < required ? "at least " : "at most ";
                throw Errors.typeError(name + " expected " + which + bound + " argument" + (bound == 1 ? "" : "s")
                        + ", got " + given);
            }
            return;
        }
        if (varargs < 0 && varkw < 0 && given + keywords > params.length) {
            throw Errors.typeError(name + "() takes at most " + params.length + " " + (given == 0 ? "keyword " : "")
                    + "argument" + (params.length == 1 ? "" : "s") + " (" + (given + keywords) + " given)");
        }
    }

    private int requiredCount(int upTo) {
        int required = 0;
        for (int i = 0; i < upTo; i++) {
            if (defaults[i] == REQUIRED) {
                required++;
            }
        }
        return required;
    }

    private PyException tooMany(int given) {
        int required = requiredCount(positional);
        if (positional == 0) {
            return Errors.typeError(name + "() takes no positional arguments");
        }
        return Errors.typeError(name + "() takes " + (required == positional ? "exactly " : "at most ") + positional
                + " positional argument" + (positional == 1 ? "" : "s") + " (" + given + " given)");
    }

    private PyException missing(int i, int given) {
        if (i < positionalOnly) {
            int required = requiredCount(positional);
            return Errors.typeError(name + "() takes " + (required == positional ? "exactly " : "at least ") + required
                    + " positional argument" + (required == 1 ? "" : "s") + " (" + given + " given)");
        }
        if (i < positional) {
            return Errors.typeError(name + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
        }
        return Errors.typeError(name + "() missing required keyword-only argument: '" + params[i] + "'");
    }

    private int indexOf(String param) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(param)) {
                return i;
            }
        }
        return -1;
    }
}
