package dev.krait.runtime;

/** The methods of {@code set} and {@code frozenset}. */
final class SetMethods {
    private SetMethods() {}

    static void install(PyType set, PyType frozenset) {
        for (PyType t : new PyType[] {set, frozenset}) {
            t.method("union(*others)", (self, a) -> {
                PySet s = (PySet) self;
                PySet r = s.copyAs(s.frozen());
                for (Object o : ((PyTuple) a[0]).toArray()) {
                    r.update(o);
                }
                return r;
            });
            t.method("intersection(*others)", (self, a) -> {
                PySet s = (PySet) self;
                Object[] others = ((PyTuple) a[0]).toArray();
                if (others.length == 0) {
                    return s.copyAs(s.frozen());
                }
                PySet r = s;
                for (Object o : others) {
                    r = r.intersection(o, s.frozen());
                }
                return r;
            });
            t.method("difference(*others)", (self, a) -> {
                PySet s = (PySet) self;
                PySet r = s.copyAs(s.frozen());
                for (Object o : ((PyTuple) a[0]).toArray()) {
                    r.differenceUpdate(o);
                }
                return r;
            });
            t.method("symmetric_difference(other, /)", (self, a) -> {
                PySet s = (PySet) self;
                return s.symmetricDifference(a[0], s.frozen());
            });
            t.method("issubset(other, /)", (self, a) -> ((PySet) self).isSubset(asSet(a[0])));
            t.method("issuperset(other, /)", (self, a) -> asSet(a[0]).isSubset((PySet) self));
            t.method("isdisjoint(other, /)", (self, a) -> {
                PySet s = (PySet) self;
                java.util.Iterator<Object> it = Ops.iterate(a[0]);
                while (it.hasNext()) {
                    if (s.contains(it.next())) {
                        return false;
                    }
                }
                return true;
            });
            t.method("copy()", (self, a) -> {
                PySet s = (PySet) self;
                return s.frozen() ? s : s.copyAs(false);
            });
            t.method("__contains__(key, /)", (self, a) -> ((PySet) self).containsForIn(a[0]));
        }
        set.method("add(object, /)", (self, a) -> {
            ((PySet) self).add(a[0]);
            return PyNone.NONE;
        });
        set.method("discard(object, /)", (self, a) -> {
            ((PySet) self).discard(a[0]);
            return PyNone.NONE;
        });
        set.method("remove(object, /)", (self, a) -> {
            if (!((PySet) self).discard(a[0])) {
                throw PyDict.keyError(a[0]);
            }
            return PyNone.NONE;
        });
        set.method("pop()", (self, a) -> ((PySet) self).pop());
        set.method("clear()", (self, a) -> {
            ((PySet) self).clear();
            return PyNone.NONE;
        });
        set.method("update(*others)", (self, a) -> {
            for (Object o : ((PyTuple) a[0]).toArray()) {
                ((PySet) self).update(o);
            }
            return PyNone.NONE;
        });
        set.method("intersection_update(*others)", (self, a) -> {
            for (Object o : ((PyTuple) a[0]).toArray()) {
                ((PySet) self).intersectionUpdate(o);
            }
            return PyNone.NONE;
        });
        set.method("difference_update(*others)", (self, a) -> {
            for (Object o : ((PyTuple) a[0]).toArray()) {
                ((PySet) self).differenceUpdate(o);
            }
            return PyNone.NONE;
        });
        set.method("symmetric_difference_update(other, /)", (self, a) -> {
            ((PySet) self).symmetricDifferenceUpdate(a[0]);
            return PyNone.NONE;
        });
    }

    private static PySet asSet(Object o) {
        return o instanceof PySet s ? s : PySet.of(false, Constructors.collect(o));
    }

    /** A set operator {@code & | - ^} between sets (and frozensets); null when not both sets. */
    static Object binary(String op, Object a, Object b) {
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return null;
        }
        return switch (op) {
            case "&" -> x.intersection(y, x.frozen());
            case "|" -> x.union(y, x.frozen());
            case "-" -> x.difference(y, x.frozen());
            case "^" -> x.symmetricDifference(y, x.frozen());
            default -> null;
        };
    }

    /** Set comparisons {@code < <= > >=} as subset tests; null when not both sets. */
    static Boolean order(String op, Object a, Object b) {
        if (a instanceof DictViews.View v && v.setLike() && (b instanceof PySet || b instanceof DictViews.View)) {
            a = v.toSet();
        }
        if (b instanceof DictViews.View v && v.setLike() && a instanceof PySet) {
            b = v.toSet();
        }
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return null;
        }
        return switch (op) {
            case "<" -> x.size() < y.size() && x.isSubset(y);
            case "<=" -> x.isSubset(y);
            case ">" -> y.size() < x.size() && y.isSubset(x);
            default -> y.isSubset(x);
        };
    }
}
