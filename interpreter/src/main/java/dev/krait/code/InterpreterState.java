package dev.krait.code;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.IntStrLimit;
import dev.krait.runtime.PyBaseException;

/**
 * Everything mutable that one interpreter's running code shares: the builtins namespace,
 * the output streams and the call depth with its limit. Frames and functions point here,
 * so many interpreters can run side by side in one JVM.
 */
public final class InterpreterState {
    final PyDict builtins = PyDict.namespace();
    private PrintStream out;
    private PrintStream err;
    private int depth;
    private int recursionLimit = 1000;
    private final IntStrLimit intStrLimit = new IntStrLimit();

    /**
     * The exception being handled now (by an {@code except} clause, a {@code finally} block
     * or an {@code __exit__} running because of it), or null: {@code sys.exc_info()}, bare
     * {@code raise} and the implicit {@code __context__} of new exceptions read it. Like
     * CPython's, it belongs to the thread of execution, not to one frame.
     */
    private PyBaseException handled;

    /**
     * Set by {@link #requestInterrupt} (from any thread, e.g. the CLI's SIGINT handler) and
     * consumed by {@link #checkInterrupt}, which the evaluator calls on every loop back-edge
     * and function entry: one volatile read, a plain load on x86 and ARM alike, is the whole
     * cost of being interruptible while nothing is pending.
     */
    private volatile boolean interruptPending;
    /** What {@link #sleep} waits on, so that an interrupt ends a sleep at once. */
    private final Object sleepLock = new Object();

    /**
     * The one parser of this interpreter, for the main program, imports and
     * {@code compile()}/{@code exec()}/{@code eval()}: its prediction caches warm up once.
     */
    private final dev.krait.syntax.SyntaxParser parser = new dev.krait.syntax.SyntaxParser();
    private final Importer importer = new Importer(this);
    private final Map<String, String> sources = new HashMap<>();

    public InterpreterState(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private java.io.BufferedReader input = new java.io.BufferedReader(java.io.Reader.nullReader());

    /** Where {@code input()} reads lines from. */
    public void setInput(java.io.InputStream in) {
        this.input = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** One line of input without its line end, or null at end of input ({@code input()}). */
    String readLine() {
        String line = readLine(-1);
        if (line.isEmpty()) {
            return null;
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * The next line of input, ending with {@code \n} unless input ended first; empty at end of
     * input. As CPython's {@code sys.stdin} on POSIX, {@code \r} is kept as it is. At most
     * {@code limit} characters when {@code limit >= 0}.
     */
    String readLine(long limit) {
        StringBuilder line = new StringBuilder();
        while (limit < 0 || line.length() < limit) {
            int c = readChar();
            if (c < 0) {
                break;
            }
            if (c == '\n') {
                line.append('\n');
                break;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** The rest of the input, or at most {@code limit} characters of it. */
    String read(long limit) {
        StringBuilder text = new StringBuilder();
        while (limit < 0 || text.length() < limit) {
            int c = readChar();
            if (c < 0) {
                break;
            }
            text.append((char) c);
        }
        return text.toString();
    }

    /** One input character, or -1 at end of input. */
    private int readChar() {
        try {
            return input.read();
        } catch (java.io.IOException e) {
            throw dev.krait.runtime.Errors.of(dev.krait.runtime.ExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    /**
     * Asks the running program to stop: it raises {@code KeyboardInterrupt} at its next loop
     * iteration, function call or {@code time.sleep}, as CPython does on SIGINT. Safe to call
     * from any thread.
     */
    public void requestInterrupt() {
        interruptPending = true;
        synchronized (sleepLock) {
            sleepLock.notifyAll();
        }
    }

    /** Raises {@code KeyboardInterrupt} if an interrupt was requested since the last one was raised. */
    void checkInterrupt() {
        if (interruptPending) {
            raiseInterrupt();
        }
    }

    private void raiseInterrupt() {
        interruptPending = false;
        throw new dev.krait.runtime.PyException(
                dev.krait.runtime.ExceptionInit.create(ExceptionTypes.KEYBOARD_INTERRUPT));
    }

    /** {@code time.sleep}: waits {@code nanos}, or less when an interrupt arrives (which it then raises). */
    void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        synchronized (sleepLock) {
            while (true) {
                checkInterrupt();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(sleepLock, left);
                } catch (InterruptedException e) {
                    // A host interrupting its thread ends the sleep early, as before.
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private final Finalization finalization = new Finalization(this);

    /** Pending finalizations of generators and coroutines, run by {@code gc.collect()}. */
    Finalization finalization() {
        return finalization;
    }

    /** Where an exception raised by a finalization is reported ("Exception ignored in: {@code where}"). */
    public void setUnraisableHandler(java.util.function.BiConsumer<String, PyBaseException> handler) {
        finalization.setUnraisableHandler(handler);
    }

    /** At the end of the main program: the finalizations still due (unawaited coroutines, dropped async generators). */
    public void finalizeAtExit() {
        finalization.atExit();
    }

    /** {@code sys.set_asyncgen_hooks}: the hooks new async generators pick up (null for None; PEP 525). */
    Object asyncGenFirstiter;
    Object asyncGenFinalizer;

    /** The exception being handled now, or null. */
    public PyBaseException handledException() {
        return handled;
    }

    /** Starts (or, with the value saved before, ends) the handling of an exception. */
    void setHandledException(PyBaseException e) {
        handled = e;
    }

    /** The parser every source text of this interpreter goes through. */
    public dev.krait.syntax.SyntaxParser parser() {
        return parser;
    }

    /** The import system: module cache, builtin modules, search path. */
    public Importer importer() {
        return importer;
    }

    /** Keeps a module's source so tracebacks can quote its lines. */
    public void rememberSource(String filename, String text) {
        sources.put(filename, text);
    }

    /** The source of a file run by this interpreter, or null. */
    public String sourceOf(String filename) {
        return sources.get(filename);
    }

    /** The builtins namespace, which {@code Builtins} fills. */
    public PyDict builtins() {
        return builtins;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Enters a Python call; past the recursion limit this raises {@code RecursionError}. */
    void enterCall() {
        checkInterrupt();
        // The limit counts every frame, the module's included, as CPython's does.
        if (++depth >= recursionLimit) {
            depth--;
            throw Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    void exitCall() {
        depth--;
    }

    /** This interpreter's int/str digit limit ({@code sys.set_int_max_str_digits}). */
    public IntStrLimit intStrLimit() {
        return intStrLimit;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }
}
