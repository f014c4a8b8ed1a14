package dev.krait.runtime;

import java.util.Iterator;

/** An object made outside this package that Python code can iterate ({@code for line in sys.stdin}). */
public interface IterableObject {
    /** A fresh Java view of the iteration; for a stream it continues where reading stands. */
    Iterator<Object> iterator();
}
