package dev.krait.runtime;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;

/**
 * The data-model operations on dict, set, frozenset, slice, dict views and builtin
 * iterators, and the container-specific parts of list/tuple/range (recursive reprs,
 * repetition, slicing, item assignment). {@link Ops} consults these first; each returns null
 * when the operands are not its business.
 */
public final class Containers {
    private Containers() {}

    // ---- repr, with CPython's [...] / {...} for containers that contain themselves ----

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_REPR =
            ThreadLocal.withInitial(IdentityHashMap::new);

    static String repr(Object o) {
        if (BytesMethods.isBytesLike(o)) {
            return BytesModel.repr(o);
        }
        if (o instanceof PySlice s) {
            return s.toString();
        }
        if (o instanceof PyStructSeq s) {
            return s.repr();
        }
        if (o instanceof PyRange r) {
            return r.repr();
        }
        if (o instanceof PyIterator) {
            return null;
        }
        boolean container = o instanceof PyList || o instanceof PyDict || o instanceof PySet
                || o instanceof DictViews.View || o instanceof PyTuple;
        if (!container) {
            return null;
        }
        IdentityHashMap<Object, Boolean> active = IN_REPR.get();
        if (active.containsKey(o)) {
            return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : o instanceof PyTuple ? "(...)" : "...";
        }
        active.put(o, Boolean.TRUE);
        try {
            if (o instanceof PyList l) {
                return join("[", l.items().iterator(), "]");
            }
            if (o instanceof PyTuple t) {
                return join("(", List.of(t.toArray()).iterator(), t.size() == 1 ? ",)" : ")");
            }
            if (o instanceof PyDict d) {
                StringBuilder out = new StringBuilder("{");
                boolean first = true;
                for (int i = 0; i < d.limit(); i++) {
                    PyDict.Key k = d.keyAt(i);
                    if (k == null) {
                        continue;
                    }
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    out.append(Ops.repr(k.value)).append(": ").append(Ops.repr(d.valueAt(i)));
                }
                return out.append('}').toString();
            }
            if (o instanceof PySet s) {
                if (s.size() == 0) {
                    return s.frozen() ? "frozenset()" : "set()";
                }
                String body = join("{", s.items().iterator(), "}");
                return s.frozen() ? "frozenset(" + body + ")" : body;
            }
            return DictViews.repr((DictViews.View) o);
        } finally {
            active.remove(o);
        }
    }

    private static String join(String open, Iterator<Object> items, String close) {
        StringBuilder out = new StringBuilder(open);
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(Ops.repr(items.next()));
        }
        return out.append(close).toString();
    }

    // ---- size, iteration, membership ----

    /** The length, or -1 if {@code o} is not one of these containers. */
    static long length(Object o) {
        if (BytesMethods.isBytesLike(o)) {
            return BytesMethods.bytesOf(o).length;
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof DictViews.View v) {
            return v.size();
        }
        return -1;
    }

    static Iterator<Object> iterate(Object o) {
        if (BytesMethods.isBytesLike(o)) {
            return BytesModel.iterate(o);
        }
        if (o instanceof PyDict d) {
            return d.iterator(PyDict.Kind.KEYS);
        }
        if (o instanceof PySet s) {
            return s.iterator();
        }
        if (o instanceof DictViews.View v) {
            return v.iterator();
        }
        if (o instanceof PyIterator it) {
            return it.iterator();
        }
        if (o instanceof IterableObject it) {
            return it.iterator();
        }
        return null;
    }

    static Boolean contains(Object container, Object item) {
        if (BytesMethods.isBytesLike(container)) {
            return BytesModel.contains(container, item);
        }
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s) {
            return s.containsForIn(item);
        }
        if (container instanceof DictViews.View v) {
            return v.contains(item);
        }
        if (container instanceof PyRange r && Arithmetic.isInt(item)) {
            return r.positionOf(Arithmetic.asInt(item)) != null;
        }
        return null;
    }

    // ---- comparisons ----

    static Boolean eq(Object a, Object b) {
        if (BytesMethods.isBytesLike(a)) {
            return BytesModel.eq(a, b);
        }
        if (a instanceof PyDict x) {
            return b instanceof PyDict y && x.dictEq(y);
        }
        if (a instanceof PySet x) {
            return b instanceof PySet y && x.setEq(y);
        }
        if (a instanceof DictViews.View v) {
            return DictViews.eq(v, b);
        }
        if (b instanceof DictViews.View v && a instanceof PySet) {
            return DictViews.eq(v, a);
        }
        if (a instanceof PySlice x) {
            return b instanceof PySlice y && Ops.eq(x.asTuple(), y.asTuple());
        }
        if (a instanceof PyRange x) {
            return b instanceof PyRange y && x.sameValues(y);
        }
        if (a instanceof PyMethod x) { // bound methods: same receiver, equal functions
            return b instanceof PyMethod y && x.sameBinding(y);
        }
        if (a instanceof PyBoundMethod x) {
            return b instanceof PyBoundMethod y && x.sameBinding(y);
        }
        return null;
    }

    // ---- operators ----

    /** Binary operators on containers; null if not applicable (the caller reports the error). */
    static Object binary(String op, Object a, Object b) {
        if (BytesMethods.isBytesLike(a) || BytesMethods.isBytesLike(b)) {
            Object bytes = BytesModel.binary(op, a, b);
            if (bytes != null) {
                return bytes;
            }
        }
        Object r = SetMethods.binary(op, a, b);
        if (r != null) {
            return r;
        }
        r = DictViews.binary(op, a, b);
        if (r != null) {
            return r;
        }
        if (op.equals("|") && a instanceof PyDict x && b instanceof PyDict y) {
            PyDict d = x.copy();
            DictMethods.update(d, y);
            return d;
        }
        if (op.equals("*")) {
            if (a instanceof PyTuple t && Arithmetic.isInt(b)) {
                return repeat(t, b);
            }
            if (b instanceof PyTuple t && Arithmetic.isInt(a)) {
                return repeat(t, a);
            }
        }
        if (op.equals("*")) {
            boolean seqA = a instanceof PyList || a instanceof PyTuple || a instanceof PyStr;
            boolean seqB = b instanceof PyList || b instanceof PyTuple || b instanceof PyStr;
            if (seqA && !Arithmetic.isInt(b) && !Objects.isUserObject(b)) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + Types.nameOf(b) + "'");
            }
            if (seqB && !Arithmetic.isInt(a) && !seqA && !Objects.isUserObject(a)) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + Types.nameOf(a) + "'");
            }
        }
        if (op.equals("+") && a instanceof PyTuple && !(b instanceof PyTuple)) {
            throw Errors.typeError("can only concatenate tuple (not \"" + Types.nameOf(b) + "\") to tuple");
        }
        return null;
    }

    private static PyTuple repeat(PyTuple t, Object count) {
        long n = ListMethods.asIndex(count);
        if (n <= 0 || t.size() == 0) {
            return PyTuple.EMPTY;
        }
        if (n == 1) {
            return t;
        }
        Ops.checkRepeat(t.size(), n);
        Object[] items = t.toArray();
        Object[] out = new Object[(int) (n * items.length)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return PyTuple.wrap(out);
    }

    /** In-place operators that mutate: {@code |= &= -= ^=} on sets, {@code |=} on dicts, {@code *=} on lists. */
    public static Object inPlace(String op, Object a, Object b) {
        if (a instanceof PyByteArray) {
            return BytesModel.inPlace(op, a, b);
        }
        if (a instanceof PySet s && !s.frozen() && b instanceof PySet) {
            switch (op) {
                case "|" -> s.update(b);
                case "&" -> s.intersectionUpdate(b);
                case "-" -> s.differenceUpdate(b);
                case "^" -> s.symmetricDifferenceUpdate(b);
                default -> {
                    return null;
                }
            }
            return s;
        }
        if (a instanceof PyDict d && op.equals("|")) {
            DictMethods.update(d, b);
            return d;
        }
        if (a instanceof PyList l && op.equals("*") && Arithmetic.isInt(b)) {
            long n = ListMethods.asIndex(b);
            List<Object> items = l.items();
            if (n <= 0) {
                items.clear();
            } else {
                List<Object> copy = List.copyOf(items);
                for (long i = 1; i < n; i++) {
                    items.addAll(copy);
                }
            }
            return l;
        }
        return null;
    }

    // ---- subscription ----

    /** {@code container[index]} for slices, dicts and ranges; null if not applicable. */
    static Object getItem(Object container, Object index) {
        if (BytesMethods.isBytesLike(container)) {
            return BytesModel.getItem(container, index);
        }
        if (container instanceof PyDict d) {
            return d.getItem(index);
        }
        if (Objects.isUserObject(index) && (container instanceof PyList || container instanceof PyTuple
                || container instanceof PyStr || container instanceof PyRange)) {
            Object i = Slicing.asIndexInt(index);
            if (i != null) {
                return Ops.getItem(container, i);
            }
        }
        if (index instanceof PySlice s && (container instanceof PyList || container instanceof PyTuple
                || container instanceof PyStr || container instanceof PyRange)) {
            return Slicing.getSlice(container, s);
        }
        if (container instanceof PyRange r) {
            Object i = Arithmetic.asInt(index);
            if (i == null) {
                throw Errors.typeError("range indices must be integers or slices, not " + Types.nameOf(index));
            }
            return r.item(i);
        }
        if (container instanceof PyStr && Arithmetic.asInt(index) == null) {
            throw Errors.typeError("string indices must be integers, not '" + Types.nameOf(index) + "'");
        }
        return null;
    }

    /** {@code container[index] = value}. */
    public static void setItem(Object container, Object index, Object value) {
        if (container instanceof PyDict d) {
            d.put(index, value); // the common case first
            return;
        }
        if (Objects.isUserObject(container) && !(container instanceof PyType)
                && Objects.callSpecial(container, "__setitem__", index, value) != Objects.ABSENT) {
            return;
        }
        if (Types.typeOf(container) == Types.MAPPINGPROXY) {
            throw Errors.typeError("'mappingproxy' object does not support item assignment");
        }
        container = BuiltinSubclasses.valueOf(container);
        if (BytesModel.setItem(container, index, value)) {
            return;
        }
        if (container instanceof PyDict d) {
            d.put(index, value);
            return;
        }
        if (container instanceof PyList l) {
            if (index instanceof PySlice s) {
                Slicing.setSlice(l, s, value);
                return;
            }
            l.items().set(Slicing.index(index, l.size(), "list", "list assignment index out of range"), value);
            return;
        }
        throw Errors.typeError("'" + Types.nameOf(container) + "' object does not support item assignment");
    }

    /** {@code del container[index]}. */
    public static void delItem(Object container, Object index) {
        if (Objects.isUserObject(container) && !(container instanceof PyType)
                && Objects.callSpecial(container, "__delitem__", index) != Objects.ABSENT) {
            return;
        }
        if (Types.typeOf(container) == Types.MAPPINGPROXY) {
            throw Errors.typeError("'mappingproxy' object does not support item deletion");
        }
        container = BuiltinSubclasses.valueOf(container);
        if (BytesModel.delItem(container, index)) {
            return;
        }
        if (container instanceof PyDict d) {
            d.delItem(index);
            return;
        }
        if (container instanceof PyList l) {
            if (index instanceof PySlice s) {
                Slicing.delSlice(l, s);
                return;
            }
            l.items().remove(Slicing.index(index, l.size(), "list", "list assignment index out of range"));
            return;
        }
        throw Errors.typeError("'" + Types.nameOf(container) + "' object doesn't support item deletion");
    }

    // ---- constructors ----

    /** {@code dict(...)}, {@code set(...)}, {@code frozenset(...)}, {@code slice(...)}; null for other types. */
    static Object construct(PyType type, Object[] args, String[] kwnames) {
        int positional = args.length - kwnames.length;
        if (type == Types.BYTES || type == Types.BYTEARRAY) {
            return BytesModel.construct(type, args, kwnames);
        }
        if (type == Types.DICT) {
            if (positional > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + positional);
            }
            PyDict d = new PyDict();
            if (positional == 1) {
                DictMethods.update(d, args[0]);
            }
            for (int k = 0; k < kwnames.length; k++) {
                d.put(PyStr.of(kwnames[k]), args[positional + k]);
            }
            return d;
        }
        if (type != Types.SET && type != Types.FROZENSET && type != Types.SLICE) {
            return null;
        }
        if (kwnames.length > 0) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        if (type == Types.SLICE) {
            if (args.length == 0 || args.length > 3) {
                throw Errors.typeError(args.length == 0 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + args.length);
            }
            return args.length == 1 ? new PySlice(PyNone.NONE, args[0], PyNone.NONE)
                    : new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        }
        boolean frozen = type == Types.FROZENSET;
        if (args.length > 1) {
            throw Errors.typeError(type.name() + " expected at most 1 argument, got " + args.length);
        }
        if (args.length == 0) {
            return new PySet(frozen);
        }
        if (frozen && args[0] instanceof PySet s && s.frozen()) {
            return s;
        }
        PySet s = new PySet(frozen);
        s.update(args[0]);
        return s;
    }

    /** Data attributes of slices and ranges ({@code start}, {@code stop}, {@code step}); null otherwise. */
    static Object attribute(Object obj, String name) {
        if (obj instanceof PySlice s) {
            return s.attribute(name);
        }
        if (obj instanceof PyRange r) {
            return switch (name) {
                case "start" -> r.start();
                case "stop" -> r.stop();
                case "step" -> r.step();
                default -> null;
            };
        }
        return null;
    }
}
