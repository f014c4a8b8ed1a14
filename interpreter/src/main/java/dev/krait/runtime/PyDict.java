package dev.krait.runtime;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's {@code dict}: insertion-ordered, keys compared with Python equality and hashed
 * with Python's hash, so that {@code 1}, {@code 1.0} and {@code True} are one key.
 */
public final class PyDict extends PyObject {
    /** A key with its Python hash; equal as Python keys are. */
    static final class Key {
        final Object value;
        final long hash;

        Key(Object value, long hash) {
            this.value = value;
            this.hash = hash;
        }

        Key(Object value) {
            this(value, Hashing.hash(value));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && (k.value == value || Ops.eq(k.value, value));
        }

        @Override
        public int hashCode() {
            return (int) (hash ^ (hash >>> 32));
        }
    }

    private final LinkedHashMap<Key, Object> map = new LinkedHashMap<>();

    public PyDict() {}

    public int size() {
        return map.size();
    }

    /** The value for {@code key}, or null if absent. */
    public Object get(Object key) {
        return map.get(new Key(key));
    }

    /** {@code d[key]}: the value or {@code KeyError}. */
    public Object getItem(Object key) {
        Object v = map.get(new Key(key));
        if (v == null) {
            throw keyError(key);
        }
        return v;
    }

    public boolean containsKey(Object key) {
        return map.containsKey(new Key(key));
    }

    /** {@code d[key] = value}; an equal key already present is kept. */
    public void put(Object key, Object value) {
        map.put(new Key(key), value);
    }

    /** Removes {@code key}; returns its value or null if absent. */
    public Object remove(Object key) {
        return map.remove(new Key(key));
    }

    /** {@code del d[key]}. */
    public void delItem(Object key) {
        if (map.remove(new Key(key)) == null) {
            throw keyError(key);
        }
    }

    public void clear() {
        map.clear();
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.map.putAll(map);
        return d;
    }

    /** The live entries, for iteration inside the runtime (keys are {@link Key}s). */
    Map<Key, Object> map() {
        return map;
    }

    /** The most recently inserted entry, removed ({@code popitem}); null if empty. */
    Map.Entry<Key, Object> popLast() {
        Map.Entry<Key, Object> last = null;
        for (Map.Entry<Key, Object> e : map.entrySet()) {
            last = e;
        }
        if (last != null) {
            map.remove(last.getKey());
        }
        return last;
    }

    static PyException keyError(Object key) {
        return new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, java.util.List.of(key)));
    }

    /** What an iterator over the dict yields: keys, values or (key, value) tuples. */
    enum Kind { KEYS, VALUES, ITEMS }

    /** An iterator that fails as CPython's does when the dict changes size under it. */
    Iterator<Object> iterator(Kind kind) {
        return new Iterator<>() {
            final Iterator<Map.Entry<Key, Object>> it = map.entrySet().iterator();
            final int size = map.size();

            private void check() {
                if (map.size() != size) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
                }
            }

            @Override
            public boolean hasNext() {
                check();
                return it.hasNext();
            }

            @Override
            public Object next() {
                check();
                Map.Entry<Key, Object> e;
                try {
                    e = it.next();
                } catch (ConcurrentModificationException ex) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
                } catch (NoSuchElementException ex) {
                    throw ex;
                }
                return switch (kind) {
                    case KEYS -> e.getKey().value;
                    case VALUES -> e.getValue();
                    case ITEMS -> PyTuple.of(e.getKey().value, e.getValue());
                };
            }
        };
    }

    /** Reverse iteration ({@code reversed(d)}), over a snapshot. */
    Iterator<Object> reverseIterator(Kind kind) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>(map.size());
        for (Map.Entry<Key, Object> e : map.entrySet()) {
            out.add(switch (kind) {
                case KEYS -> e.getKey().value;
                case VALUES -> e.getValue();
                case ITEMS -> PyTuple.of(e.getKey().value, e.getValue());
            });
        }
        java.util.Collections.reverse(out);
        return out.iterator();
    }

    /** Python equality: same keys, equal values. */
    boolean dictEq(PyDict other) {
        if (map.size() != other.map.size()) {
            return false;
        }
        for (Map.Entry<Key, Object> e : map.entrySet()) {
            Object v = other.map.get(e.getKey());
            if (v == null || !(v == e.getValue() || Ops.eq(e.getValue(), v))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyType type() {
        return Types.DICT;
    }
}
