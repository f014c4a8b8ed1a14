package dev.krait.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StringRepr} against CPython 3.11: every expected string was printed by
 * {@code /usr/bin/python3.11}. Non-ASCII text is written with Java escapes so the file is ASCII;
 * none of the characters used changed category between Unicode 13 (Java 17) and 14 (Python).
 */
class StringReprTest {

    static Stream<Arguments> strings() {
        String[][] cases = {
            // description, Java string, Python repr
            {"empty", "", "''"},
            {"plain", "hello", "'hello'"},
            {"space", " ", "' '"},
            {"single quote", "it's", "\"it's\""},
            {"double quote", "say \"hi\"", "'say \"hi\"'"},
            {"both quotes", "it's \"x\"", "'it\\'s \"x\"'"},
            {"only single quotes", "'''", "\"'''\""},
            {"backslash", "a\\b", "'a\\\\b'"},
            {"backslash before quote", "\\'", "\"\\\\'\""},
            {"backslash quote both", "\\'\"", "'\\\\\\'\"'"},
            {"newline tab cr", "a\nb\tc\rd", "'a\\nb\\tc\\rd'"},
            {"nul", "\000", "'\\x00'"},
            {"bell esc", "\007\033", "'\\x07\\x1b'"},
            {"unit separator", "\037", "'\\x1f'"},
            {"del", "\177", "'\\x7f'"},
            {"C1 controls",
                "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a" +
                "\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095" +
                "\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f",
                "'\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c" +
                "\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a" +
                "\\x9b\\x9c\\x9d\\x9e\\x9f'"},
            {"nbsp", "\u00a0", "'\\xa0'"},
            {"latin-1 printable", "\u00a1\u00bf\u00d7\u00ff", "'\u00a1\u00bf\u00d7\u00ff'"},
            {"soft hyphen (Cf)", "\u00ad", "'\\xad'"},
            {"e acute", "caf\u00e9", "'caf\u00e9'"},
            {"CJK", "\u4e2d\u6587", "'\u4e2d\u6587'"},
            {"Greek", "\u03b1\u03b2\u03b3", "'\u03b1\u03b2\u03b3'"},
            {"emoji (non-BMP)", "\ud83d\ude00", "'\ud83d\ude00'"},
            {"emoji with text", "ok \ud83d\udc4d!", "'ok \ud83d\udc4d!'"},
            {"math bold (non-BMP Lu)", "\ud835\udc00", "'\ud835\udc00'"},
            {"line separator (Zl)", "\u2028", "'\\u2028'"},
            {"paragraph separator (Zp)", "\u2029", "'\\u2029'"},
            {"ideographic space (Zs)", "\u3000", "'\\u3000'"},
            {"en quad (Zs)", "\u2000", "'\\u2000'"},
            {"zero width space (Cf)", "\u200b", "'\\u200b'"},
            {"BOM (Cf)", "\ufeff", "'\\ufeff'"},
            {"RTL mark (Cf)", "\u200f", "'\\u200f'"},
            {"lone high surrogate", "\ud800", "'\\ud800'"},
            {"lone low surrogate", "\udfff", "'\\udfff'"},
            {"lone surrogate in text", "a\udc80b", "'a\\udc80b'"},
            {"private use", "\ue000", "'\\ue000'"},
            {"private use plane 15", "\udb80\udc00", "'\\U000f0000'"},
            {"unassigned U+0378", "\u0378", "'\\u0378'"},
            {"unassigned plane 3", "\ud8bf\udffd", "'\\U0003fffd'"},
            {"noncharacter U+FFFF", "\uffff", "'\\uffff'"},
            {"noncharacter U+10FFFF", "\udbff\udfff", "'\\U0010ffff'"},
            {"tag character (Cf)", "\udb40\udc41", "'\\U000e0041'"},
            {"combining acute (Mn)", "e\u0301", "'e\u0301'"},
            {"replacement char", "\ufffd", "'\ufffd'"},
            {"ogham space mark (Zs)", "\u1680", "'\\u1680'"},
            {"arabic number sign (Cf)", "\u0600", "'\\u0600'"},
            {"mixed",
                "x='\\n'\t\"\u00e9\ud83d\ude00\000",
                "'x=\\'\\\\n\\'\\t\"\u00e9\ud83d\ude00\\x00'"},
        };
        return Stream.of(cases).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strings")
    void str(String description, String value, String expected) {
        assertEquals(expected, StringRepr.repr(value));
    }

    static Stream<Arguments> bytes() {
        String[][] cases = {
            // bytes as ISO-8859-1 text, Python repr
            {"", "b''"},
            {"abc", "b'abc'"},
            {"it's", "b\"it's\""},
            {"say \"hi\"", "b'say \"hi\"'"},
            {"it's \"x\"", "b'it\\'s \"x\"'"},
            {"\\'", "b\"\\\\'\""},
            {"\000\177\u0080\u00ff", "b'\\x00\\x7f\\x80\\xff'"},
        };
        return Stream.of(cases).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bytes")
    void bytes(String latin1, String expected) {
        assertEquals(expected, StringRepr.repr(latin1.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void allByteValues() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertEquals(
            "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r" +
                "\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b" +
                "\\x1c\\x1d\\x1e\\x1f !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMN" +
                "OPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\x7f\\x80\\x81" +
                "\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f" +
                "\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d" +
                "\\x9e\\x9f\\xa0\\xa1\\xa2\\xa3\\xa4\\xa5\\xa6\\xa7\\xa8\\xa9\\xaa\\xab" +
                "\\xac\\xad\\xae\\xaf\\xb0\\xb1\\xb2\\xb3\\xb4\\xb5\\xb6\\xb7\\xb8\\xb9" +
                "\\xba\\xbb\\xbc\\xbd\\xbe\\xbf\\xc0\\xc1\\xc2\\xc3\\xc4\\xc5\\xc6\\xc7" +
                "\\xc8\\xc9\\xca\\xcb\\xcc\\xcd\\xce\\xcf\\xd0\\xd1\\xd2\\xd3\\xd4\\xd5" +
                "\\xd6\\xd7\\xd8\\xd9\\xda\\xdb\\xdc\\xdd\\xde\\xdf\\xe0\\xe1\\xe2\\xe3" +
                "\\xe4\\xe5\\xe6\\xe7\\xe8\\xe9\\xea\\xeb\\xec\\xed\\xee\\xef\\xf0\\xf1" +
                "\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc\\xfd\\xfe\\xff" +
                "'",
            StringRepr.repr(all));
    }

    @Test
    void printable() {
        assertTrue(StringRepr.isPrintable(' '));
        assertTrue(StringRepr.isPrintable('a'));
        assertTrue(StringRepr.isPrintable(0xe9));
        assertTrue(StringRepr.isPrintable(0x1F600));
        assertFalse(StringRepr.isPrintable('\n'));
        assertFalse(StringRepr.isPrintable(0x7f));
        assertFalse(StringRepr.isPrintable(0xa0));     // NO-BREAK SPACE is Zs
        assertFalse(StringRepr.isPrintable(0xad));     // SOFT HYPHEN is Cf
        assertFalse(StringRepr.isPrintable(0xd800));   // Cs
        assertFalse(StringRepr.isPrintable(0xe000));   // Co
        assertFalse(StringRepr.isPrintable(0x378));    // Cn
        assertFalse(StringRepr.isPrintable(0x10FFFF)); // Cn (noncharacter)
    }
}
