package dev.krait.cli;

import dev.krait.Interpreter;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C for the {@code krait} process: SIGINT becomes a {@code KeyboardInterrupt} in the
 * running program (through {@link Interpreter#interrupt}, which only sets that interpreter's
 * flag), and a program that does not catch it ends the process by SIGINT, as CPython does, so
 * that a shell or parent process sees that it was interrupted (status 130 in a shell).
 *
 * <p>The handler is installed with {@code sun.misc.Signal}: the JDK's supported (if
 * unofficial) API for this, exported by the {@code jdk.unsupported} module for exactly this
 * use; nothing else in Java SE catches a signal without ending the JVM. Where SIGINT is
 * ignored when the process starts (a background job of a non-interactive shell), the JVM
 * keeps it ignored, which is CPython's behaviour too. Only {@link Main#main} installs one: a
 * host that runs the command in-process keeps its own signal handling.
 */
final class SigintForwarder {
    private static final Signal SIGINT = new Signal("INT");

    /** The interpreter running now, or null before and after. */
    private Interpreter target;
    /** A SIGINT that came while no program was running yet: delivered when one starts. */
    private boolean pending;
    private boolean endedByInterrupt;

    private SigintForwarder() {}

    /** Catches SIGINT from now on; without a working signal API, an inert forwarder. */
    static SigintForwarder install() {
        SigintForwarder forwarder = new SigintForwarder();
        try {
            Signal.handle(SIGINT, signal -> forwarder.deliver());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError cannotCatch) {
            // e.g. -Xrs: SIGINT keeps the JVM's own meaning (exit with status 130).
        }
        return forwarder;
    }

    /** Runs on the JVM's signal thread. */
    private synchronized void deliver() {
        if (target != null) {
            target.interrupt();
        } else {
            pending = true;
        }
    }

    /** From now until {@link #detach}, SIGINT interrupts {@code interpreter}. */
    synchronized void attach(Interpreter interpreter) {
        target = interpreter;
        if (pending) {
            pending = false;
            interpreter.interrupt();
        }
    }

    /** The program of the last {@link #attach} has ended; {@code interrupted} if by a KeyboardInterrupt. */
    synchronized void detach(boolean interrupted) {
        target = null;
        endedByInterrupt = interrupted;
    }

    synchronized boolean endedByInterrupt() {
        return endedByInterrupt;
    }

    /**
     * Ends the process by SIGINT, as CPython does after the traceback of an uncaught
     * {@code KeyboardInterrupt}; returns only if that did not work. Java cannot raise a signal
     * whose action is the default ({@code Signal.raise} needs a Java handler), so after
     * restoring the default action the signal comes from {@code kill}, as CPython's comes from
     * {@code kill(getpid(), SIGINT)}.
     */
    void dieBySigint() {
        try {
            Signal.handle(SIGINT, SignalHandler.SIG_DFL);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor() == 0) {
                Thread.sleep(1000); // the signal is on its way; its default action ends the process
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError | java.io.IOException
                | InterruptedException e) {
            // Fall through: the caller exits with 130, the status a shell shows for SIGINT.
        }
    }
}
