package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A binary stream: what {@code open(path, 'rb'/'wb'/'r+b'...)} returns
 * ({@code _io.BufferedReader}, {@code BufferedWriter}, {@code BufferedRandom}; {@code _io.FileIO}
 * with {@code buffering=0}) and {@code io.BytesIO}. The bytes live in a {@link ByteStore}.
 *
 * <p>Reads go through an 8 KiB read-ahead window, as CPython's buffered reader does. Writes go
 * straight to the store: CPython's reference counting closes (and so flushes) an unreferenced
 * file at once, which a JVM cannot know, so writing through is what keeps
 * {@code open(p, 'w').write(s)} and never-closed files behaving as they do in CPython.
 */
public final class PyBinaryFile extends PyIOBase {
    /** The Python type each kind of binary stream has. */
    enum Kind { READER, WRITER, RANDOM, RAW, MEMORY }

    static final int CHUNK = 8192;

    private final Kind kind;
    private final ByteStore store;
    private final Object name;
    private final String mode;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private long position;
    /**
     * After a write in append mode CPython's buffered position runs on from where the write
     * was asked for, until a flush (a read, seek, truncate or flush) finds the raw file at its end.
     */
    private boolean appendPending;
    private boolean closed;
    /** The read-ahead window: {@code windowLength} bytes of the store from {@code windowStart}. */
    private byte[] window = new byte[0];
    private long windowStart;
    private int windowLength;

    PyBinaryFile(Kind kind, ByteStore store, Object name, String mode, boolean readable, boolean writable,
            boolean append) {
        this.kind = kind;
        this.store = store;
        this.name = name;
        this.mode = mode;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    /** {@code io.BytesIO(initial)}: readable, writable, positioned at the start. */
    static PyBinaryFile memory(byte[] initial) {
        return new PyBinaryFile(Kind.MEMORY, new ByteStore.Memory(initial), null, null, true, true, false);
    }

    /** The operations whose refusal on a closed stream CPython words differently. */
    enum Op { READ, READ1, READLINE, READINTO, PEEK, WRITE, TRUNCATE, SEEK, FLUSH, TELL, QUERY, OTHER }

    Kind kind() {
        return kind;
    }

    /** The checks before {@code op}: direction first for reads and writes, then closed. */
    void check(Op op) {
        boolean buffered = kind == Kind.READER || kind == Kind.WRITER || kind == Kind.RANDOM;
        if (buffered && (op == Op.READ || op == Op.READ1 || op == Op.READLINE || op == Op.READINTO) && !readable) {
            throw unsupported(op == Op.READ1 ? "read1" : "read");
        }
        if (buffered && op == Op.WRITE && !writable) {
            throw unsupported("write");
        }
        if (closed) {
            throw Errors.valueError(closedMessage(op));
        }
        if (appendPending && op != Op.WRITE && op != Op.TELL && op != Op.QUERY && op != Op.OTHER) {
            appendPending = false;
            position = size();
        }
        if (kind == Kind.RAW && (op == Op.READ || op == Op.READLINE || op == Op.READINTO) && !readable) {
            throw unsupported("File not open for reading");
        }
        if (kind == Kind.RAW && (op == Op.WRITE || op == Op.TRUNCATE) && !writable) {
            throw unsupported("File not open for writing");
        }
        if (buffered && op == Op.TRUNCATE && !writable) {
            throw unsupported("truncate");
        }
    }

    private String closedMessage(Op op) {
        if (kind == Kind.MEMORY) {
            return "I/O operation on closed file.";
        }
        if (kind == Kind.RAW) {
            return op == Op.FLUSH || op == Op.OTHER ? "I/O operation on closed file." : "I/O operation on closed file";
        }
        return switch (op) {
            case READ, READ1 -> "read of closed file";
            case READLINE -> "readline of closed file";
            case READINTO -> "readinto of closed file";
            case PEEK -> "peek of closed file";
            case WRITE -> "write to closed file";
            case TRUNCATE -> "truncate of closed file";
            case SEEK -> "seek of closed file";
            case FLUSH -> writable ? "flush of closed file" : "I/O operation on closed file.";
            case TELL, QUERY -> "I/O operation on closed file";
            case OTHER -> "I/O operation on closed file.";
        };
    }

    static PyException unsupported(String message) {
        return Errors.of(IoTypes.UNSUPPORTED_OPERATION, message);
    }

    private PyException failed(IOException e) {
        return FileOpen.osError(e, name);
    }

    /** Bytes available in the read-ahead window at the position, loading the window if needed. */
    private int fill() {
        if (position >= windowStart && position < windowStart + windowLength) {
            return (int) (windowStart + windowLength - position);
        }
        if (window.length < CHUNK) {
            window = new byte[CHUNK];
        }
        try {
            windowLength = store.read(position, window, 0, CHUNK);
        } catch (IOException e) {
            throw failed(e);
        }
        windowStart = position;
        return windowLength;
    }

    private void dropWindow() {
        windowLength = 0;
    }

    /** {@code read(size)}: up to {@code size} bytes, all the rest when negative. */
    byte[] read(long size) {
        check(Op.READ);
        if (size < 0) {
            return readRest();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < size) {
            int available = fill();
            if (available == 0) {
                break;
            }
            int n = (int) Math.min(available, size - out.size());
            out.write(window, (int) (position - windowStart), n);
            position += n;
        }
        return out.toByteArray();
    }

    private byte[] readRest() {
        try {
            long remaining = store.size() - position;
            if (remaining <= 0) {
                return new byte[0];
            }
            if (remaining > Integer.MAX_VALUE - 8) {
                throw Errors.overflow("file too large to read at once");
            }
            byte[] out = new byte[(int) remaining];
            int n = store.read(position, out, 0, out.length);
            position += n;
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** {@code read1(size)}: at most one window's worth. */
    byte[] read1(long size) {
        check(Op.READ1);
        int available = fill();
        int n = size < 0 ? available : (int) Math.min(available, size);
        byte[] out = java.util.Arrays.copyOfRange(window, (int) (position - windowStart),
                (int) (position - windowStart) + n);
        position += n;
        return out;
    }

    /** {@code peek()}: the bytes ahead in the window, without moving. */
    byte[] peek() {
        check(Op.PEEK);
        int available = fill();
        int from = (int) (position - windowStart);
        return java.util.Arrays.copyOfRange(window, from, from + available);
    }

    /** {@code readline(limit)}: through the next {@code b'\n'}, at most {@code limit} bytes if not negative. */
    byte[] readline(long limit) {
        check(Op.READLINE);
        return line(limit);
    }

    private byte[] line(long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            int available = fill();
            if (available == 0) {
                break;
            }
            int from = (int) (position - windowStart);
            int max = limit < 0 ? available : (int) Math.min(available, limit - out.size());
            int n = 0;
            boolean found = false;
            while (n < max) {
                if (window[from + n++] == '\n') {
                    found = true;
                    break;
                }
            }
            out.write(window, from, n);
            position += n;
            if (found) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** {@code readlines(hint)}: lines until their total length reaches a positive hint. */
    List<Object> readlines(long hint) {
        check(Op.OTHER);
        check(Op.READLINE);
        List<Object> lines = new ArrayList<>();
        long total = 0;
        for (byte[] line = line(-1); line.length > 0; line = line(-1)) {
            lines.add(PyBytes.wrap(line));
            total += line.length;
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return lines;
    }

    @Override
    Object nextLine() {
        check(Op.READLINE);
        byte[] line = line(-1);
        return line.length == 0 ? null : PyBytes.wrap(line);
    }

    /** {@code readinto(b)}: fills the bytearray from the stream, answers the count. */
    long readinto(PyByteArray target) {
        check(Op.READINTO);
        byte[] data = read(target.size());
        System.arraycopy(data, 0, target.data(), 0, data.length);
        return data.length;
    }

    /** {@code write(b)}: the count written (all of it). */
    long write(byte[] data) {
        check(Op.WRITE);
        try {
            store.write(append ? store.size() : position, data, 0, data.length);
        } catch (IOException e) {
            throw failed(e);
        }
        position += data.length;
        if (append && kind == Kind.RAW) {
            position = size(); // O_APPEND: the raw file stands at its end
        } else {
            appendPending = append;
        }
        dropWindow();
        return data.length;
    }

    /** {@code seek(offset, whence)}: the new absolute position. */
    long seek(long offset, long whence) {
        check(Op.SEEK);
        long base;
        try {
            if (whence == 0) {
                base = 0;
            } else if (whence == 1) {
                base = position;
            } else if (whence == 2) {
                base = store.size();
            } else if ((whence == 3 || whence == 4) && kind != Kind.MEMORY) {
                return seekDataOrHole(offset, whence == 4);
            } else {
                throw Errors.valueError(kind == Kind.MEMORY
                        ? "invalid whence (" + whence + ", should be 0, 1 or 2)"
                        : "whence value " + whence + " unsupported");
            }
        } catch (IOException e) {
            throw failed(e);
        }
        if (kind == Kind.MEMORY && offset < 0 && whence == 0) {
            throw Errors.valueError("negative seek value " + offset);
        }
        long target = base + offset;
        if (target < 0) {
            if (kind == Kind.MEMORY) {
                target = 0; // BytesIO clamps relative seeks before the start
            } else {
                throw new PyException(ExceptionInit.create(ExceptionTypes.OS_ERROR, 22L, PyStr.of("Invalid argument")));
            }
        }
        position = target;
        return position;
    }

    /** Linux's SEEK_DATA/SEEK_HOLE on a file without holes: data up to the end, one hole after it. */
    private long seekDataOrHole(long offset, boolean hole) throws IOException {
        long size = store.size();
        if (offset < 0 || offset >= size) {
            throw new PyException(ExceptionInit.create(ExceptionTypes.OS_ERROR, offset < 0 ? 22L : 6L,
                    PyStr.of(offset < 0 ? "Invalid argument" : "No such device or address")));
        }
        position = hole ? size : offset;
        return position;
    }

    long tell() {
        check(Op.TELL);
        return position;
    }

    /** {@code truncate(size)}: cuts the stream at {@code size} (the position when null), which stays put. */
    long truncate(Long size) {
        check(Op.TRUNCATE);
        long at = size == null ? position : size;
        if (at < 0) {
            if (kind == Kind.MEMORY) {
                throw Errors.valueError("negative size value " + at);
            }
            throw new PyException(ExceptionInit.create(ExceptionTypes.OS_ERROR, 22L, PyStr.of("Invalid argument")));
        }
        try {
            store.truncate(at);
        } catch (IOException e) {
            throw failed(e);
        }
        dropWindow();
        return at;
    }

    void flush() {
        check(Op.FLUSH);
    }

    void close() {
        if (!closed) {
            closed = true;
            try {
                store.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    /** {@code readable()}; a writer answers False even when closed, as CPython's does. */
    boolean readable() {
        if (kind == Kind.WRITER) {
            return false;
        }
        check(Op.QUERY);
        return readable;
    }

    boolean writable() {
        if (kind == Kind.READER) {
            return false;
        }
        check(Op.QUERY);
        return writable;
    }

    /** {@code BytesIO.getvalue()}. */
    byte[] getvalue() {
        check(Op.OTHER);
        return ((ByteStore.Memory) store).contents();
    }

    long size() {
        try {
            return store.size();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    void checkIterable() {
        if (kind != Kind.MEMORY) { // BytesIO.__iter__ does not look
            super.checkIterable();
        }
    }

    Object name() {
        return name;
    }

    String mode() {
        return mode;
    }

    boolean isReadable() {
        return readable;
    }

    boolean isWritable() {
        return writable;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case READER -> IoTypes.BUFFERED_READER;
            case WRITER -> IoTypes.BUFFERED_WRITER;
            case RANDOM -> IoTypes.BUFFERED_RANDOM;
            case RAW -> IoTypes.FILE_IO;
            case MEMORY -> IoTypes.BYTES_IO;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MEMORY -> "<_io.BytesIO object at " + address() + ">";
            case RAW -> closed ? "<_io.FileIO [closed]>"
                    : "<_io.FileIO name=" + Ops.repr(name) + " mode='" + mode + "' closefd=True>";
            default -> "<" + type().name() + " name=" + Ops.repr(name) + ">";
        };
    }
}
