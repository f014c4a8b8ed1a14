package dev.krait.code;

import java.util.ArrayList;
import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;

/**
 * A function's parameters, in slot order: positional-only, positional-or-keyword,
 * keyword-only, then {@code *args} and {@code **kwargs} if present. Binds a call's arguments
 * into the first slots of a frame, with CPython's error messages.
 */
final class ParamSpec {
    final String[] names;
    final int positionalOnly;
    final int positional;
    final int keywordOnly;
    final boolean varargs;
    final boolean varkw;

    ParamSpec(String[] names, int positionalOnly, int positional, int keywordOnly, boolean varargs, boolean varkw) {
        this.names = names;
        this.positionalOnly = positionalOnly;
        this.positional = positional;
        this.keywordOnly = keywordOnly;
        this.varargs = varargs;
        this.varkw = varkw;
        this.simple = keywordOnly == 0 && !varargs && !varkw;
    }

    /** Only plain positional-or-keyword parameters (no keyword-only, no {@code *args}/{@code **kwargs}). */
    private final boolean simple;

    boolean isSimple() {
        return simple;
    }

    /**
     * Fills {@code locals} from the call; {@code defaults} cover the last positionals,
     * {@code kwDefaults} (the function's {@code __kwdefaults__}, or null) the keyword-only ones.
     */
    void bind(String fn, Object[] locals, Object[] args, String[] kwnames, Object[] defaults, PyDict kwDefaults) {
        if (simple && args.length == positional && kwnames.length == 0) {
            // The common call: exactly the positional parameters, nothing else to check.
            System.arraycopy(args, 0, locals, 0, positional);
            return;
        }
        int given = args.length - kwnames.length;
        if (given > positional && !varargs) {
            throw tooManyPositional(fn, given, defaults.length, kwnames);
        }
        int taken = Math.min(given, positional);
        System.arraycopy(args, 0, locals, 0, taken);
        int slot = positional + keywordOnly;
        if (varargs) {
            locals[slot++] = given > positional ? tupleOf(args, positional, given) : PyTuple.EMPTY;
        }
        PyDict extra = varkw ? new PyDict() : null;
        if (varkw) {
            locals[slot] = extra;
        }
        List<String> positionalOnlyAsKeyword = new ArrayList<>();
        for (int k = 0; k < kwnames.length; k++) {
            String name = kwnames[k];
            int i = indexOf(name);
            if (i < 0 || i < positionalOnly) {
                if (extra != null) {
                    extra.put(PyStr.of(name), args[given + k]);
                    continue;
                }
                if (i >= 0) {
                    positionalOnlyAsKeyword.add(name);
                    continue;
                }
                throw Errors.typeError(fn + "() got an unexpected keyword argument '" + name + "'");
            }
            if (locals[i] != null) {
                throw Errors.typeError(fn + "() got multiple values for argument '" + name + "'");
            }
            locals[i] = args[given + k];
        }
        if (!positionalOnlyAsKeyword.isEmpty()) {
            throw Errors.typeError(fn + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", positionalOnlyAsKeyword) + "'");
        }
        int firstDefault = positional - defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positional; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) {
                    locals[i] = defaults[i - firstDefault];
                } else {
                    missing.add("'" + names[i] + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(fn + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
        }
        for (int i = 0; i < keywordOnly; i++) {
            int at = positional + i;
            if (locals[at] == null) {
                Object d = kwDefaults == null ? null : kwDefaults.get(PyStr.of(names[at]));
                if (d != null) {
                    locals[at] = d;
                } else {
                    missing.add("'" + names[at] + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(fn + "() missing " + missing.size() + " required keyword-only argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
        }
    }

    private static PyTuple tupleOf(Object[] args, int from, int to) {
        Object[] items = new Object[to - from];
        System.arraycopy(args, from, items, 0, items.length);
        return PyTuple.of(items);
    }

    private PyException tooManyPositional(String fn, int given, int defaultCount, String[] kwnames) {
        int max = positional;
        int min = max - defaultCount;
        String takes = min == max ? Integer.toString(max) : "from " + min + " to " + max;
        int keywordOnlyGiven = 0;
        for (String k : kwnames) {
            int i = indexOf(k);
            if (i >= positional && i < positional + keywordOnly) {
                keywordOnlyGiven++;
            }
        }
        String extra = keywordOnlyGiven == 0 ? "" : " positional argument" + (given == 1 ? "" : "s") + " (and "
                + keywordOnlyGiven + " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ")";
        return Errors.typeError(fn + "() takes " + takes + " positional argument" + (max == 1 && min == max ? "" : "s")
                + " but " + given + (extra.isEmpty() ? (given == 1 ? " was" : " were") : extra + " were") + " given");
    }

    /** CPython's list of names: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    private int indexOf(String name) {
        for (int i = 0; i < positional + keywordOnly; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
