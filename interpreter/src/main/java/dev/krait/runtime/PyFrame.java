package dev.krait.runtime;

/**
 * A frame object as a traceback shows it ({@code tb.tb_frame}): the code it runs and its
 * current line, read from the evaluator's frame while it lives and after. Its code object
 * ({@code f_code}) answers {@code co_name}, {@code co_filename} and {@code co_firstlineno}.
 */
public final class PyFrame extends PyObject implements HasAttributes {
    private final Traceback entry;

    PyFrame(Traceback entry) {
        this.entry = entry;
    }

    private FrameInfo info() {
        return entry.frame() instanceof FrameInfo f ? f : null;
    }

    @Override
    public Object getAttr(String attribute) {
        FrameInfo info = info();
        return switch (attribute) {
            case "f_lineno" -> (long) (info == null ? entry.line() : info.line());
            case "f_code" -> new Code(entry.name(), entry.filename(), info == null ? entry.line() : info.firstLine());
            case "__class__" -> Types.FRAME;
            default -> throw Errors.attributeError(this, attribute);
        };
    }

    @Override
    public void setAttr(String attribute, Object value) {
        throw Errors.attributeError(this, attribute);
    }

    @Override
    public PyType type() {
        return Types.FRAME;
    }

    @Override
    public String toString() {
        return "<frame at 0x" + String.format("%012x", System.identityHashCode(this)) + ", file "
                + Ops.repr(PyStr.of(entry.filename())) + ", line " + getAttr("f_lineno") + ", code " + entry.name() + ">";
    }

    /** The code object of a frame: its name, file and first line. */
    static final class Code extends PyObject implements HasAttributes {
        private final String name;
        private final String filename;
        private final int firstLine;

        Code(String name, String filename, int firstLine) {
            this.name = name;
            this.filename = filename;
            this.firstLine = firstLine;
        }

        @Override
        public Object getAttr(String attribute) {
            return switch (attribute) {
                case "co_name" -> PyStr.of(name);
                case "co_filename" -> PyStr.of(filename);
                case "co_firstlineno" -> (long) firstLine;
                case "__class__" -> Types.CODE;
                default -> throw Errors.attributeError(this, attribute);
            };
        }

        @Override
        public void setAttr(String attribute, Object value) {
            throw Errors.attributeError(this, attribute);
        }

        @Override
        public PyType type() {
            return Types.CODE;
        }

        @Override
        public String toString() {
            return "<code object " + name + " at 0x" + String.format("%012x", System.identityHashCode(this))
                    + ", file " + Ops.repr(PyStr.of(filename)) + ", line " + firstLine + ">";
        }
    }
}
