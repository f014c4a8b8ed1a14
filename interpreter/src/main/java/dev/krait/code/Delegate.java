package dev.krait.code;

import dev.krait.runtime.PyException;

/**
 * Something a suspended body can be suspended <em>in</em> ({@code yield from}, {@code await}),
 * stepped at the Java level without {@code StopIteration} round trips: Krait's generators,
 * coroutines and async-generator awaitables implement it, and {@link Delegation} adapts any
 * other Python iterator to the same shape.
 */
interface Delegate {
    /**
     * Sends {@code value} in (or raises {@code exc} at the suspension point, when not null):
     * true when the delegate yielded ({@link #stepValue()} is the value to pass outward),
     * false when it finished ({@link #stepValue()} is its result).
     */
    boolean step(Object value, PyException exc);

    /** The value of the last {@link #step}. */
    Object stepValue();

    /** Closes the delegate when {@code GeneratorExit} reaches the body delegating to it. */
    void closeDelegate();
}
