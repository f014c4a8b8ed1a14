package dev.krait.code;

/** A variable shared between a function and the functions nested in it (a closure cell). */
final class Cell {
    /** The value, or null while the variable is unbound. */
    Object value;
}
