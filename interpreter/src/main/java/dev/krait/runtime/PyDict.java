package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Python's {@code dict}: keys compared with Python equality and hashed with Python's hash, so
 * that {@code 1}, {@code 1.0} and {@code True} are one key. Laid out as CPython's compact
 * dict: an insertion-ordered entries array (deletions leave holes until the next resize)
 * plus an index from key to entry, so that iteration — including its errors when the dict
 * changes underneath — behaves as CPython's.
 *
 * <p>Namespaces — module globals, the builtins, {@code sys.modules} — are dicts too (made by
 * {@link #namespace()}), because programs see them as dicts ({@code globals()},
 * {@code vars(module)}) and their writes must be seen by the code, and the other way round.
 * Reading a global is the interpreter's hottest lookup, and a general {@code Key} lookup would
 * allocate a {@code PyStr} and compute a Python hash per read. So a namespace dict keeps a side
 * index from the Java text of each {@code str} key to its entry: {@link #get(String)} is one
 * {@link HashMap} probe with a {@link String} (whose hash Java caches) plus an array read, the
 * same work as the plain {@code Map<String, Object>} namespaces it replaced. Both indexes are
 * updated only when an entry is added or removed; rebinding an existing name writes the value
 * array alone. Java callers with a {@link String} key use the {@code String} overloads, which
 * mean the {@code str} of that text in every dict.
 *
 * <p>Name nodes go one step further and remember where they found a name: {@link #layout()}
 * changes whenever a key is added, removed or moved, so while it is unchanged an entry index
 * found by {@link #indexOf(String)} still holds that name, and {@link #valueAt(int)} reads it
 * with no hashing at all. Measured on module-level loops, this keeps global reads and writes
 * no slower than the {@code HashMap} namespaces they replaced.
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

    private static final int MIN_SIZE = 8;

    private final DictIndex index = new DictIndex();
    private Key[] keys = new Key[usable(MIN_SIZE)];
    private Object[] values = new Object[usable(MIN_SIZE)];
    /** Entries in use, holes included (CPython's {@code dk_nentries}). */
    private int entries;
    /** Changes whenever an entry is added, removed or moved (never for a value replaced in place). */
    private int layout;
    /** For namespace dicts: entry index by the text of each {@code str} key; null otherwise. */
    private final HashMap<String, Integer> byName;

    public PyDict() {
        this.byName = null;
    }

    private PyDict(boolean namespace) {
        this.byName = namespace ? new HashMap<>() : null;
    }

    /** An empty dict indexed for lookups by name: for module globals and other namespaces. */
    public static PyDict namespace() {
        return new PyDict(true);
    }

    /** The value of the {@code str} key {@code name}, or null if absent. */
    public Object get(String name) {
        if (byName != null) {
            Integer i = byName.get(name);
            return i == null ? null : values[i];
        }
        return get((Object) PyStr.of(name));
    }

    /** {@code d[name] = value} for a {@code str} key. */
    public void put(String name, Object value) {
        if (byName != null) {
            Integer i = byName.get(name);
            if (i != null) {
                values[i] = value;
                return;
            }
        }
        put(new Key(PyStr.of(name)), value);
    }

    /** Removes the {@code str} key {@code name}; returns its value or null if absent. */
    public Object remove(String name) {
        if (byName != null && !byName.containsKey(name)) {
            return null;
        }
        return remove((Object) PyStr.of(name));
    }

    public boolean containsKey(String name) {
        return byName != null ? byName.containsKey(name) : containsKey((Object) PyStr.of(name));
    }

    /** See the class comment: while this is unchanged, entry indexes stay valid. */
    public int layout() {
        return layout;
    }

    /** The entry index of the {@code str} key {@code name}, or -1; valid while {@link #layout()} is unchanged. */
    public int indexOf(String name) {
        if (byName != null) {
            Integer i = byName.get(name);
            return i == null ? -1 : i;
        }
        PyStr key = PyStr.of(name);
        return index.find(keys, key, Hashing.hash(key));
    }

    /** Replaces the value of the entry at {@code i} (an index from {@link #indexOf(String)}). */
    public void setValueAt(int i, Object value) {
        values[i] = value;
    }

    /** The text of each {@code str} key, in insertion order (other keys are skipped). */
    public java.util.List<String> names() {
        java.util.List<String> out = new ArrayList<>(size());
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null && keys[i].value instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    private static int usable(int size) {
        return (size << 1) / 3;
    }

    public int size() {
        return index.size();
    }

    /** The value for {@code key}, or null if absent. */
    public Object get(Object key) {
        int i = index.find(keys, key, Hashing.hash(key));
        return i < 0 ? null : values[i];
    }

    /** {@code d[key]}: the value or {@code KeyError}. */
    public Object getItem(Object key) {
        Object v = get(key);
        if (v == null) {
            throw keyError(key);
        }
        return v;
    }

    public boolean containsKey(Object key) {
        return index.find(keys, key, Hashing.hash(key)) >= 0;
    }

    /** {@code d[key] = value}; an equal key already present is kept. */
    public void put(Object key, Object value) {
        long hash = Hashing.hash(key);
        int i = index.find(keys, key, hash);
        if (i >= 0) {
            values[i] = value; // the common update: no Key object needed
            return;
        }
        append(new Key(key, hash), value);
    }

    void put(Key k, Object value) {
        int i = index.find(keys, k.value, k.hash);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        append(k, value);
    }

    /** Adds an entry for a key known to be absent. */
    private void append(Key k, Object value) {
        if (entries == keys.length) {
            resize(size() * 3);
        }
        keys[entries] = k;
        values[entries] = value;
        index.add(keys, entries, k.hash, entries);
        if (byName != null && k.value instanceof PyStr s) {
            byName.put(s.value(), entries);
        }
        entries++;
        layout++;
    }

    /** CPython's insertion resize: a table of at least {@code minSize} slots, holes dropped. */
    private void resize(int minSize) {
        int size = MIN_SIZE;
        while (size < minSize) {
            size <<= 1;
        }
        Key[] newKeys = new Key[usable(size)];
        Object[] newValues = new Object[newKeys.length];
        int j = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                newKeys[j] = keys[i];
                newValues[j] = values[i];
                if (byName != null && keys[i].value instanceof PyStr s) {
                    byName.put(s.value(), j);
                }
                j++;
            }
        }
        keys = newKeys;
        values = newValues;
        entries = j;
        index.rebuild(keys, entries, keys.length);
        layout++;
    }

    /** Removes {@code key}; returns its value or null if absent. */
    public Object remove(Object key) {
        int i = index.remove(keys, key, Hashing.hash(key));
        if (i < 0) {
            return null;
        }
        Object v = values[i];
        layout++;
        forgetName(keys[i]);
        keys[i] = null;
        values[i] = null;
        return v;
    }

    private void forgetName(Key k) {
        if (byName != null && k.value instanceof PyStr s) {
            byName.remove(s.value());
        }
    }

    /** {@code del d[key]}. */
    public void delItem(Object key) {
        if (remove(key) == null) {
            throw keyError(key);
        }
    }

    public void clear() {
        index.clear();
        if (byName != null) {
            byName.clear();
        }
        keys = new Key[usable(MIN_SIZE)];
        values = new Object[keys.length];
        entries = 0;
        layout++;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.keys = new Key[keys.length];
        d.values = new Object[keys.length];
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                d.keys[d.entries] = keys[i];
                d.values[d.entries] = values[i];
                d.entries++;
            }
        }
        d.index.rebuild(d.keys, d.entries, d.entries);
        return d;
    }

    /** The number of entry slots in use, holes included; entries are read with {@link #keyAt}. */
    int limit() {
        return entries;
    }

    /** The key object stored at entry {@code i}, or null for a hole. */
    Key keyAt(int i) {
        return keys[i];
    }

    /** The value of the entry at {@code i}, or null for a hole. */
    public Object valueAt(int i) {
        return values[i];
    }

    /** Removes the most recently inserted entry ({@code popitem}): {key, value}, or null if empty. */
    Object[] popLast() {
        int i = entries - 1;
        while (i >= 0 && keys[i] == null) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        Object[] kv = {keys[i].value, values[i]};
        index.remove(keys, keys[i].value, keys[i].hash);
        forgetName(keys[i]);
        keys[i] = null;
        values[i] = null;
        entries = i;
        layout++;
        return kv;
    }

    static PyException keyError(Object key) {
        return new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, List.of(key)));
    }

    /** What an iterator over the dict yields: keys, values or (key, value) tuples. */
    enum Kind { KEYS, VALUES, ITEMS }

    private Object produce(Kind kind, int i) {
        return switch (kind) {
            case KEYS -> keys[i].value;
            case VALUES -> values[i];
            case ITEMS -> PyTuple.of(keys[i].value, values[i]);
        };
    }

    /** An iterator that fails as CPython's does when the dict changes under it. */
    Iterator<Object> iterator(Kind kind) {
        return new Iterator<>() {
            int pos;
            int remaining = size();
            final int used = size();
            boolean failed;

            /** The entry to yield next, or -1 at the end; raises on changes. */
            private int advance() {
                if (failed) {
                    return -1;
                }
                if (size() != used) {
                    failed = true;
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
                }
                int i = pos;
                while (i < entries && keys[i] == null) {
                    i++;
                }
                if (i >= entries) {
                    failed = true;
                    return -1;
                }
                if (remaining == 0) {
                    failed = true;
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
                }
                pos = i;
                return i;
            }

            @Override
            public boolean hasNext() {
                return advance() >= 0;
            }

            @Override
            public Object next() {
                int i = advance();
                if (i < 0) {
                    throw new NoSuchElementException();
                }
                pos = i + 1;
                remaining--;
                return produce(kind, i);
            }
        };
    }

    /** Reverse iteration ({@code reversed(d)}), over a snapshot. */
    Iterator<Object> reverseIterator(Kind kind) {
        List<Object> out = new ArrayList<>(size());
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                out.add(produce(kind, i));
            }
        }
        Collections.reverse(out);
        return out.iterator();
    }

    /** Python equality: same keys, equal values. */
    boolean dictEq(PyDict other) {
        if (size() != other.size()) {
            return false;
        }
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                int j = other.index.find(other.keys, keys[i].value, keys[i].hash);
                if (j < 0) {
                    return false;
                }
                Object v = other.values[j];
                if (!(v == values[i] || Ops.eq(values[i], v))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public PyType type() {
        return Types.DICT;
    }
}
