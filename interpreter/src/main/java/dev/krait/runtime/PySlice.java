package dev.krait.runtime;

/** Python's {@code slice(start, stop, step)}: three arbitrary values, None when left out. */
public final class PySlice extends PyObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }

    /** The attribute {@code start}, {@code stop} or {@code step}; null for any other name. */
    public Object attribute(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> null;
        };
    }

    PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    @Override
    public PyType type() {
        return Types.SLICE;
    }

    @Override
    public String toString() {
        return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }
}
