package dev.krait.runtime;

/**
 * A function that can be called as a method of {@code self} without first making a bound
 * method: what {@code cls(args)} uses to run {@code __init__}. Python functions implement it
 * by putting {@code self} and the arguments straight into the new frame.
 */
public interface MethodCallable extends PyCallable {
    /** {@code self.f(args)} for this function {@code f} found on the class. */
    Object callAsMethod(Object self, Object[] args, String[] kwnames);
}
