package dev.krait.runtime;

import java.util.Arrays;

/**
 * Incremental decoding for text files: utf-8, ascii and latin-1 with the error handlers
 * {@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace} and
 * {@code surrogateescape}. Besides the text it records where in the file each decoded char
 * started, which is what {@code tell()} answers; an incomplete sequence at the end of a chunk
 * is left for the next one, as CPython's incremental decoders do.
 */
final class TextDecoder {
    private final String codec;
    private final String errors;

    /** {@code codec} is a normalized name ({@link Codecs#normalizeEncoding}). */
    TextDecoder(String codec, String errors) {
        this.codec = codec;
        this.errors = errors;
    }

    static boolean supports(String codec) {
        return codec.equals("utf-8") || codec.equals("ascii") || codec.equals("latin-1");
    }

    /** Where decoded chars started: a growable array of file offsets, one per Java char. */
    static final class Offsets {
        long[] at = new long[64];
        int size;

        void add(long offset) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = offset;
        }

        void clear() {
            size = 0;
        }

        /** Drops the first {@code n} entries. */
        void dropFirst(int n) {
            System.arraycopy(at, n, at, 0, size - n);
            size -= n;
        }
    }

    /**
     * Decodes {@code input}, whose first byte is at file offset {@code base}, appending chars to
     * {@code out} and their offsets to {@code offsets} (which may be null). Answers how many
     * bytes were used: all of them when {@code last}, else all but an incomplete final sequence.
     */
    int decode(byte[] input, long base, boolean last, StringBuilder out, Offsets offsets) {
        int i = 0;
        int n = input.length;
        while (i < n) {
            int c = input[i] & 0xff;
            if (c < 0x80 || codec.equals("latin-1")) {
                out.append((char) c);
                if (offsets != null) {
                    offsets.add(base + i);
                }
                i++;
                continue;
            }
            String reason;
            int length = 1;
            if (codec.equals("ascii")) {
                reason = "ordinal not in range(128)";
            } else {
                int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
                reason = need < 0 ? "invalid start byte" : null;
                int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                int k = 1;
                for (; reason == null && k <= need; k++) {
                    if (i + k >= n) {
                        if (!last) {
                            return i; // the rest of the sequence is in the next chunk
                        }
                        reason = "unexpected end of data";
                        break;
                    }
                    int d = input[i + k] & 0xff;
                    if (!Codecs.isContinuation(c, d, k)) {
                        reason = "invalid continuation byte";
                        break;
                    }
                    cp = (cp << 6) | (d & 0x3f);
                }
                if (reason == null) {
                    int before = out.length();
                    out.appendCodePoint(cp);
                    for (int j = before; offsets != null && j < out.length(); j++) {
                        offsets.add(base + i);
                    }
                    i += need + 1;
                    continue;
                }
                length = need < 0 ? 1 : k;
            }
            int end = reason.equals("unexpected end of data") ? n : i + length;
            handle(input, i, end, reason, base, out, offsets);
            i = end;
        }
        return n;
    }

    /** Applies the error handler to the bad bytes {@code start..end} of {@code input}. */
    private void handle(byte[] input, int start, int end, String reason, long base, StringBuilder out,
            Offsets offsets) {
        int before = out.length();
        switch (errors) {
            case "strict" -> throw Codecs.decodeError(codec, input, start, end, reason);
            case "ignore" -> { }
            case "replace" -> out.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", input[k] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    out.append((char) (0xdc00 + (input[k] & 0xff)));
                }
            }
            case "xmlcharrefreplace", "namereplace" ->
                throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            case "surrogatepass" -> throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Krait cannot decode files with errors='surrogatepass' yet");
            default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
        for (int j = before; offsets != null && j < out.length(); j++) {
            offsets.add(base + start);
        }
    }
}
