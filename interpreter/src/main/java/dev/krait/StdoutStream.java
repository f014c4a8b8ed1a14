package dev.krait;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import dev.krait.runtime.ExceptionInit;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyStr;

/**
 * A process's standard output as CPython's {@code sys.stdout} treats it when it is not a
 * terminal: block-buffered, and a write the operating system refuses becomes a Python
 * {@code OSError} in the code that wrote — a {@code BrokenPipeError} when the reader has gone
 * ({@code krait prog.py | head -1}).
 *
 * <p>The buffer holds {@value #CAPACITY} bytes, CPython's chunk size, so a program meets the
 * error after the same amount of output. As in CPython, output that could not be written
 * while the buffer overflowed is dropped (a program that catches the error and goes on does
 * not meet it again at exit), while a failed explicit {@link #flush} keeps it, to be tried
 * again by the next flush or the one at exit. Wrap it in a {@link java.io.PrintStream} that
 * does not flush automatically; the Python exceptions pass through {@code PrintStream}, which
 * only swallows {@link IOException}s.
 */
public final class StdoutStream extends OutputStream {
    static final int CAPACITY = 8192;

    /** Linux's errno for the texts Java's I/O errors carry ({@code strerror}). */
    private static final Map<String, Long> ERRNO = Map.of(
            "Input/output error", 5L, "Bad file descriptor", 9L, "File too large", 27L,
            "No space left on device", 28L, "Broken pipe", 32L, "Disk quota exceeded", 122L);

    private final OutputStream sink;
    private final byte[] buffer = new byte[CAPACITY];
    private int count;

    /** Buffers what is written before it goes to {@code sink} (e.g. a {@code FileOutputStream} on fd 1). */
    public StdoutStream(OutputStream sink) {
        this.sink = sink;
    }

    @Override
    public void write(int b) {
        if (count == CAPACITY) {
            drain(null, 0, 0);
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (count + length <= CAPACITY) {
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        } else {
            drain(bytes, offset, length);
        }
    }

    /** Writes the buffer and then {@code bytes}; on failure both are dropped and the error raised. */
    private void drain(byte[] bytes, int offset, int length) {
        int buffered = count;
        count = 0;
        try {
            sink.write(buffer, 0, buffered);
            if (length > 0) {
                sink.write(bytes, offset, length);
            }
        } catch (IOException e) {
            throw osError(e);
        }
    }

    @Override
    public void flush() {
        try {
            if (count > 0) {
                sink.write(buffer, 0, count);
                count = 0;
            }
            sink.flush();
        } catch (IOException e) {
            throw osError(e);
        }
    }

    /** Writes what is buffered, or drops it where it cannot go; never raises. */
    @Override
    public void close() {
        try {
            flush();
        } catch (PyException ignored) {
            count = 0;
        }
    }

    /** The Python exception CPython raises for {@code e}: an {@code OSError} subclass chosen by errno. */
    static PyException osError(IOException e) {
        // The builtin types first, as making an interpreter does: initialising the exception
        // types before them (a command that printed without running a program) fails.
        java.util.Objects.requireNonNull(dev.krait.runtime.Types.OBJECT);
        String text = e.getMessage() == null ? "Input/output error" : e.getMessage();
        Long errno = ERRNO.get(text);
        if (errno == null) {
            return new PyException(ExceptionInit.create(ExceptionTypes.OS_ERROR, PyStr.of(text)));
        }
        return new PyException(ExceptionInit.create(ExceptionTypes.OS_ERROR, errno, PyStr.of(text)));
    }
}
