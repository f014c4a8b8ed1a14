package dev.krait.runtime;

/**
 * A Python traceback object: one entry per frame an exception passed through, outermost
 * first, linked by {@code tb_next} to the entry of the frame that frame called. Each entry
 * keeps the frame's code name, file and the line it was at, and the frame itself.
 */
public final class Traceback extends PyObject implements HasAttributes {
    private final String filename;
    private final String name;
    private final int line;
    private Traceback next;
    private final Object frame;

    public Traceback(String filename, String name, int line, Traceback next) {
        this(filename, name, line, next, null);
    }

    /** @param frame the frame the entry is for (a {@link FrameInfo} from the evaluator), so it is not recorded twice */
    public Traceback(String filename, String name, int line, Traceback next, Object frame) {
        this.filename = filename;
        this.name = name;
        this.line = line;
        this.next = next;
        this.frame = frame;
    }

    /** The frame this entry records. */
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

    @Override
    public Object getAttr(String attribute) {
        return switch (attribute) {
            case "tb_lineno" -> (long) line;
            case "tb_next" -> next == null ? PyNone.NONE : next;
            case "tb_frame" -> new PyFrame(this);
            case "__class__" -> Types.TRACEBACK;
            default -> throw Errors.attributeError(this, attribute);
        };
    }

    /** Only {@code tb_next} is writable, as in CPython, and never so as to make a loop. */
    @Override
    public void setAttr(String attribute, Object value) {
        if (!attribute.equals("tb_next")) {
            if (attribute.equals("tb_lineno") || attribute.equals("tb_frame")) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
            }
            throw Errors.attributeError(this, attribute);
        }
        if (value == PyNone.NONE) {
            next = null;
            return;
        }
        if (!(value instanceof Traceback tb)) {
            throw Errors.typeError("expected traceback object, got '" + Types.nameOf(value) + "'");
        }
        for (Traceback t = tb; t != null; t = t.next) {
            if (t == this) {
                throw Errors.valueError("traceback loop detected");
            }
        }
        next = tb;
    }

    @Override
    public PyType type() {
        return Types.TRACEBACK;
    }

    @Override
    public String toString() {
        return "<traceback object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}
