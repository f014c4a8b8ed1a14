package dev.krait.runtime;

import java.util.List;

/**
 * The types of the {@code io} module's streams — {@code _io.BufferedReader},
 * {@code BufferedWriter}, {@code BufferedRandom}, {@code FileIO}, {@code BytesIO},
 * {@code StringIO} ({@code _io.TextIOWrapper} is {@link Types#TEXT_IO}) — and
 * {@code io.UnsupportedOperation}. Like every builtin type they are filled once and shared.
 */
public final class IoTypes {
    private IoTypes() {}

    public static final PyType BUFFERED_READER = PyType.builtin("_io.BufferedReader", Types.OBJECT);
    public static final PyType BUFFERED_WRITER = PyType.builtin("_io.BufferedWriter", Types.OBJECT);
    public static final PyType BUFFERED_RANDOM = PyType.builtin("_io.BufferedRandom", Types.OBJECT);
    public static final PyType FILE_IO = PyType.builtin("_io.FileIO", Types.OBJECT);
    public static final PyType BYTES_IO = PyType.builtin("_io.BytesIO", Types.OBJECT);
    public static final PyType STRING_IO = PyType.builtin("_io.StringIO", Types.OBJECT);
    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = PyType.builtinWithBases("io.UnsupportedOperation",
            List.of(ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR));

    static {
        for (PyType t : List.of(BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM, FILE_IO, BYTES_IO)) {
            BinaryFileMethods.install(t);
        }
        StringIOMethods.install(STRING_IO);
    }

    /** The stream types a program can call, with their constructors' signatures. */
    private static final Signature BYTES_IO_NEW = Signature.parse("BytesIO(initial_bytes=...)");
    private static final Signature STRING_IO_NEW = Signature.parse("StringIO(initial_value='', newline=...)");

    /** {@code BytesIO(...)} and {@code StringIO(...)}; null for other types. */
    static Object construct(PyType type, Object[] args, String[] kwnames) {
        if (type == BYTES_IO) {
            Object[] a = BYTES_IO_NEW.bind(args, kwnames);
            if (a[0] == null || a[0] == PyNone.NONE) {
                return PyBinaryFile.memory(new byte[0]);
            }
            byte[] data = BytesMethods.bytesOf(a[0]);
            if (data == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + Types.nameOf(a[0]) + "'");
            }
            return PyBinaryFile.memory(data);
        }
        if (type == STRING_IO) {
            Object[] a = STRING_IO_NEW.bind(args, kwnames);
            return PyStringIO.construct(new Object[] {a[0], a[1] == null ? PyStr.of("\n") : a[1]});
        }
        if (type == BUFFERED_READER || type == BUFFERED_WRITER || type == BUFFERED_RANDOM || type == FILE_IO
                || type == Types.TEXT_IO) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Krait cannot create " + type.name() + " objects directly yet; use open()");
        }
        return null;
    }
}
