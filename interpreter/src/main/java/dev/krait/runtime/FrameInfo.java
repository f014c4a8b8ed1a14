package dev.krait.runtime;

/**
 * What the runtime may know about an activation of Python code (implemented by the
 * evaluator's frame): enough for traceback objects' {@code tb_frame} and for the
 * "Did you mean" suggestions of a {@code NameError}.
 */
public interface FrameInfo {
    /** The code's name: a function name, {@code <module>}, a class name. */
    String codeName();

    String filename();

    /** The line of the code's first statement ({@code co_firstlineno}). */
    int firstLine();

    /** The line running now, or the last one that ran. */
    int line();

    /** The local variable names of the code ({@code co_varnames}). */
    String[] localNames();

    PyDict globals();

    PyDict builtins();
}
