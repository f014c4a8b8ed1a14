package dev.krait.runtime;

/** Python's {@code range} over values that fit in a {@code long}. */
public final class PyRange extends PyObject {
    private final long start;
    private final long stop;
    private final long step;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    /** The number of values. */
    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    @Override
    public PyType type() {
        return Types.RANGE;
    }
}
