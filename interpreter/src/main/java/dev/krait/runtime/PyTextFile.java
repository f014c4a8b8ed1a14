package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A text stream over a binary file: what {@code open()} returns in text mode
 * ({@code _io.TextIOWrapper}). Reading decodes the file a chunk (8 KiB) at a time, as
 * CPython does, translating newlines per {@code newline}; {@link TextDecoder} records where each
 * decoded char started, which {@code tell()} answers. Writing translates {@code \n}, encodes and
 * hands the bytes to the {@link PyBinaryFile} underneath (reachable as {@code f.buffer}).
 */
public final class PyTextFile extends PyIOBase {
    private static final int SEEN_LF = 1;
    private static final int SEEN_CR = 2;
    private static final int SEEN_CRLF = 4;

    private final PyBinaryFile buffer;
    private final String mode;
    private final String encoding;
    private final String codec;
    private final String errors;
    /** null: universal newlines; otherwise "", "\n", "\r" or "\r\n". */
    private final String newline;
    private final boolean lineBuffering;
    private final TextDecoder decoder;
    /** Decoded chars not yet returned start at {@code decodedPos}. */
    private final StringBuilder decoded = new StringBuilder();
    private final TextDecoder.Offsets offsets = new TextDecoder.Offsets();
    private int decodedPos;
    /** Bytes read from the buffer but not decoded yet (an incomplete sequence, a held-back \r). */
    private byte[] pending = new byte[0];
    private int seen;
    /** False while a for loop iterates the file: CPython refuses tell() then. */
    private boolean telling = true;

    PyTextFile(PyBinaryFile buffer, String mode, String encoding, String codec, String errors, String newline,
            boolean lineBuffering) {
        this.buffer = buffer;
        this.mode = mode;
        this.encoding = encoding;
        this.codec = codec;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        this.decoder = new TextDecoder(codec, errors);
    }

    private void checkClosed() {
        if (buffer.isClosed()) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkClosed();
        if (!buffer.isReadable()) {
            throw PyBinaryFile.unsupported("not readable");
        }
    }

    // ---- reading ----

    /** Reads and decodes the next chunk; false at the end of the file. */
    private boolean readChunk() {
        if (decodedPos > 0) {
            decoded.delete(0, decodedPos);
            offsets.dropFirst(decodedPos);
            decodedPos = 0;
        }
        byte[] chunk = buffer.read(PyBinaryFile.CHUNK);
        boolean last = chunk.length == 0;
        if (last && pending.length == 0) {
            return false;
        }
        decodeInto(join(pending, chunk), buffer.tell() - pending.length - chunk.length, last, true);
        return !last;
    }

    private static byte[] join(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Decodes {@code input} (file offset {@code base}) onto the decoded chars, newlines handled. */
    private void decodeInto(byte[] input, long base, boolean last, boolean track) {
        StringBuilder raw = new StringBuilder();
        TextDecoder.Offsets rawOffsets = track ? new TextDecoder.Offsets() : null;
        int used = decoder.decode(input, base, last, raw, rawOffsets);
        int end = raw.length();
        boolean holdCr = !last && end > 0 && raw.charAt(end - 1) == '\r'
                && (newline == null || newline.isEmpty() || newline.equals("\r\n"));
        if (holdCr) {
            end--; // a \n may follow in the next chunk
            used = (int) ((track ? rawOffsets.at[end] : base + used - 1) - base);
        }
        pending = java.util.Arrays.copyOfRange(input, used, input.length);
        boolean universal = newline == null || newline.isEmpty();
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            long at = track ? rawOffsets.at[i] : 0;
            if (universal && c == '\r') {
                boolean crlf = i + 1 < end && raw.charAt(i + 1) == '\n';
                seen |= crlf ? SEEN_CRLF : SEEN_CR;
                if (newline == null) {
                    c = '\n';
                } else if (crlf) {
                    decoded.append('\r'); // newline='': kept as is, and its \n is no line end of its own
                    if (track) {
                        offsets.add(at);
                    }
                    c = '\n';
                    at = track ? rawOffsets.at[i + 1] : 0;
                }
                i += crlf ? 1 : 0;
            } else if (universal && c == '\n') {
                seen |= SEEN_LF;
            }
            decoded.append(c);
            if (track) {
                offsets.add(at);
            }
        }
    }

    /** {@code read(size)}: {@code size} characters, all the rest when negative. */
    String read(long size) {
        checkReadable();
        if (size < 0) {
            String head = decoded.substring(decodedPos);
            decoded.setLength(0);
            offsets.clear();
            decodedPos = 0;
            byte[] rest = buffer.read(-1);
            long base = buffer.tell() - pending.length - rest.length;
            decodeInto(join(pending, rest), base, true, false);
            String all = head + decoded;
            decoded.setLength(0);
            return all;
        }
        while (decoded.codePointCount(decodedPos, decoded.length()) < size && readChunk()) {
            // keep reading
        }
        return take(size);
    }

    /** Removes up to {@code count} code points from the decoded chars. */
    private String take(long count) {
        int end = decodedPos;
        for (long k = 0; k < count && end < decoded.length(); k++) {
            end += Character.isHighSurrogate(decoded.charAt(end)) && end + 1 < decoded.length() ? 2 : 1;
        }
        return takeTo(end);
    }

    private String takeTo(int end) {
        String r = decoded.substring(decodedPos, end);
        decodedPos = end;
        return r;
    }

    /** {@code readline(limit)}: through the next line end, at most {@code limit} characters if not negative. */
    String readline(long limit) {
        checkReadable();
        return line(limit);
    }

    private String line(long limit) {
        int scanned = 0; // chars after decodedPos known to hold no line end
        while (true) {
            int end = lineEnd(decodedPos + scanned);
            if (end >= 0) {
                String line = takeTo(end);
                if (limit >= 0 && line.codePointCount(0, line.length()) > limit) {
                    decodedPos -= line.length();
                    return take(limit);
                }
                return line;
            }
            if (limit >= 0 && decoded.codePointCount(decodedPos, decoded.length()) >= limit) {
                return take(limit);
            }
            scanned = decoded.length() - decodedPos;
            if (!readChunk()) {
                return takeTo(decoded.length());
            }
        }
    }

    /** The index just past the first line end at or after {@code from}, or -1. */
    private int lineEnd(int from) {
        if (newline == null || newline.equals("\n")) {
            int i = decoded.indexOf("\n", from);
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r") || newline.equals("\r\n")) {
            int i = decoded.indexOf(newline, from);
            return i < 0 ? -1 : i + newline.length();
        }
        for (int i = from; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                // A \r last in the chars was not held back, so the file ends there.
                return i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** {@code readlines(hint)}: lines until their total length reaches a positive hint. */
    List<Object> readlines(long hint) {
        checkReadable();
        List<Object> lines = new ArrayList<>();
        long total = 0;
        for (String line = line(-1); !line.isEmpty(); line = line(-1)) {
            lines.add(PyStr.of(line));
            total += line.codePointCount(0, line.length());
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return lines;
    }

    @Override
    Object nextLine() {
        checkReadable();
        telling = false;
        String line = line(-1);
        if (line.isEmpty()) {
            telling = true;
            return null;
        }
        return PyStr.of(line);
    }

    // ---- writing and positioning ----

    /** {@code write(s)}: the number of characters written. */
    long write(String s) {
        checkClosed();
        if (!buffer.isWritable()) {
            throw PyBinaryFile.unsupported("not writable");
        }
        String text = s;
        if (newline != null && newline.length() > 0 && !newline.equals("\n") && text.indexOf('\n') >= 0) {
            text = text.replace("\n", newline);
        }
        byte[] bytes = encode(text);
        // CPython forgets what it read ahead: the bytes go where the buffer stands.
        dropDecoded();
        buffer.write(bytes);
        return s.codePointCount(0, s.length());
    }

    private byte[] encode(String text) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace" -> {
                return Codecs.encode(text, codec, errors);
            }
            default -> {
                try {
                    return Codecs.encode(text, codec, "strict");
                } catch (PyException e) {
                    if (!e.value().type().isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)) {
                        throw e;
                    }
                    if (errors.equals("surrogateescape") || errors.equals("namereplace")
                            || errors.equals("surrogatepass")) {
                        throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                                "Krait cannot encode files with errors='" + errors + "' yet");
                    }
                    throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
                }
            }
        }
    }

    private void dropDecoded() {
        decoded.setLength(0);
        offsets.clear();
        decodedPos = 0;
        pending = new byte[0];
    }

    /** {@code tell()}: the file offset of the next character to read. */
    long tell() {
        checkClosed();
        if (!telling) {
            throw Errors.of(ExceptionTypes.OS_ERROR, "telling position disabled by next() call");
        }
        buffer.flush();
        if (decodedPos < decoded.length()) {
            return offsets.at[decodedPos];
        }
        return buffer.tell() - pending.length;
    }

    /** {@code seek(cookie, whence)}: only absolute positions, or 0 from the current position or the end. */
    long seek(long cookie, long whence) {
        checkClosed();
        if (whence == 1) {
            if (cookie != 0) {
                throw PyBinaryFile.unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = tell();
        } else if (whence == 2) {
            if (cookie != 0) {
                throw PyBinaryFile.unsupported("can't do nonzero end-relative seeks");
            }
            dropDecoded();
            return buffer.seek(0, 2);
        } else if (whence != 0) {
            throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (cookie < 0) {
            throw Errors.valueError("negative seek position " + cookie);
        }
        dropDecoded();
        buffer.seek(cookie, 0);
        return cookie;
    }

    /** {@code truncate(size)}: the buffer's, at its own position when size is None. */
    long truncate(Long size) {
        checkClosed();
        return buffer.truncate(size);
    }

    void flush() {
        checkClosed();
        buffer.flush();
    }

    void close() {
        buffer.close();
    }

    @Override
    public boolean isClosed() {
        return buffer.isClosed();
    }

    boolean readable() {
        return buffer.readable();
    }

    boolean writable() {
        return buffer.writable();
    }

    PyBinaryFile buffer() {
        return buffer;
    }

    String mode() {
        return mode;
    }

    String encoding() {
        return encoding;
    }

    String errors() {
        return errors;
    }

    boolean lineBuffering() {
        return lineBuffering;
    }

    /** {@code f.newlines}: the kinds of line end read so far (universal modes only). */
    Object newlines() {
        List<Object> kinds = new ArrayList<>();
        if ((seen & SEEN_CR) != 0) {
            kinds.add(PyStr.of("\r"));
        }
        if ((seen & SEEN_LF) != 0) {
            kinds.add(PyStr.of("\n"));
        }
        if ((seen & SEEN_CRLF) != 0) {
            kinds.add(PyStr.of("\r\n"));
        }
        return kinds.isEmpty() ? PyNone.NONE : kinds.size() == 1 ? kinds.get(0) : PyTuple.wrap(kinds.toArray());
    }

    @Override
    public PyType type() {
        return Types.TEXT_IO;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name=" + Ops.repr(buffer.name()) + " mode=" + Ops.repr(PyStr.of(mode))
                + " encoding=" + Ops.repr(PyStr.of(encoding)) + ">";
    }
}
