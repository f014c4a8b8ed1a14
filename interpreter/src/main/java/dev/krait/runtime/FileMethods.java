package dev.krait.runtime;

import java.util.Iterator;

/** The methods of text files from {@code open()}. */
final class FileMethods {
    private FileMethods() {}

    static void install(PyType file) {
        file.method("read(size=-1, /)", (self, a) -> PyStr.of(((PyTextFile) self).read((Long) Arithmetic.asInt(a[0]))));
        file.method("readline()", (self, a) -> PyStr.of(((PyTextFile) self).readline()));
        file.method("readlines()", (self, a) -> new PyList(((PyTextFile) self).readlines()));
        file.method("write(text, /)", (self, a) -> {
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("write() argument must be str, not " + Types.nameOf(a[0]));
            }
            return ((PyTextFile) self).write(s.value());
        });
        file.method("writelines(lines, /)", (self, a) -> {
            Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                Object line = it.next();
                if (!(line instanceof PyStr s)) {
                    throw Errors.typeError("write() argument must be str, not " + Types.nameOf(line));
                }
                ((PyTextFile) self).write(s.value());
            }
            return PyNone.NONE;
        });
        file.method("flush()", (self, a) -> {
            ((PyTextFile) self).flush();
            return PyNone.NONE;
        });
        file.method("close()", (self, a) -> {
            ((PyTextFile) self).close();
            return PyNone.NONE;
        });
        file.method("__enter__()", (self, a) -> self);
        file.method("__exit__(*exc_info)", (self, a) -> {
            ((PyTextFile) self).close();
            return PyNone.NONE;
        });
    }

    /** Reading a file line by line: {@code for line in f}. */
    static Iterator<Object> lines(PyTextFile f) {
        return new Iterator<>() {
            String next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = f.readline();
                }
                return !next.isEmpty();
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                String r = next;
                next = null;
                return PyStr.of(r);
            }
        };
    }

    /** {@code f.closed}, {@code f.name}, {@code f.mode}; null for other names. */
    static Object attribute(PyTextFile f, String name) {
        return switch (name) {
            case "closed" -> f.closed();
            case "name" -> PyStr.of(f.name());
            case "mode" -> PyStr.of(f.mode());
            default -> null;
        };
    }
}
