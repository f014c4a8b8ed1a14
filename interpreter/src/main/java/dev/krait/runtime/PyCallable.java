package dev.krait.runtime;

/**
 * Anything a program can call. Arguments arrive as CPython's vectorcall does: positional
 * values, then the values of keyword arguments, whose names are in {@code kwnames}
 * (empty when there are none).
 */
public interface PyCallable {
    String[] NO_KEYWORDS = new String[0];

    Object call(Object[] args, String[] kwnames);
}
