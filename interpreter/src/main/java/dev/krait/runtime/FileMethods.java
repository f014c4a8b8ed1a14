package dev.krait.runtime;

import java.util.Iterator;

/** The methods of text files from {@code open()} ({@code _io.TextIOWrapper}), and the data attributes of every stream. */
final class FileMethods {
    private FileMethods() {}

    private static PyTextFile f(Object self) {
        return (PyTextFile) self;
    }

    static void install(PyType file) {
        file.method("read(size=-1, /)", (self, a) -> PyStr.of(f(self).read(IoArgs.sizeOrNone(a[0]))));
        file.method("readline(size=-1, /)", (self, a) -> PyStr.of(f(self).readline(IoArgs.integer(a[0], false))));
        file.method("readlines(hint=-1, /)", (self, a) -> new PyList(f(self).readlines(IoArgs.integer(a[0], true))));
        file.method("write(text, /)", (self, a) -> f(self).write(IoArgs.text(a[0])));
        file.method("writelines(lines, /)", (self, a) -> {
            if (f(self).isClosed()) {
                throw Errors.valueError("I/O operation on closed file.");
            }
            Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                f(self).write(IoArgs.text(it.next()));
            }
            return PyNone.NONE;
        });
        file.method("seek(cookie, whence=0, /)", (self, a) ->
                f(self).seek(IoArgs.integer(a[0], false), IoArgs.integer(a[1], false)));
        file.method("tell()", (self, a) -> f(self).tell());
        file.method("truncate(pos=None, /)", (self, a) -> f(self).truncate(IoArgs.position(a[0])));
        file.method("flush()", (self, a) -> {
            f(self).flush();
            return PyNone.NONE;
        });
        file.method("close()", (self, a) -> {
            f(self).close();
            return PyNone.NONE;
        });
        file.method("readable()", (self, a) -> f(self).readable());
        file.method("writable()", (self, a) -> f(self).writable());
        file.method("seekable()", (self, a) -> Ops.callMethod(f(self).buffer(), "seekable", new Object[0],
                PyCallable.NO_KEYWORDS));
        file.method("isatty()", (self, a) -> Ops.callMethod(f(self).buffer(), "isatty", new Object[0],
                PyCallable.NO_KEYWORDS));
        file.method("fileno()", (self, a) -> Ops.callMethod(f(self).buffer(), "fileno", new Object[0],
                PyCallable.NO_KEYWORDS));
        BinaryFileMethods.installCommon(file);
    }

    /** The data attributes of a stream ({@code f.closed}, {@code f.name}, ...); null for other names. */
    static Object attribute(PyIOBase stream, String name) {
        if (stream instanceof PyBinaryFile b) {
            return BinaryFileMethods.attribute(b, name);
        }
        if (stream instanceof PyStringIO s) {
            return switch (name) {
                case "closed" -> s.isClosed();
                case "newlines" -> s.newlines();
                case "line_buffering" -> false;
                default -> null;
            };
        }
        if (!(stream instanceof PyTextFile f)) {
            return null;
        }
        return switch (name) {
            case "closed" -> f.isClosed();
            case "name" -> f.buffer().name();
            case "mode" -> PyStr.of(f.mode());
            case "encoding" -> PyStr.of(f.encoding());
            case "errors" -> PyStr.of(f.errors());
            case "newlines" -> f.newlines();
            case "buffer" -> f.buffer();
            case "line_buffering" -> f.lineBuffering();
            case "write_through" -> false;
            default -> null;
        };
    }
}
