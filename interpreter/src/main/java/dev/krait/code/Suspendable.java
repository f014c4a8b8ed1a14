package dev.krait.code;

import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;

/**
 * The one suspension core under generators, coroutines and async generators: a body running
 * in its own heap {@link Frame}, stepped by {@link #step} with a sent value or a thrown
 * exception until it yields or finishes. While suspended it holds no Java stack: the frame's
 * resumable nodes ({@link ResumableStmts}) have recorded where they stood in the frame's
 * extra slots, and the next step re-enters the body and jumps back there.
 *
 * <p>The kinds ({@link PyGenerator}, {@link PyCoroutine}, {@link PyAsyncGenerator}) are thin
 * layers: they differ in what a finished or running body reports ({@link #kindName()} gives
 * CPython's wording) and in how they are driven from Python.
 */
abstract class Suspendable extends PyObject implements Delegate {
    final Frame frame;
    String name;
    String qualname;

    /** Handed in by the step that resumes the frame: the value for the {@code yield}, or the exception to raise there. */
    Object sent;
    PyException thrown;
    /** After a step: the value yielded, or the value returned when the body finished. */
    Object value;
    /** The sub-iterator or awaitable the body is suspended in ({@code gi_yieldfrom}, {@code cr_await}), or null. */
    Delegate delegate;
    /**
     * Set when {@link #step} stepped the delegate directly and it finished, or failed with
     * this exception: the suspension point the body resumes at takes the outcome from here.
     */
    boolean delegateFinished;
    PyException delegateFailure;

    boolean started;
    boolean running;
    boolean finished;
    /** The exception being handled when the current (or last) run of the body began: its resumer's. */
    private PyBaseException handledAtEntry;
    /**
     * The exception an {@code except} or {@code finally} of the body itself was handling when it
     * suspended in {@link #delegate}, or null: {@code sys.exc_info()} in the delegate sees it
     * while the delegate is stepped directly, as it would if the body were re-entered.
     */
    private PyBaseException handledWhileAwaiting;
    /** The frame object programs see ({@code gi_frame}), made when first asked for. */
    private GeneratorFrame frameObject;

    Suspendable(Frame frame, PyFunction function) {
        this(frame, function.name, function.qualname);
    }

    /** A core over {@code frame}, which it takes over from whatever ran it before. */
    Suspendable(Frame frame, String name, String qualname) {
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        frame.generator = this;
    }

    /** "generator", "coroutine" or "async generator": how CPython's messages name this kind. */
    abstract String kindName();

    /**
     * Runs the body until its next suspension: true when it yielded ({@link #value} holds
     * what), false when it returned ({@link #value} holds the return value). An exception
     * raised by the body propagates, and the body is finished.
     */
    @Override
    public final boolean step(Object send, PyException exc) {
        if (running || finished || !started) {
            if (running) {
                throw Errors.valueError(kindName() + " already executing");
            }
            if (finished) {
                return stepFinished(exc);
            }
            start(send, exc);
        }
        Delegate d = delegate;
        if (d != null && exc == null) {
            return stepDelegate(d, send);
        }
        return run(send, exc);
    }

    /**
     * Suspended in a yield from/await: the delegate is stepped directly, and the body is
     * re-entered only when the delegate has finished (the suspension point then takes the
     * outcome from {@link #delegateFinished}/{@link #delegateFailure}, see SuspendPoints.step).
     */
    private boolean stepDelegate(Delegate d, Object send) {
        running = true;
        InterpreterState state = frame.state;
        state.enterCall();
        PyBaseException resumersHandled = state.handledException();
        if (handledWhileAwaiting != null) {
            state.setHandledException(handledWhileAwaiting);
        }
        try {
            if (d instanceof Suspendable s) {
                // Class checks rather than interface calls: the JIT calls the final methods directly.
                if (s.step(send, null)) {
                    value = s.value;
                    return true;
                }
            } else if (d.step(send, null)) {
                value = d.stepValue();
                return true;
            }
            delegateFinished = true;
        } catch (PyException e) {
            delegateFailure = e;
        } finally {
            running = false;
            state.setHandledException(resumersHandled);
            state.exitCall();
        }
        return run(null, null);
    }

    /** The body suspends waiting in {@code d}, which later steps drive directly. */
    void awaitIn(Delegate d) {
        delegate = d;
        PyBaseException handled = frame.state.handledException();
        handledWhileAwaiting = handled != handledAtEntry ? handled : null;
    }

    /** Runs the body from where it stands until it suspends, returns or raises. */
    private boolean run(Object send, PyException exc) {
        running = true;
        InterpreterState state = frame.state;
        state.enterCall();
        handledAtEntry = state.handledException();
        try {
            sent = send;
            thrown = exc;
            delegate = null;
            int completion = frame.code.body.exec(frame);
            if (completion == StmtNode.SUSPEND) {
                return true;
            }
            if (completion == StmtNode.THROW) {
                throw takeThrown();
            }
            returned(frame.returnValue);
            return false;
        } catch (PyException e) {
            throw failed(e);
        } catch (StackOverflowError e) {
            throw failed(Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded"));
        } finally {
            running = false;
            sent = null;
            thrown = null;
            state.exitCall();
        }
    }

    private void returned(Object r) {
        finish();
        value = r == null ? PyNone.NONE : r;
    }

    /** The core of a generator, coroutine or async generator object. */
    static Suspendable of(Object generatorObject) {
        return generatorObject instanceof PyAsyncGenerator a ? a.core : (Suspendable) generatorObject;
    }

    /** Called when the body first runs, or is closed before running: nothing to finalize any more. */
    void settled() {
    }

    /** The first step: only None may be sent; an exception thrown in ends the body before it starts. */
    private void start(Object send, PyException exc) {
        if (exc == null && send != PyNone.NONE && send != null) {
            throw Errors.typeError("can't send non-None value to a just-started " + kindName());
        }
        started = true;
        settled();
        if (exc != null) {
            throw failed(exc);
        }
    }

    /** An exception left the body: it is finished, and the exception carries this frame in its traceback. */
    private PyException failed(PyException e) {
        finish();
        // PEP 479's RuntimeError starts its traceback in the caller: only its cause shows this frame.
        PyFunction.addTraceback(e, frame);
        return replaceStopIteration(e);
    }

    /** The exception a {@link StmtNode#THROW} completion carries, taken (it is raised once). */
    final PyException takeThrown() {
        PyException e = thrown;
        thrown = null;
        return e;
    }

    /** A step of a finished body: generators report exhaustion, coroutines refuse reuse. */
    boolean stepFinished(PyException exc) {
        if (exc != null) {
            throw exc;
        }
        value = PyNone.NONE;
        return false;
    }

    private void finish() {
        finished = true;
        delegate = null;
    }

    /** PEP 479: a {@code StopIteration} leaving the body becomes a {@code RuntimeError} caused by it. */
    PyException replaceStopIteration(PyException e) {
        PyBaseException v = e.value();
        if (!v.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
            return e;
        }
        return chainedRuntimeError(kindName() + " raised StopIteration", v);
    }

    static PyException chainedRuntimeError(String message, PyBaseException cause) {
        PyBaseException err = new PyBaseException(ExceptionTypes.RUNTIME_ERROR, List.of(PyStr.of(message)));
        err.setCause(cause);
        err.setContext(cause);
        return new PyException(err);
    }

    /**
     * {@code close()}: throws {@code GeneratorExit} in at the suspension point; a body that
     * yields again instead of finishing is an error, one that lets the exception out (or
     * {@code StopIteration}) has closed.
     */
    Object close() {
        if (!started || finished) {
            started = true;
            finished = true;
            settled();
            return PyNone.NONE;
        }
        boolean yielded;
        try {
            yielded = step(null, new PyException(new PyBaseException(ExceptionTypes.GENERATOR_EXIT, List.of())));
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)
                    || e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (yielded) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, kindName() + " ignored GeneratorExit");
        }
        return PyNone.NONE;
    }

    @Override
    public final Object stepValue() {
        return value;
    }

    @Override
    public void closeDelegate() {
        close();
    }

    /**
     * {@code gen.throw(typ[, val[, tb]])}: the exception to raise at the suspension point,
     * made from CPython's three call forms.
     */
    static PyException exceptionToThrow(Object[] args) {
        Object typ = args[0];
        Object val = args.length > 1 ? args[1] : PyNone.NONE;
        Object tb = args.length > 2 ? args[2] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof dev.krait.runtime.Traceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (typ instanceof PyBaseException inst) {
            if (val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else if (typ instanceof dev.krait.runtime.PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                e = v;
            } else {
                Object[] ctorArgs = val == PyNone.NONE ? new Object[0]
                        : val instanceof dev.krait.runtime.PyTuple tuple ? tuple.toArray() : new Object[] {val};
                e = Stmts.Exceptions.instantiate(t.call(ctorArgs, dev.krait.runtime.PyCallable.NO_KEYWORDS), "");
            }
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + dev.krait.runtime.Types.nameOf(typ));
        }
        if (tb instanceof dev.krait.runtime.Traceback t) {
            e.setTraceback(t);
        }
        int given = args.length;
        while (given > 1 && args[given - 1] == PyNone.NONE) {
            given--;
        }
        return new PyException(e).withThrowArguments(java.util.Arrays.copyOf(args, given));
    }

    /** {@code gi_frame}/{@code cr_frame}/{@code ag_frame}: the frame object, None once finished. */
    Object frameObject() {
        if (finished) {
            return PyNone.NONE;
        }
        if (frameObject == null) {
            frameObject = new GeneratorFrame(this);
        }
        return frameObject;
    }

    /** {@code gi_suspended} and friends. */
    boolean suspended() {
        return started && !finished && !running;
    }

    /** {@code gi_yieldfrom}/{@code cr_await}/{@code ag_await}: what the suspended body delegates to, as Python sees it. */
    Object awaited() {
        if (delegate == null || running) {
            return PyNone.NONE;
        }
        return delegate instanceof Delegation.IteratorDelegate d ? d.iterator : delegate;
    }

    @Override
    public String toString() {
        return "<" + type().name() + " object " + qualname + " at 0x" + String.format("%012x",
                System.identityHashCode(this)) + ">";
    }
}
