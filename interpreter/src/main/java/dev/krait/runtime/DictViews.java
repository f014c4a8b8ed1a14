package dev.krait.runtime;

import java.util.Iterator;

/** {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views of a dict. */
public final class DictViews {
    private DictViews() {}

    /** One view; its kind says what it shows. */
    public static final class View extends PyObject {
        final PyDict dict;
        final PyDict.Kind kind;

        View(PyDict dict, PyDict.Kind kind) {
            this.dict = dict;
            this.kind = kind;
        }

        public PyDict dict() {
            return dict;
        }

        public Iterator<Object> iterator() {
            return dict.iterator(kind);
        }

        public Iterator<Object> reverseIterator() {
            return dict.reverseIterator(kind);
        }

        public int size() {
            return dict.size();
        }

        /** True for key and item views, which support set operations. */
        public boolean setLike() {
            return kind != PyDict.Kind.VALUES;
        }

        public boolean contains(Object item) {
            return switch (kind) {
                case KEYS -> dict.containsKey(item);
                case VALUES -> {
                    Iterator<Object> it = iterator();
                    while (it.hasNext()) {
                        Object v = it.next();
                        if (v == item || Ops.eq(v, item)) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case ITEMS -> {
                    if (!(item instanceof PyTuple t) || t.size() != 2) {
                        yield false;
                    }
                    Object v = dict.get(t.get(0));
                    yield v != null && (v == t.get(1) || Ops.eq(v, t.get(1)));
                }
            };
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> Types.DICT_KEYS;
                case VALUES -> Types.DICT_VALUES;
                case ITEMS -> Types.DICT_ITEMS;
            };
        }

        /** The view as a set, for set operations. */
        PySet toSet() {
            PySet s = new PySet(false);
            Iterator<Object> it = iterator();
            while (it.hasNext()) {
                s.add(it.next());
            }
            return s;
        }
    }

    public static View keys(PyDict d) {
        return new View(d, PyDict.Kind.KEYS);
    }

    public static View values(PyDict d) {
        return new View(d, PyDict.Kind.VALUES);
    }

    public static View items(PyDict d) {
        return new View(d, PyDict.Kind.ITEMS);
    }

    /** {@code view <op> other} for {@code & | - ^} on key and item views; null if not applicable. */
    static Object binary(String op, Object a, Object b) {
        PySet left;
        if (a instanceof View v && v.setLike()) {
            left = v.toSet();
        } else if (b instanceof View v && v.setLike()) {
            if (!isIterable(a)) {
                return null;
            }
            left = PySet.of(false, Constructors.collect(a));
        } else {
            return null;
        }
        if (!isIterable(b)) {
            return null;
        }
        return switch (op) {
            case "&" -> left.intersection(b, false);
            case "|" -> left.union(b, false);
            case "-" -> left.difference(b instanceof View w ? w.toSet() : b, false);
            case "^" -> left.symmetricDifference(b, false);
            default -> null;
        };
    }

    private static boolean isIterable(Object o) {
        try {
            Ops.iterate(o);
            return true;
        } catch (PyException e) {
            return false;
        }
    }

    /** {@code keys_view == other}: as sets, against sets and key/item views. */
    static boolean eq(View v, Object other) {
        if (!v.setLike()) {
            return v == other;
        }
        if (other instanceof PySet s) {
            return v.toSet().setEq(s);
        }
        if (other instanceof View w && w.setLike()) {
            return v.toSet().setEq(w.toSet());
        }
        return false;
    }

    static String repr(View v) {
        StringBuilder out = new StringBuilder(v.type().name()).append("([");
        Iterator<Object> it = v.iterator();
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(Ops.repr(it.next()));
        }
        return out.append("])").toString();
    }
}
