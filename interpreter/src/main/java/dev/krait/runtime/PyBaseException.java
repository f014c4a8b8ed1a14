package dev.krait.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python exception object: an instance of {@code BaseException} or a subclass. The Java
 * exception that carries it through the interpreter is {@link PyException}.
 *
 * <p>Besides {@code args}, the chaining links and the traceback, an exception has two kinds
 * of extra state: its {@code __dict__} (attributes a program sets), and the type-specific
 * fields CPython keeps in the C struct ({@code SystemExit.code}, {@code OSError.errno}, ...),
 * which programs reach through the member descriptors {@link ExceptionMethods} defines.
 */
public class PyBaseException extends PyObject {
    private final PyType type;
    private PyTuple args;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    /**
     * {@code __context__} was assigned by the program: Krait's implicit chaining, which fills in
     * the context of an exception without one when it is caught or leaves a handler, must then
     * leave it alone (CPython only sets it when an exception is raised). A raise statement clears it.
     */
    private boolean contextAssigned;
    private Traceback traceback;
    /** The instance dictionary, made on first use. */
    private PyDict dict;
    /** Type-specific fields by member name, made on first use. */
    private Map<String, Object> fields;

    /** A new exception with {@code args} and nothing else set (what {@code BaseException.__new__} makes). */
    public PyBaseException(PyType type, List<Object> args) {
        this(type, PyTuple.of(args.toArray()));
    }

    /** An exception of {@code type} whose {@code args} are {@code args}. */
    PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Attributes set on the exception object ({@code __dict__}), by name. */
    public Map<String, Object> dict() {
        return new AttributeMap(attributeDict());
    }

    /** The live {@code __dict__}. */
    public PyDict attributeDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public List<Object> args() {
        return List.of(args.toArray());
    }

    /** {@code args} as the tuple programs see. */
    public PyTuple argsTuple() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** A type-specific field ({@code code}, {@code errno}, ...), or null when it was never set. */
    public Object field(String name) {
        return fields == null ? null : fields.get(name);
    }

    public void setField(String name, Object value) {
        if (fields == null) {
            fields = new HashMap<>();
        }
        fields.put(name, value);
    }

    public PyBaseException cause() {
        return cause;
    }

    /** {@code raise ... from cause}: sets {@code __cause__} and {@code __suppress_context__}. */
    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** Sets {@code __cause__} alone, as assigning the attribute does. */
    public void setCauseOnly(PyBaseException cause) {
        this.cause = cause;
    }

    public PyBaseException context() {
        return context;
    }

    public void setContext(PyBaseException context) {
        this.context = context;
    }

    /** {@code e.__context__ = value}: sets the context and keeps implicit chaining from replacing it. */
    public void assignContext(PyBaseException context) {
        this.context = context;
        this.contextAssigned = true;
    }

    /** True after {@link #assignContext}, until a raise statement raises this exception again. */
    public boolean contextAssigned() {
        return contextAssigned;
    }

    /** A raise statement decides the context again: implicit chaining applies as usual. */
    public void clearContextAssigned() {
        this.contextAssigned = false;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    /** The traceback, outermost entry first; null before the exception is raised. */
    public Traceback traceback() {
        return traceback;
    }

    public void setTraceback(Traceback traceback) {
        this.traceback = traceback;
    }

    /** {@code BaseException.__str__}, or the builtin type's own ({@code KeyError}, {@code OSError}, ...). */
    public String message() {
        return ExceptionText.str(this);
    }
}
