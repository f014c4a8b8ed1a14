package dev.krait.runtime;

/**
 * A Python object implemented by a Krait class. Some Python objects are plain Java values
 * instead ({@link Boolean} for {@code bool}, {@link Long}/{@link java.math.BigInteger} for
 * {@code int}, {@link Double} for {@code float}); {@link Types#typeOf} covers both.
 */
public abstract class PyObject {
    /** The object's Python type. */
    public abstract PyType type();
}
