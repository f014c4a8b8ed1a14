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
            int simple = simpleEscape(e);
            if (simple >= 0) {
                out.append((char) simple);
            } else if (e == '\n') {
                continue; // a backslash-newline joins the lines
            } else if (isOctal(e)) {
                int end = octalEnd(body, i - 1);
                out.append((char) Integer.parseInt(body.substring(i - 1, end), 8));
                i = end;
            } else if (e == 'x' || e == 'u' || e == 'U') {
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                        : "truncated \\UXXXXXXXX escape";
                int cp = hex(body, i, digits, start, what);
                if (cp > 0x10FFFF) {
                    throw error(start, i + digits - 1, "illegal Unicode character");
                }
                out.appendCodePoint(cp);
                i += digits;
            } else if (e == 'N') {
                int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                if (close < 0) {
                    throw error(start, n - 1, "malformed \\N character escape");
                }
                int cp = lookupName(body.substring(i + 1, close));
                if (cp < 0) {
                    throw error(start, close, "unknown Unicode character name");
                }
                out.appendCodePoint(cp);
                i = close + 1;
            } else {
                out.append('\\').append(e);
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
            int simple = simpleEscape(e);
            if (simple >= 0) {
                out.write(simple);
            } else if (e == '\n') {
                continue;
            } else if (isOctal(e)) {
                int end = octalEnd(body, i - 1);
                out.write(Integer.parseInt(body.substring(i - 1, end), 8) & 0xFF);
                i = end;
            } else if (e == 'x') {
                if (i + 2 > n || Character.digit(body.charAt(i), 16) < 0 || Character.digit(body.charAt(i + 1), 16) < 0) {
                    throw new EscapeError("(value error) invalid \\x escape at position " + start);
                }
                out.write(Integer.parseInt(body.substring(i, i + 2), 16));
                i += 2;
            } else {
                out.write('\\');
                out.write(e);
            }
        }
        return out.toByteArray();
    }

    /** The value of a one-character escape such as {@code \\n}, or -1. */
    private static int simpleEscape(char e) {
        return switch (e) {
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> -1;
        };
    }

    /** The end of an octal escape's digits (one to three) starting at {@code from}. */
    private static int octalEnd(String body, int from) {
        int end = from + 1;
        while (end < body.length() && end < from + 3 && isOctal(body.charAt(end))) {
            end++;
        }
        return end;
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
