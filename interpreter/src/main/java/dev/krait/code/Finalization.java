package dev.krait.code;

/**
 * One interpreter's finalizations that Java's collector decides the timing of: async
 * generators dropped unfinished (PEP 525's finalizer hook, or closing them) and coroutines
 * dropped without ever being awaited (CPython's "was never awaited" warning). {@code gc.collect()}
 * asks the JVM to collect and then runs what became due, on the interpreter's own thread.
 */
final class Finalization {
    private final InterpreterState state;

    Finalization(InterpreterState state) {
        this.state = state;
    }

    /** {@code gc.collect()}: collects, runs the finalizations that became due; CPython's count of unreachable objects is not known here, so 0. */
    int collect() {
        System.gc();
        return 0;
    }
}
