package dev.krait.runtime;

import java.util.HashMap;

/**
 * The layout of an instance's attributes: which name lives in which slot of its
 * {@code Object[]}. Instances of a class that set the same attributes in the same order
 * share one shape, so an attribute node can remember "this shape keeps {@code x} in slot 2"
 * and read the slot directly the next time (see {@code dev.krait.code.AttributeCache}).
 *
 * <p>Shapes form a tree rooted at each class's empty shape; adding an attribute follows (or
 * creates) a transition to a child. A class belongs to one interpreter, so its shape tree is
 * never shared between interpreters. Shapes only grow: deleting an attribute, or asking for
 * {@code __dict__}, moves that one instance to a plain dict for good (see {@link PyInstance}).
 */
public final class Shape {
    /** Past this many attributes an instance keeps a dict instead; keeps the trees small. */
    public static final int MAX_SLOTS = 48;
    /** Up to this many names a linear scan beats hashing. */
    private static final int LINEAR_SCAN = 8;

    private final String[] names;
    /** Name to slot, only for shapes too big for a linear scan. */
    private final HashMap<String, Integer> index;
    /** Children by the attribute they add; created on first use. */
    private HashMap<String, Shape> transitions;

    private Shape(String[] names) {
        this.names = names;
        if (names.length > LINEAR_SCAN) {
            index = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
        } else {
            index = null;
        }
    }

    /** A new, empty root shape (one per class). */
    static Shape root() {
        return new Shape(new String[0]);
    }

    public int size() {
        return names.length;
    }

    /** The attribute name in {@code slot}. */
    public String name(int slot) {
        return names[slot];
    }

    /** The slot that holds {@code name}, or -1. */
    public int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The shape with {@code name} added in the next slot; the same object every time. */
    public Shape with(String name) {
        if (transitions == null) {
            transitions = new HashMap<>(4);
        }
        Shape child = transitions.get(name);
        if (child == null) {
            String[] more = java.util.Arrays.copyOf(names, names.length + 1);
            more[names.length] = name;
            child = new Shape(more);
            transitions.put(name, child);
        }
        return child;
    }
}
