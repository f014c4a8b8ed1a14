package dev.krait.runtime;

import java.util.Iterator;

import dev.krait.runtime.PyBinaryFile.Kind;
import dev.krait.runtime.PyBinaryFile.Op;

/** The methods of binary streams: buffered files, {@code FileIO} and {@code BytesIO}. */
final class BinaryFileMethods {
    private BinaryFileMethods() {}

    private static PyBinaryFile f(Object self) {
        return (PyBinaryFile) self;
    }

    static void install(PyType t) {
        boolean memory = t == IoTypes.BYTES_IO;
        boolean raw = t == IoTypes.FILE_IO;
        t.method("read(size=-1, /)", (self, a) -> PyBytes.wrap(f(self).read(IoArgs.sizeOrNone(a[0]))));
        if (!raw) {
            t.method("read1(size=-1, /)", (self, a) -> PyBytes.wrap(f(self).read1(IoArgs.sizeOrNone(a[0]))));
        } else {
            t.method("readall()", (self, a) -> PyBytes.wrap(f(self).read(-1)));
        }
        if (t == IoTypes.BUFFERED_READER || t == IoTypes.BUFFERED_RANDOM) {
            t.method("peek(size=0, /)", (self, a) -> PyBytes.wrap(f(self).peek()));
        }
        if (memory) {
            t.method("getvalue()", (self, a) -> PyBytes.wrap(f(self).getvalue()));
        }
        t.method("readline(size=-1, /)", (self, a) -> PyBytes.wrap(f(self).readline(IoArgs.sizeOrNone(a[0]))));
        t.method("readlines(hint=-1, /)", (self, a) -> new PyList(f(self).readlines(IoArgs.integer(a[0], true))));
        t.method("readinto(buffer, /)", (self, a) -> {
            if (!(a[0] instanceof PyByteArray target)) {
                throw Errors.typeError("readinto() argument must be read-write bytes-like object, not "
                        + Types.nameOf(a[0]));
            }
            return f(self).readinto(target);
        });
        t.method("write(b, /)", (self, a) -> f(self).write(IoArgs.bytesLike(a[0])));
        t.method("writelines(lines, /)", (self, a) -> {
            f(self).check(Op.OTHER);
            Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                f(self).write(IoArgs.bytesLike(it.next()));
            }
            return PyNone.NONE;
        });
        t.method("seek(offset, whence=0, /)", (self, a) ->
                f(self).seek(IoArgs.integer(a[0], false), IoArgs.integer(a[1], false)));
        t.method("tell()", (self, a) -> f(self).tell());
        t.method("truncate(size=None, /)", (self, a) -> f(self).truncate(IoArgs.position(a[0])));
        t.method("flush()", (self, a) -> {
            f(self).flush();
            return PyNone.NONE;
        });
        t.method("close()", (self, a) -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.method("readable()", (self, a) -> f(self).readable());
        t.method("writable()", (self, a) -> f(self).writable());
        t.method("seekable()", (self, a) -> {
            f(self).check(Op.QUERY);
            return true;
        });
        t.method("isatty()", (self, a) -> {
            f(self).check(Op.QUERY);
            return false;
        });
        t.method("fileno()", (self, a) -> {
            if (!memory) {
                f(self).check(Op.QUERY);
            }
            throw PyBinaryFile.unsupported(memory ? "fileno" : "Krait files have no file descriptor");
        });
        installCommon(t);
    }

    /** {@code __enter__}, {@code __exit__}, {@code __iter__} and {@code __next__} of every stream type. */
    static void installCommon(PyType t) {
        t.method("__enter__()", (self, a) -> {
            if (((PyIOBase) self).isClosed()) {
                throw Errors.valueError("I/O operation on closed file.");
            }
            return self;
        });
        t.method("__exit__(*exc_info)", (self, a) -> {
            Ops.callMethod(self, "close", new Object[0], PyCallable.NO_KEYWORDS);
            return PyNone.NONE;
        });
        t.method("__iter__()", (self, a) -> {
            ((PyIOBase) self).checkIterable();
            return self;
        });
        t.method("__next__()", (self, a) -> {
            Object line = ((PyIOBase) self).nextLine();
            if (line == null) {
                throw new PyException(ExceptionInit.create(ExceptionTypes.STOP_ITERATION));
            }
            return line;
        });
    }

    /** The data attributes of binary streams; null for other names. */
    static Object attribute(PyBinaryFile f, String name) {
        if (f.kind() == Kind.MEMORY) {
            return name.equals("closed") ? (Object) f.isClosed() : null;
        }
        return switch (name) {
            case "closed" -> f.isClosed();
            case "name" -> f.name();
            case "mode" -> PyStr.of(f.mode());
            case "closefd" -> f.kind() == Kind.RAW ? (Object) true : null;
            default -> null;
        };
    }
}
