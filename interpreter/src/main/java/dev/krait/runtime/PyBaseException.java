package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception object: an instance of {@code BaseException} or a subclass. The Java
 * exception that carries it through the interpreter is {@link PyException}.
 */
public class PyBaseException extends PyObject {
    private final PyType type;
    private List<Object> args;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    private Traceback traceback;
    private final java.util.Map<String, Object> dict = new java.util.LinkedHashMap<>();

    public PyBaseException(PyType type, List<Object> args) {
        this.type = type;
        this.args = List.copyOf(args);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Attributes set on the exception object ({@code __dict__}). */
    public java.util.Map<String, Object> dict() {
        return dict;
    }

    public List<Object> args() {
        return args;
    }

    public PyBaseException cause() {
        return cause;
    }

    /** Sets {@code __cause__}; like {@code raise ... from}, this also sets {@code __suppress_context__}. */
    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PyBaseException context() {
        return context;
    }

    public void setContext(PyBaseException context) {
        this.context = context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    /** The traceback, innermost entry last; null before the exception is raised. */
    public Traceback traceback() {
        return traceback;
    }

    public void setTraceback(Traceback traceback) {
        this.traceback = traceback;
    }

    /** A fixed {@code str()} for exceptions whose text is not their args' (OSError's "[Errno 2] ..."). */
    private String display;

    void setDisplay(String display) {
        this.display = display;
    }

    /** {@code str(e)}: the sole argument's str, the args tuple's repr, or empty. */
    public String message() {
        if (display != null) {
            return display;
        }
        if (args.isEmpty()) {
            return "";
        }
        if (args.size() == 1) {
            if (type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return Ops.repr(args.get(0)); // KeyError shows its key's repr
            }
            return Ops.str(args.get(0));
        }
        return Ops.repr(PyTuple.of(new ArrayList<>(args).toArray()));
    }
}
