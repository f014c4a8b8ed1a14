package dev.krait.runtime;

/**
 * The Java exception that carries a Python exception through the interpreter. It has no
 * Java stack trace (it would cost more than the exception is worth and never reaches a
 * user); the Python traceback lives on the exception object.
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /**
     * For an exception thrown into a generator by {@code throw(...)}: the arguments as given,
     * which a {@code yield from} passes on unchanged to a delegate's own {@code throw}.
     */
    private Object[] throwArguments;

    public Object[] throwArguments() {
        return throwArguments;
    }

    public PyException withThrowArguments(Object[] args) {
        this.throwArguments = args;
        return this;
    }

    /** The Python exception object. */
    public PyBaseException value() {
        return value;
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.message();
    }
}
