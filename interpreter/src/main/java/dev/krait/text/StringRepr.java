package dev.krait.text;

/**
 * Python's {@code repr} text for {@code str} and {@code bytes} values.
 *
 * <p><b>Quotes.</b> Single quotes, unless the text contains {@code '} and no {@code "}; only the
 * chosen quote character is escaped.
 *
 * <p><b>str.</b> The Java string is read as code points: a surrogate pair is one non-BMP code
 * point and an unpaired surrogate is a lone code point (so a Python string holding two adjacent
 * surrogates, which Java cannot tell from a pair, prints as the combined character). Backslash,
 * {@code \n}, {@code \r} and {@code \t} get their short escapes; other ASCII controls and
 * {@code \x7f} become {@code \xhh}. Non-ASCII code points are kept as they are when Python
 * considers them printable, which is every code point outside the Unicode categories Cc, Cf, Cs,
 * Co, Cn, Zl, Zp and Zs (ASCII space being the one printable Zs character); the rest are written
 * as {@code \xhh}, <code>&#92;uhhhh</code> or {@code \Uhhhhhhhh}, whichever is shortest, in lower-case hex.
 *
 * <p><b>Unicode version.</b> Categories come from {@link Character#getType(int)}. Java 17 knows
 * Unicode 13.0 while Python 3.11 knows Unicode 14.0, so the 836 printable code points first
 * assigned in Unicode 14.0 (for example U+061D, U+0870..U+088E, U+1FAE0..U+1FAE7) are unassigned
 * (Cn) here and get escaped, where CPython prints them as they are. No other code point differs.
 *
 * <p><b>bytes.</b> {@code b'...'} with the same quote rule and short escapes; bytes below 0x20 or
 * from 0x7f up become {@code \xhh}.
 */
public final class StringRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StringRepr() {}

    /** Python's {@code repr(s)} for a str, e.g. {@code 'it\'s'} is written {@code "it's"}. */
    public static String repr(String s) {
        char quote = chooseQuote(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i); // an unpaired surrogate comes back as itself
            i += Character.charCount(cp);
            if (cp < 0x7f) {
                appendAscii(sb, cp, quote);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                appendHex(sb.append("\\x"), cp, 2);
            } else if (cp <= 0xffff) {
                appendHex(sb.append("\\u"), cp, 4);
            } else {
                appendHex(sb.append("\\U"), cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code repr(b)} for a bytes object, e.g. {@code b'\x00abc'}. */
    public static String repr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = chooseQuote(hasSingle, hasDouble);
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int v = x & 0xff;
            if (v < 0x7f) {
                appendAscii(sb, v, quote);
            } else {
                appendHex(sb.append("\\x"), v, 2);
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Whether Python's {@code str.isprintable()} holds for this one code point, i.e. whether
     * {@code repr} shows it unescaped (subject to the Unicode version note above).
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:              // Cc
            case Character.FORMAT:               // Cf
            case Character.SURROGATE:            // Cs
            case Character.PRIVATE_USE:          // Co
            case Character.UNASSIGNED:           // Cn
            case Character.LINE_SEPARATOR:       // Zl
            case Character.PARAGRAPH_SEPARATOR:  // Zp
            case Character.SPACE_SEPARATOR:      // Zs
                return false;
            default:
                return true;
        }
    }

    private static char chooseQuote(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    /** The ASCII part (below 0x7f) shared by str and bytes. */
    private static void appendAscii(StringBuilder sb, int c, char quote) {
        switch (c) {
            case '\\' -> sb.append("\\\\");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                if (c < 0x20) {
                    appendHex(sb.append("\\x"), c, 2);
                } else {
                    if (c == quote) {
                        sb.append('\\');
                    }
                    sb.append((char) c);
                }
            }
        }
    }

    private static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 0xf]);
        }
    }
}
