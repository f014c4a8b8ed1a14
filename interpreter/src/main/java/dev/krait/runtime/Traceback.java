package dev.krait.runtime;

/**
 * One entry of a Python traceback: a frame's code name, file and current line, and the
 * entry of the frame it called (the next one inward), as CPython's {@code tb_next} chain.
 */
public final class Traceback {
    private final String filename;
    private final String name;
    private final int line;
    private final Traceback next;
    private final Object frame;

    public Traceback(String filename, String name, int line, Traceback next) {
        this(filename, name, line, next, null);
    }

    /** @param frame identifies the frame the entry is for, so it is not recorded twice */
    public Traceback(String filename, String name, int line, Traceback next, Object frame) {
        this.filename = filename;
        this.name = name;
        this.line = line;
        this.next = next;
        this.frame = frame;
    }

    /** The frame this entry records (an opaque token). */
    public Object frame() {
        return frame;
    }

    public String filename() {
        return filename;
    }

    /** The code's name: a function name or {@code <module>}. */
    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    /** The entry for the frame this one called, or null for the innermost. */
    public Traceback next() {
        return next;
    }
}
