package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import dev.krait.text.StringRepr;

import static dev.krait.runtime.BytesMethods.*;

import static dev.krait.runtime.ByteArrayMethods.*;

/** Text encodings for {@code str.encode} and {@code bytes.decode}: utf-8/16/32, ascii, latin-1, with CPython's error handlers and messages. */
final class Codecs {
    private Codecs() {}

    static String normalizeEncoding(String e) {
        String n = e.toLowerCase().replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf" -> "utf-8";
            case "ascii", "us_ascii", "646" -> "ascii";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "l1", "latin", "cp819" -> "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + e);
        };
    }

    static byte[] encode(String s, String encoding, String errors) {
        String enc = normalizeEncoding(encoding);
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            byte[] body = s.getBytes(java.nio.charset.Charset.forName(wide(enc)));
            if (enc.length() == 6) {
                byte[] bom = enc.equals("utf-16") ? new byte[] {(byte) 0xff, (byte) 0xfe}
                        : new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
                return concat(bom, body);
            }
            return body;
        }
        if (enc.equals("utf-8")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1)))) {
                    if (errors.equals("ignore")) {
                        continue;
                    }
                    if (errors.equals("replace")) {
                        out.write('?');
                        continue;
                    }
                    int position = s.codePointCount(0, i);
                    throw encodeError("utf-8", s, position, position + 1, "surrogates not allowed");
                }
                int cp = s.codePointAt(i);
                if (cp > 0xffff) {
                    i++;
                }
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }
        int limit = enc.equals("ascii") ? 128 : 256;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        for (int i = 0; i < s.length(); pos++) {
            int cp = s.codePointAt(i);
            int start = pos;
            i += Character.charCount(cp);
            if (cp < limit) {
                out.write(cp);
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.write('?');
                case "backslashreplace" -> out.writeBytes(escape(cp).getBytes(StandardCharsets.ISO_8859_1));
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.ISO_8859_1));
                default -> {
                    int end = start + 1;
                    int j = i;
                    while (j < s.length() && s.codePointAt(j) >= limit) {
                        j += Character.charCount(s.codePointAt(j));
                        end++;
                    }
                    throw encodeError(limit == 128 ? "ascii" : "latin-1", s, start, end,
                            "ordinal not in range(" + limit + ")");
                }
            }
        }
        return out.toByteArray();
    }

    static String wide(String enc) {
        return switch (enc) {
            case "utf-16", "utf-16-le" -> "UTF-16LE";
            case "utf-16-be" -> "UTF-16BE";
            case "utf-32", "utf-32-le" -> "UTF-32LE";
            default -> "UTF-32BE";
        };
    }

    static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    /** A UnicodeEncodeError for the code points {@code start} to {@code end} (exclusive) of {@code s}. */
    static PyException encodeError(String encoding, String s, int start, int end, String reason) {
        return new PyException(ExceptionInit.create(ExceptionTypes.UNICODE_ENCODE_ERROR, PyStr.of(encoding),
                PyStr.of(s), (long) start, (long) end, PyStr.of(reason)));
    }

    /** A UnicodeDecodeError for the bytes {@code start} to {@code end} (exclusive) of {@code b}. */
    static PyException decodeError(String encoding, byte[] b, int start, int end, String reason) {
        return new PyException(ExceptionInit.create(ExceptionTypes.UNICODE_DECODE_ERROR, PyStr.of(encoding),
                PyBytes.wrap(b.clone()), (long) start, (long) end, PyStr.of(reason)));
    }

    static String decode(byte[] b, String encoding, String errors) {
        if (b.length == 0) {
            return ""; // CPython answers before looking the codec up
        }
        String enc = normalizeEncoding(encoding);
        if (enc.equals("latin-1")) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            String cs = wide(enc);
            int unit = enc.startsWith("utf-16") ? 2 : 4;
            int skip = 0;
            if (enc.length() == 6 && b.length >= unit) {
                boolean le = (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe;
                boolean be = unit == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                        : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff;
                if (be) {
                    cs = unit == 2 ? "UTF-16BE" : "UTF-32BE";
                }
                skip = le || be ? unit : 0;
            }
            if ((b.length - skip) % unit != 0 && errors.equals("strict")) {
                throw decodeError(enc.replace('-', '_').replace("utf_", "utf-"), b, b.length - 1, b.length,
                        "truncated data");
            }
            return new String(b, skip, b.length - skip, java.nio.charset.Charset.forName(cs));
        }
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            String reason;
            int len = 1;
            if (enc.equals("ascii")) {
                reason = "ordinal not in range(128)";
            } else {
                int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
                if (need < 0) {
                    reason = "invalid start byte";
                } else {
                    int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                    int k = 1;
                    reason = null;
                    for (; k <= need; k++) {
                        if (i + k >= b.length) {
                            reason = "unexpected end of data";
                            break;
                        }
                        int d = b[i + k] & 0xff;
                        if (!isContinuation(c, d, k)) {
                            reason = "invalid continuation byte";
                            break;
                        }
                        cp = (cp << 6) | (d & 0x3f);
                    }
                    if (reason == null) {
                        out.appendCodePoint(cp);
                        i += need + 1;
                        continue;
                    }
                    len = k;
                }
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = 0; k < len; k++) {
                        out.append(String.format("\\x%02x", b[i + k] & 0xff));
                    }
                }
                default -> {
                    int end = reason.equals("unexpected end of data") && b.length - i > 1 ? b.length : i + len;
                    throw decodeError(enc, b, i, end, reason);
                }
            }
            i += len;
        }
        return out.toString();
    }

    /**
     * Whether {@code d} may be byte {@code k} (1-based) after UTF-8 lead byte {@code lead}:
     * a continuation byte, and for the second byte none that makes an overlong form, a
     * surrogate or a code point past U+10FFFF.
     */
    static boolean isContinuation(int lead, int d, int k) {
        boolean ok = d >= 0x80 && d <= 0xbf;
        if (k == 1) {
            ok = ok && !(lead == 0xe0 && d < 0xa0) && !(lead == 0xed && d > 0x9f)
                    && !(lead == 0xf0 && d < 0x90) && !(lead == 0xf4 && d > 0x8f);
        }
        return ok;
    }
}
