package dev.krait.runtime;

/** Python's {@code None}, {@code NotImplemented} and {@code Ellipsis}: singletons. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone("None");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");

    private final String repr;

    private PyNone(String repr) {
        this.repr = repr;
    }

    @Override
    public PyType type() {
        return switch (repr) {
            case "None" -> Types.NONE_TYPE;
            case "NotImplemented" -> Types.NOT_IMPLEMENTED_TYPE;
            default -> Types.ELLIPSIS_TYPE;
        };
    }

    @Override
    public String toString() {
        return repr;
    }
}
