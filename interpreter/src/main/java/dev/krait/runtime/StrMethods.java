package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The methods of {@code str}: splitting, joining, stripping, padding, searching and
 * replacing. Case mappings and predicates are in {@link StrCase}, {@code str.format} in
 * {@link StrFormat}. Indexes are code points, as in Python.
 */
final class StrMethods {
    private StrMethods() {}

    static void install(PyType str) {
        str.method("split(sep=None, maxsplit=-1)", (self, a) -> split(s(self), a[0], maxsplit(a[1]), false));
        str.method("rsplit(sep=None, maxsplit=-1)", (self, a) -> split(s(self), a[0], maxsplit(a[1]), true));
        str.method("join(iterable, /)", (self, a) -> join(s(self), a[0]));
        str.method("strip(chars=None, /)", (self, a) -> strip(s(self), a[0], true, true, "strip"));
        str.method("lstrip(chars=None, /)", (self, a) -> strip(s(self), a[0], true, false, "lstrip"));
        str.method("rstrip(chars=None, /)", (self, a) -> strip(s(self), a[0], false, true, "rstrip"));
        str.method("replace(old, new, count=-1, /)", (self, a) -> StrSearch.replace(s(self),
                arg(a[0], "replace", 1), arg(a[1], "replace", 2), index(a[2])));
        str.method("find(sub, start=None, end=None, /)", (self, a) -> (long) StrSearch.find(s(self), a, "find", false));
        str.method("rfind(sub, start=None, end=None, /)", (self, a) ->
                (long) StrSearch.find(s(self), a, "rfind", true));
        str.method("index(sub, start=None, end=None, /)", (self, a) ->
                StrSearch.found(StrSearch.find(s(self), a, "index", false)));
        str.method("rindex(sub, start=None, end=None, /)", (self, a) ->
                StrSearch.found(StrSearch.find(s(self), a, "rindex", true)));
        str.method("count(sub, start=None, end=None, /)", (self, a) -> StrSearch.count(s(self), a));
        str.method("startswith(prefix, start=None, end=None, /)", (self, a) ->
                StrSearch.affix(s(self), a, "startswith"));
        str.method("endswith(suffix, start=None, end=None, /)", (self, a) -> StrSearch.affix(s(self), a, "endswith"));
        str.method("center(width, fillchar=' ', /)", (self, a) -> justify(s(self), a, '^'));
        str.method("ljust(width, fillchar=' ', /)", (self, a) -> justify(s(self), a, '<'));
        str.method("rjust(width, fillchar=' ', /)", (self, a) -> justify(s(self), a, '>'));
        str.method("zfill(width, /)", (self, a) -> zfill(s(self), index(a[0])));
        str.method("partition(sep, /)", (self, a) -> partition(s(self), a[0], false));
        str.method("rpartition(sep, /)", (self, a) -> partition(s(self), a[0], true));
        str.method("splitlines(keepends=False)", (self, a) -> splitlines(s(self), Ops.isTrue(a[0])));
        str.method("expandtabs(tabsize=8)", (self, a) -> expandtabs(s(self), index(a[0])));
        str.method("removeprefix(prefix, /)", (self, a) -> {
            PyStr x = s(self);
            String p = arg(a[0], "removeprefix", 0);
            return x.value().startsWith(p) ? PyStr.of(x.value().substring(p.length())) : x;
        });
        str.method("removesuffix(suffix, /)", (self, a) -> {
            PyStr x = s(self);
            String p = arg(a[0], "removesuffix", 0);
            return !p.isEmpty() && x.value().endsWith(p)
                    ? PyStr.of(x.value().substring(0, x.value().length() - p.length())) : x;
        });
        // TODO keyword arguments need Signature support for **kwargs (and a dict type).
        str.method("format(*args, **kwargs)", (self, a) -> StrFormat.format(s(self), (PyTuple) a[0], a[1]));
        str.method("format_map(mapping, /)", (self, a) -> StrFormat.format(s(self), PyTuple.EMPTY, a[0]));
        str.method("__format__(format_spec, /)", (self, a) ->
                PyStr.of(Formatting.format(self, arg(a[0], "__format__", 0))));
        str.method("translate(table, /)", (self, a) -> translate(s(self), a[0]));
        // A static method: looked up on the type or an instance, it is this function unbound.
        str.define("maketrans", new PyBuiltinFunction("maketrans",
                (args, kw) -> maketrans(MAKETRANS.bind(args, kw))));
        StrCase.install(str);
    }

    private static final Signature MAKETRANS = Signature.parse("maketrans(x, y=..., z=..., /)");

    private static PyDict maketrans(Object[] a) {
        PyDict out = new PyDict();
        if (a[1] == null) {
            if (!(a[0] instanceof PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            Iterator<Object> keys = Ops.iterate(d);
            while (keys.hasNext()) {
                Object k = keys.next();
                Object v = d.get(k);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    out.put((long) ks.codePointAt(0), v);
                } else if (Arithmetic.isInt(k)) {
                    out.put(k, v);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(a[0] instanceof PyStr x)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        String y = arg(a[1], "maketrans", 2);
        int[] xs = cps(x);
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            out.put((long) xs[i], (long) ys[i]);
        }
        if (a[2] != null) {
            for (int c : arg(a[2], "maketrans", 3).codePoints().toArray()) {
                out.put((long) c, PyNone.NONE);
            }
        }
        return out;
    }

    private static PyStr translate(PyStr self, Object table) {
        StringBuilder out = new StringBuilder();
        for (int c : cps(self)) {
            Object v;
            try {
                v = Ops.getItem(table, (long) c);
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.LOOKUP_ERROR)) {
                    throw e;
                }
                out.appendCodePoint(c);
                continue;
            }
            if (v == PyNone.NONE) {
                continue;
            }
            if (v instanceof PyStr r) {
                out.append(r.value());
            } else if (Arithmetic.isInt(v)) {
                long cp = index(v);
                if (cp < 0 || cp > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                out.appendCodePoint((int) cp);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(out.toString());
    }

    static PyStr s(Object self) {
        return (PyStr) self;
    }

    /** A str argument; {@code position} 0 means "argument", n means "argument n". */
    static String arg(Object o, String method, int position) {
        if (o instanceof PyStr x) {
            return x.value();
        }
        throw Errors.typeError(method + "() argument" + (position > 0 ? " " + position : "")
                + " must be str, not " + Types.nameOf(o));
    }

    static long index(Object o) {
        Object i = Slicing.asIndexInt(o);
        if (i == null) {
            throw Errors.typeError("'" + Types.nameOf(o) + "' object cannot be interpreted as an integer");
        }
        if (i instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    private static long maxsplit(Object o) {
        long m = index(o);
        return m < 0 ? Long.MAX_VALUE : m;
    }

    /** Python's whitespace, as {@code str.split()} and {@code str.isspace()} see it. */
    static boolean isSpace(int c) {
        return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    static int[] cps(PyStr s) {
        return s.value().codePoints().toArray();
    }

    private static PyStr str(int[] cps, int from, int to) {
        return PyStr.of(new String(cps, from, to - from));
    }

    // ---- split / join ----

    private static PyList split(PyStr self, Object sepObj, long maxsplit, boolean right) {
        PyList out = new PyList();
        if (sepObj == PyNone.NONE) {
            int[] c = cps(self);
            List<PyStr> parts = new ArrayList<>();
            if (!right) {
                int i = 0;
                int n = c.length;
                long splits = 0;
                while (true) {
                    while (i < n && isSpace(c[i])) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (splits >= maxsplit) {
                        int end = n;
                        parts.add(str(c, i, end));
                        break;
                    }
                    int st = i;
                    while (i < n && !isSpace(c[i])) {
                        i++;
                    }
                    parts.add(str(c, st, i));
                    splits++;
                }
            } else {
                int i = c.length;
                long splits = 0;
                while (true) {
                    while (i > 0 && isSpace(c[i - 1])) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (splits >= maxsplit) {
                        parts.add(0, str(c, 0, i));
                        break;
                    }
                    int end = i;
                    while (i > 0 && !isSpace(c[i - 1])) {
                        i--;
                    }
                    parts.add(0, str(c, i, end));
                    splits++;
                }
            }
            out.items().addAll(parts);
            return out;
        }
        if (!(sepObj instanceof PyStr sepStr)) {
            throw Errors.typeError("must be str or None, not " + Types.nameOf(sepObj));
        }
        String sep = sepStr.value();
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String v = self.value();
        List<Object> parts = new ArrayList<>();
        if (!right) {
            int i = 0;
            long splits = 0;
            while (splits < maxsplit) {
                int k = v.indexOf(sep, i);
                if (k < 0) {
                    break;
                }
                parts.add(PyStr.of(v.substring(i, k)));
                i = k + sep.length();
                splits++;
            }
            parts.add(PyStr.of(v.substring(i)));
        } else {
            int end = v.length();
            long splits = 0;
            while (splits < maxsplit) {
                int k = end - sep.length() < 0 ? -1 : v.lastIndexOf(sep, end - sep.length());
                if (k < 0) {
                    break;
                }
                parts.add(0, PyStr.of(v.substring(k + sep.length(), end)));
                end = k;
                splits++;
            }
            parts.add(0, PyStr.of(v.substring(0, end)));
        }
        out.items().addAll(parts);
        return out;
    }

    private static PyStr join(PyStr self, Object iterable) {
        Iterator<Object> it;
        try {
            it = Ops.iterate(iterable);
        } catch (PyException e) {
            throw Errors.typeError("can only join an iterable");
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (it.hasNext()) {
            Object item = it.next();
            if (!(item instanceof PyStr x)) {
                throw Errors.typeError("sequence item " + k + ": expected str instance, " + Types.nameOf(item)
                        + " found");
            }
            if (k > 0) {
                out.append(self.value());
            }
            out.append(x.value());
            k++;
        }
        return PyStr.of(out.toString());
    }

    // ---- strip ----

    private static PyStr strip(PyStr self, Object chars, boolean left, boolean right, String name) {
        int[] c = cps(self);
        int[] set = null;
        if (chars != PyNone.NONE) {
            if (!(chars instanceof PyStr cs)) {
                throw Errors.typeError(name + " arg must be None or str");
            }
            set = cps(cs);
        }
        int i = 0;
        int j = c.length;
        if (left) {
            while (i < j && stripped(c[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(c[j - 1], set)) {
                j--;
            }
        }
        return i == 0 && j == c.length ? self : str(c, i, j);
    }

    private static boolean stripped(int cp, int[] set) {
        if (set == null) {
            return isSpace(cp);
        }
        for (int x : set) {
            if (x == cp) {
                return true;
            }
        }
        return false;
    }

    // ---- padding ----

    private static PyStr justify(PyStr self, Object[] a, char align) {
        long width = index(a[0]);
        if (!(a[1] instanceof PyStr f) || f.length() != 1) {
            if (a[1] instanceof PyStr) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            throw Errors.typeError("The fill character must be a unicode character, not " + Types.nameOf(a[1]));
        }
        int n = self.length();
        if (width <= n) {
            return self;
        }
        int pad = (int) (width - n);
        String fill = f.value();
        return PyStr.of(switch (align) {
            case '<' -> self.value() + fill.repeat(pad);
            case '>' -> fill.repeat(pad) + self.value();
            default -> {
                int left = pad / 2 + (pad & (int) width & 1);
                yield fill.repeat(left) + self.value() + fill.repeat(pad - left);
            }
        });
    }

    private static PyStr zfill(PyStr self, long width) {
        int n = self.length();
        if (width <= n) {
            return self;
        }
        String v = self.value();
        String zeros = "0".repeat((int) (width - n));
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            return PyStr.of(v.charAt(0) + zeros + v.substring(1));
        }
        return PyStr.of(zeros + v);
    }

    private static PyTuple partition(PyStr self, Object sepObj, boolean right) {
        if (!(sepObj instanceof PyStr sepStr)) {
            throw Errors.typeError("must be str, not " + Types.nameOf(sepObj));
        }
        String sep = sepStr.value();
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String v = self.value();
        int k = right ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (k < 0) {
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self) : PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(v.substring(0, k)), sepStr, PyStr.of(v.substring(k + sep.length())));
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static PyList splitlines(PyStr self, boolean keepends) {
        PyList out = new PyList();
        int[] c = cps(self);
        int i = 0;
        int n = c.length;
        while (i < n) {
            int st = i;
            while (i < n && !isLineBreak(c[i])) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (c[i] == '\r' && i + 1 < n && c[i + 1] == '\n') {
                    i += 2;
                } else {
                    i++;
                }
            }
            out.append(str(c, st, keepends ? i : eol));
        }
        return out;
    }

    private static PyStr expandtabs(PyStr self, long tabsize) {
        StringBuilder out = new StringBuilder();
        long col = 0;
        for (int cp : cps(self)) {
            if (cp == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - col % tabsize;
                    out.append(" ".repeat((int) spaces));
                    col += spaces;
                }
            } else {
                out.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return PyStr.of(out.toString());
    }
}
