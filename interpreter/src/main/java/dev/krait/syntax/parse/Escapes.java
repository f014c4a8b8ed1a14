package dev.krait.syntax.parse;

import java.io.ByteArrayOutputStream;

/**
 * Decodes backslash escapes in string and bytes literals, as CPython's
 * {@code unicode_escape} decoding does. Unknown escapes such as {@code \d} are kept
 * with their backslash (CPython 3.11 only warns about them).
 */
final class Escapes {
    private Escapes() {}

    /** Thrown with CPython's "(unicode error) ..." message text. */
    static final class EscapeError extends RuntimeException {
        EscapeError(String message) {
            super(message, null, false, false);
        }
    }

    static String decodeStr(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(body.charAt(i)); k++, i++) {
                        value = value * 8 + body.charAt(i) - '0';
                    }
                    out.append((char) value);
                }
                case 'x' -> {
                    out.appendCodePoint(hex(body, i, 2, start, "truncated \\xXX escape"));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(hex(body, i, 4, start, "truncated \\uXXXX escape"));
                    i += 4;
                }
                case 'U' -> {
                    int cp = hex(body, i, 8, start, "truncated \\UXXXXXXXX escape");
                    if (cp > 0x10FFFF) {
                        throw error(start, i + 7, "illegal Unicode character");
                    }
                    out.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> {
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw error(start, n - 1, "malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int cp = lookupName(name);
                    if (cp < 0) {
                        throw error(start, close, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    /** Decodes a bytes literal body; the caller has checked that it is ASCII. */
    static byte[] decodeBytes(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(body.charAt(i)); k++, i++) {
                        value = value * 8 + body.charAt(i) - '0';
                    }
                    out.write(value & 0xFF);
                }
                case 'x' -> {
                    if (i + 2 > n || Character.digit(body.charAt(i), 16) < 0 || Character.digit(body.charAt(i + 1), 16) < 0) {
                        throw new EscapeError("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(Integer.parseInt(body.substring(i, i + 2), 16));
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hex(String body, int from, int digits, int escapeStart, String what) {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = from + k < body.length() ? Character.digit(body.charAt(from + k), 16) : -1;
            if (d < 0) {
                throw error(escapeStart, from + k - 1, what);
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static EscapeError error(int start, int end, String what) {
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + Math.max(start, end) + ": " + what);
    }

    private static int lookupName(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
