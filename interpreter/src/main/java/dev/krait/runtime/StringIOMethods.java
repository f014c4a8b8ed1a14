package dev.krait.runtime;

import java.util.Iterator;

/** The methods of {@code io.StringIO}. */
final class StringIOMethods {
    private StringIOMethods() {}

    private static PyStringIO s(Object self) {
        return (PyStringIO) self;
    }

    static void install(PyType t) {
        t.method("read(size=-1, /)", (self, a) -> PyStr.of(s(self).read(IoArgs.sizeOrNone(a[0]))));
        t.method("readline(size=-1, /)", (self, a) -> PyStr.of(s(self).readline(IoArgs.sizeOrNone(a[0]))));
        t.method("readlines(hint=-1, /)", (self, a) -> new PyList(s(self).readlines(IoArgs.integer(a[0], true))));
        t.method("write(s, /)", (self, a) -> {
            if (!(a[0] instanceof PyStr text)) {
                throw Errors.typeError("string argument expected, got '" + Types.nameOf(a[0]) + "'");
            }
            return s(self).write(text.value());
        });
        t.method("writelines(lines, /)", (self, a) -> {
            s(self).check(true);
            Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                Object line = it.next();
                if (!(line instanceof PyStr text)) {
                    throw Errors.typeError("string argument expected, got '" + Types.nameOf(line) + "'");
                }
                s(self).write(text.value());
            }
            return PyNone.NONE;
        });
        t.method("getvalue()", (self, a) -> PyStr.of(s(self).getvalue()));
        t.method("seek(pos, whence=0, /)", (self, a) ->
                s(self).seek(IoArgs.integer(a[0], false), IoArgs.integer(a[1], false)));
        t.method("tell()", (self, a) -> s(self).tell());
        t.method("truncate(pos=None, /)", (self, a) -> s(self).truncate(IoArgs.position(a[0])));
        t.method("flush()", (self, a) -> PyNone.NONE);
        t.method("close()", (self, a) -> {
            s(self).close();
            return PyNone.NONE;
        });
        t.method("readable()", (self, a) -> {
            s(self).check(false);
            return true;
        });
        t.method("writable()", (self, a) -> {
            s(self).check(false);
            return true;
        });
        t.method("seekable()", (self, a) -> {
            s(self).check(false);
            return true;
        });
        t.method("isatty()", (self, a) -> {
            s(self).check(true);
            return false;
        });
        t.method("fileno()", (self, a) -> {
            throw PyBinaryFile.unsupported("fileno");
        });
        BinaryFileMethods.installCommon(t);
    }
}
