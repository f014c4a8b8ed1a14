package dev.krait.runtime;

/** {@code str.format}: replacement fields {@code {name.attr[key]!conv:spec}} and {@code {{ }}}. */
final class StrFormat {
    private StrFormat() {}

    private static final class State {
        final Object[] args;
        /** The keyword arguments or the mapping of {@code format_map}; null when there are none. */
        final Object kwargs;
        int auto;
        boolean manual;
        boolean automatic;

        State(Object[] args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    /** {@code self.format(*args, **kwargs)}; {@code kwargs} is a mapping or null. */
    static PyStr format(PyStr self, PyTuple args, Object kwargs) {
        return PyStr.of(render(self.value(), new State(args.toArray(), kwargs), 2));
    }

    private static String render(String f, State st, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (c == '}') {
                if (i + 1 < n && f.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && f.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // find the matching '}' (nested braces allowed in the spec)
            int level = 1;
            int j = i + 1;
            boolean inName = true;
            while (j < n && level > 0) {
                char d = f.charAt(j);
                if (inName && d == '[') {
                    while (j < n && f.charAt(j) != ']') {
                        j++;
                    }
                    if (j >= n) {
                        break;
                    }
                } else if (inName && (d == ':' || d == '!')) {
                    inName = false;
                    if (d == '!') {
                        if (j + 1 >= n) {
                            throw Errors.valueError("end of string while looking for conversion specifier");
                        }
                        j += 2;
                        continue;
                    }
                }
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                }
                if (level > 0) {
                    j++;
                }
            }
            if (j >= n) {
                throw Errors.valueError(i + 1 >= n ? "Single '{' encountered in format string"
                        : inName ? "expected '}' before end of string" : "unmatched '{' in format spec");
            }
            out.append(field(f.substring(i + 1, j), st, depth));
            i = j + 1;
        }
        return out.toString();
    }

    private static String field(String field, State st, int depth) {
        // split name / conversion / spec; brackets in the name may hold ':' or '!'
        int k = 0;
        int n = field.length();
        while (k < n && field.charAt(k) != ':' && field.charAt(k) != '!') {
            if (field.charAt(k) == '[') {
                while (k < n && field.charAt(k) != ']') {
                    k++;
                }
            }
            if (k < n) {
                k++;
            }
        }
        String name = field.substring(0, Math.min(k, n));
        char conversion = 0;
        String spec = "";
        if (k < n && field.charAt(k) == '!') {
            if (k + 1 >= n) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = field.charAt(k + 1);
            k += 2;
            if (k < n && field.charAt(k) != ':') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < n && field.charAt(k) == ':') {
            spec = render(field.substring(k + 1), st, depth - 1);
        }
        Object value = lookup(name, st);
        switch (conversion) {
            case 0 -> { }
            case 'r' -> value = PyStr.of(Ops.repr(value));
            case 's' -> value = PyStr.of(Ops.str(value));
            case 'a' -> value = Formatting.asciiOf(value);
            default -> throw Errors.valueError("Unknown conversion specifier " + Character.toString(conversion));
        }
        return Formatting.format(value, spec);
    }

    private static Object lookup(String name, State st) {
        int k = 0;
        int n = name.length();
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (st.manual) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            st.automatic = true;
            value = positional(st, st.auto++);
        } else if (first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (st.automatic) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            st.manual = true;
            value = positional(st, Integer.parseInt(first));
        } else {
            if (st.kwargs == null) {
                throw Errors.of(ExceptionTypes.KEY_ERROR, first);
            }
            value = Ops.getItem(st.kwargs, PyStr.of(first));
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < n && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                if (e == k + 1) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = Ops.getAttr(value, name.substring(k + 1, e));
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                Object index = key.chars().allMatch(d -> d >= '0' && d <= '9') ? (Object) Long.parseLong(key)
                        : PyStr.of(key);
                value = Ops.getItem(value, index);
                k = e + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static Object positional(State st, int index) {
        if (index >= st.args.length) {
            throw Errors.of(ExceptionTypes.INDEX_ERROR, "Replacement index " + index
                    + " out of range for positional args tuple");
        }
        return st.args[index];
    }
}
