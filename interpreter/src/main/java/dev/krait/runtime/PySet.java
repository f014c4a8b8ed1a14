package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Python's {@code set} and {@code frozenset}: an open-addressing hash table laid out as
 * CPython's {@code setobject.c} lays it out (linear probes, then perturbation), so that
 * iteration order — which programs print — is CPython's.
 */
public final class PySet extends PyObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private final boolean frozen;
    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    /** Changes whenever the size changes, to detect mutation during iteration. */
    private int version;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public static PySet of(boolean frozen, Iterable<?> items) {
        PySet s = new PySet(frozen);
        for (Object o : items) {
            s.add(o);
        }
        return s;
    }

    public boolean frozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    @Override
    public PyType type() {
        return frozen ? Types.FROZENSET : Types.SET;
    }

    // ---- table ----

    public void add(Object key) {
        addEntry(key, Hashing.hash(key));
    }

    private void addEntry(Object key, long hash) {
        int freeslot = -1;
        while (true) {
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            boolean restart = false;
            outer:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = keys[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            version++;
                            return;
                        }
                        keys[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        version++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (k == key) {
                            return;
                        }
                        Object[] table = keys;
                        boolean equal = Ops.eq(k, key);
                        if (equal) {
                            return;
                        }
                        if (table != keys || keys[j] != k) {
                            restart = true;
                            break outer;
                        }
                    } else if (k == DUMMY && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return;
            }
            freeslot = -1;
        }
    }

    /** The slot holding an entry equal to {@code key}, or -1. */
    private int lookup(Object key, long hash) {
        int m = mask;
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
                insertClean(oldKeys[i], oldHashes[i]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(Object key) {
        return lookup(key, Hashing.hash(key)) >= 0;
    }

    /** {@code x in s}: an unhashable set argument is looked up as a frozenset, as CPython does. */
    public boolean containsForIn(Object key) {
        if (key instanceof PySet s && !s.frozen) {
            return lookup(key, s.frozenHash()) >= 0;
        }
        return contains(key);
    }

    /** Removes {@code key}; true if it was there. */
    public boolean discard(Object key) {
        long h = key instanceof PySet s && !s.frozen ? s.frozenHash() : Hashing.hash(key);
        int j = lookup(key, h);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        version++;
    }

    /** Removes and returns an arbitrary element, as CPython's {@code pop} picks it. */
    private int finger;

    public Object pop() {
        if (used == 0) {
            throw PyDict.keyError(PyStr.of("pop from an empty set"));
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        version++;
        finger = i + 1;
        return key;
    }

    /** Adds every element of {@code other}, merging tables as CPython's {@code set_merge} does. */
    public void update(Object other) {
        if (other instanceof PySet o) {
            merge(o);
            return;
        }
        if (other instanceof PyDict d) {
            if ((long) (fill + d.size()) * 5 >= (long) mask * 3) {
                resize((used + d.size()) * 2);
            }
            for (int i = 0; i < d.limit(); i++) {
                PyDict.Key k = d.keyAt(i);
                if (k != null) {
                    addEntry(k.value, k.hash);
                }
            }
            return;
        }
        Iterator<Object> it = Ops.iterate(other);
        while (it.hasNext()) {
            add(it.next());
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            version++;
            for (int i = 0; i < other.keys.length; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** The elements in table order. */
    public List<Object> items() {
        List<Object> out = new ArrayList<>(used);
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    /** A fresh set (or frozenset) with this one's elements, laid out as CPython copies. */
    public PySet copyAs(boolean frozenCopy) {
        PySet s = new PySet(frozenCopy);
        s.merge(this);
        return s;
    }

    /** Hashes of the live entries paired with keys, in table order (for fast set algebra). */
    long hashAt(int slot) {
        return hashes[slot];
    }

    public Iterator<Object> iterator() {
        return new Iterator<>() {
            int i;
            final int v = version;
            final int size = used;

            @Override
            public boolean hasNext() {
                if (version != v || used != size) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "Set changed size during iteration");
                }
                while (i < keys.length && (keys[i] == null || keys[i] == DUMMY)) {
                    i++;
                }
                return i < keys.length;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return keys[i++];
            }
        };
    }

    /** CPython's frozenset hash: independent of order. */
    long frozenHash() {
        long hash = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                hash ^= shuffle(hashes[i]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    // ---- algebra (as setobject.c computes it, so the results' order matches) ----

    public PySet union(Object other, boolean frozenResult) {
        PySet r = copyAs(frozenResult);
        r.update(other);
        return r;
    }

    public PySet intersection(Object other, boolean frozenResult) {
        PySet r = new PySet(frozenResult);
        if (other instanceof PySet o) {
            PySet small = o;
            PySet big = this;
            if (o.used > used) {
                small = this;
                big = o;
            }
            for (int i = 0; i < small.keys.length; i++) {
                Object k = small.keys[i];
                if (k != null && k != DUMMY && big.lookup(k, small.hashes[i]) >= 0) {
                    r.addEntry(k, small.hashes[i]);
                }
            }
            return r;
        }
        Iterator<Object> it = Ops.iterate(other);
        while (it.hasNext()) {
            Object k = it.next();
            long h = Hashing.hash(k);
            if (lookup(k, h) >= 0) {
                r.addEntry(k, h);
            }
        }
        return r;
    }

    public PySet difference(Object other, boolean frozenResult) {
        if (!(other instanceof PySet) && !(other instanceof PyDict)) {
            PySet r = copyAs(frozenResult);
            r.differenceUpdate(other);
            return r;
        }
        long otherSize = other instanceof PySet o ? o.used : ((PyDict) other).size();
        if ((used >> 2) > otherSize) {
            PySet r = copyAs(frozenResult);
            r.differenceUpdate(other);
            return r;
        }
        PySet r = new PySet(frozenResult);
        for (int i = 0; i < keys.length; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                boolean in = other instanceof PySet o ? o.lookup(k, hashes[i]) >= 0 : ((PyDict) other).containsKey(k);
                if (!in) {
                    r.addEntry(k, hashes[i]);
                }
            }
        }
        return r;
    }

    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            for (Object k : o.items()) {
                discard(k);
            }
            return;
        }
        Iterator<Object> it = Ops.iterate(other);
        while (it.hasNext()) {
            discard(it.next());
        }
    }

    public void intersectionUpdate(Object other) {
        PySet r = intersection(other, frozen);
        replaceWith(r);
    }

    private void replaceWith(PySet r) {
        keys = r.keys;
        hashes = r.hashes;
        mask = r.mask;
        fill = r.fill;
        used = r.used;
        version++;
    }

    public PySet symmetricDifference(Object other, boolean frozenResult) {
        PySet r = other instanceof PySet o ? o.copyAs(frozenResult) : of(frozenResult, Constructors.collect(other));
        r.symmetricUpdateFromSet(this);
        return r;
    }

    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        PySet o = other instanceof PySet s ? s : of(false, Constructors.collect(other));
        symmetricUpdateFromSet(o);
    }

    private void symmetricUpdateFromSet(PySet o) {
        for (int i = 0; i < o.keys.length; i++) {
            Object k = o.keys[i];
            if (k != null && k != DUMMY) {
                int j = lookup(k, o.hashes[i]);
                if (j >= 0) {
                    keys[j] = DUMMY;
                    hashes[j] = -1;
                    used--;
                    version++;
                } else {
                    addEntry(k, o.hashes[i]);
                }
            }
        }
    }

    /** Every element of this set is in {@code other}. */
    public boolean isSubset(PySet other) {
        if (used > other.used) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY && other.lookup(k, hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    public boolean setEq(PySet other) {
        return used == other.used && isSubset(other);
    }
}
