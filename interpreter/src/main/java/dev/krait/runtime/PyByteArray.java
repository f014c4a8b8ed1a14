package dev.krait.runtime;

import java.util.Arrays;

/**
 * Python's {@code bytearray}: a mutable sequence of bytes. Appends grow a spare-capacity
 * buffer (amortised O(1)); {@link #data()} trims it to the exact contents first.
 */
public final class PyByteArray extends PyObject {
    private byte[] data;
    private int size;

    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    /**
     * The current contents, exactly {@link #size()} long. Not a copy: writing an element
     * writes the bytearray; mutations that change the size replace the array.
     */
    public byte[] data() {
        if (data.length != size) {
            data = Arrays.copyOf(data, size);
        }
        return data;
    }

    void setData(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    public int size() {
        return size;
    }

    void append(byte b) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(16, size * 2));
        }
        data[size++] = b;
    }

    void extend(byte[] more) {
        if (size + more.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + more.length, size * 2));
        }
        System.arraycopy(more, 0, data, size, more.length);
        size += more.length;
    }

    @Override
    public PyType type() {
        return Types.BYTEARRAY;
    }
}
