package dev.krait.runtime;

/**
 * The hash index of a {@link PyDict}: a power-of-two table of entry numbers, open addressing
 * with the perturbed probe sequence CPython's dicts use (so that keys whose hashes differ only
 * in high bits, such as multiples of a large power of two, do not pile up). Slots hold
 * {@code entry + 1}, {@link #EMPTY} or {@link #DELETED}; keys and their hashes live in the
 * dict's entry array, so a lookup allocates nothing.
 */
final class DictIndex {
    private static final int EMPTY = 0;
    private static final int DELETED = -1;
    private static final int MIN_SLOTS = 8;

    private int[] slots = new int[MIN_SLOTS];
    /** Slots holding an entry. */
    private int live;
    /** Slots holding an entry or a deletion marker (they lengthen probe chains until a rebuild). */
    private int filled;

    int size() {
        return live;
    }

    /** The entry holding a key equal to {@code key} (whose Python hash is {@code hash}), or -1. */
    int find(PyDict.Key[] keys, Object key, long hash) {
        int slot = slotOf(keys, key, hash);
        return slot < 0 ? -1 : slots[slot] - 1;
    }

    /** Records that {@code entry} (absent so far) holds a key with {@code hash}. */
    void add(PyDict.Key[] keys, int entries, long hash, int entry) {
        if ((filled + 1) * 3 >= slots.length * 2) {
            rebuild(keys, entries, live + 1);
        }
        int mask = slots.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (slots[i] > 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        if (slots[i] == EMPTY) {
            filled++;
        }
        slots[i] = entry + 1;
        live++;
    }

    /** Forgets the key equal to {@code key}; returns its entry, or -1 if absent. */
    int remove(PyDict.Key[] keys, Object key, long hash) {
        int slot = slotOf(keys, key, hash);
        if (slot < 0) {
            return -1;
        }
        int entry = slots[slot] - 1;
        slots[slot] = DELETED;
        live--;
        return entry;
    }

    void clear() {
        slots = new int[MIN_SLOTS];
        live = 0;
        filled = 0;
    }

    /** Indexes entries {@code 0..entries-1} of {@code keys} afresh (holes skipped), room for {@code expected} keys. */
    void rebuild(PyDict.Key[] keys, int entries, int expected) {
        int size = MIN_SLOTS;
        while (size * 2 < expected * 3 + 3) {
            size <<= 1;
        }
        slots = new int[size];
        live = 0;
        filled = 0;
        int mask = size - 1;
        for (int e = 0; e < entries; e++) {
            PyDict.Key k = keys[e];
            if (k == null) {
                continue;
            }
            long perturb = k.hash;
            int i = (int) k.hash & mask;
            while (slots[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            slots[i] = e + 1;
            live++;
            filled++;
        }
    }

    /** The slot of the key equal to {@code key}, or -1. */
    private int slotOf(PyDict.Key[] keys, Object key, long hash) {
        int mask = slots.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int s = slots[i];
            if (s == EMPTY) {
                return -1;
            }
            if (s > 0) {
                PyDict.Key k = keys[s - 1];
                if (k.hash == hash && (k.value == key || Ops.eq(k.value, key))) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }
}
