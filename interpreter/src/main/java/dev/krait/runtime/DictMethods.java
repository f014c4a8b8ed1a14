package dev.krait.runtime;

import java.util.Iterator;

/** The methods of {@code dict}, and the update logic shared with {@code dict(...)}. */
final class DictMethods {
    private DictMethods() {}

    static void install(PyType dict) {
        dict.method("keys()", (self, a) -> DictViews.keys((PyDict) self));
        dict.method("values()", (self, a) -> DictViews.values((PyDict) self));
        dict.method("items()", (self, a) -> DictViews.items((PyDict) self));
        dict.method("get(key, default=None, /)", (self, a) -> {
            Object v = ((PyDict) self).get(a[0]);
            return v == null ? a[1] : v;
        });
        dict.method("setdefault(key, default=None, /)", (self, a) -> {
            PyDict d = (PyDict) self;
            Object v = d.get(a[0]);
            if (v == null) {
                d.put(a[0], a[1]);
                return a[1];
            }
            return v;
        });
        dict.method("pop(key, default=..., /)", (self, a) -> {
            Object v = ((PyDict) self).remove(a[0]);
            if (v == null) {
                if (a[1] == null) {
                    throw PyDict.keyError(a[0]);
                }
                return a[1];
            }
            return v;
        });
        dict.method("popitem()", (self, a) -> {
            Object[] kv = ((PyDict) self).popLast();
            if (kv == null) {
                throw PyDict.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            return PyTuple.of(kv[0], kv[1]);
        });
        dict.method("clear()", (self, a) -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        dict.method("copy()", (self, a) -> ((PyDict) self).copy());
        dict.method("update(*args, **kwargs)", (self, a) -> {
            PyTuple args = (PyTuple) a[0];
            if (args.size() > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + args.size());
            }
            if (args.size() == 1) {
                update((PyDict) self, args.get(0));
            }
            update((PyDict) self, a[1]);
            return PyNone.NONE;
        });
        // A class method: found on the type or an instance, it is called without a receiver.
        Signature fromkeys = Signature.parse("fromkeys(iterable, value=None, /)").ownedBy("dict");
        dict.define("fromkeys", new PyBuiltinFunction("fromkeys", (args, kw) -> {
            Object[] a = fromkeys.bind(args, kw);
            PyDict d = new PyDict();
            Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                d.put(it.next(), a[1]);
            }
            return d;
        }));
        dict.method("__contains__(key, /)", (self, a) -> ((PyDict) self).containsKey(a[0]));
        dict.method("__getitem__(key, /)", (self, a) -> ((PyDict) self).getItem(a[0]));
    }

    /** {@code d.update(other)}: a dict, an object with keys(), or an iterable of pairs. */
    static void update(PyDict d, Object other) {
        if (other instanceof PyInstance i && i.builtinValue() instanceof PyDict
                && Types.typeOf(other).lookup("keys") instanceof PyMethodDescriptor) {
            other = i.builtinValue(); // a dict subclass that keeps dict's keys()
        }
        if (other instanceof PyDict o) {
            if (o != d) {
                for (int i = 0; i < o.limit(); i++) {
                    if (o.keyAt(i) != null) {
                        d.put(o.keyAt(i), o.valueAt(i));
                    }
                }
            }
            return;
        }
        Iterator<Object> it = Ops.iterate(other);
        int n = 0;
        while (it.hasNext()) {
            Object item = it.next();
            Iterator<Object> pair;
            try {
                pair = Ops.iterate(item);
            } catch (PyException e) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            java.util.List<Object> kv = new java.util.ArrayList<>(2);
            while (pair.hasNext()) {
                kv.add(pair.next());
            }
            if (kv.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + kv.size()
                        + "; 2 is required");
            }
            d.put(kv.get(0), kv.get(1));
            n++;
        }
    }
}
