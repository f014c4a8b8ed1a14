package dev.krait.runtime;

/** Python's {@code bytes}: an immutable sequence of bytes. */
public final class PyBytes extends PyObject {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private final byte[] data;

    private PyBytes(byte[] data) {
        this.data = data;
    }

    /** Bytes that take ownership of {@code data}; the caller must not change the array. */
    public static PyBytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new PyBytes(data);
    }

    /** The contents; callers must not change the array. */
    public byte[] data() {
        return data;
    }

    public int size() {
        return data.length;
    }

    @Override
    public PyType type() {
        return Types.BYTES;
    }
}
