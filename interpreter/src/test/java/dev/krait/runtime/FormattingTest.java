package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Formatting}: the format-spec mini-language and printf-style {@code %}; each expected
 * value is the repr of CPython 3.11's result, or its exception as {@code "Type: message"}.
 */
class FormattingTest {
    private static String outcome(java.util.function.Supplier<Object> f) {
        try {
            return Ops.repr(f.get());
        } catch (PyException e) {
            return e.value().type().name() + ": " + e.value().message();
        }
    }

    private static void format(String expected, Object value, String spec) {
        assertEquals(expected, outcome(() -> PyStr.of(Formatting.format(value, spec))),
                "format(" + Ops.repr(value) + ", '" + spec + "')");
    }

    private static void percent(String expected, String format, Object args) {
        assertEquals(expected, outcome(() -> Formatting.percentFormat(PyStr.of(format), args)),
                format + " % " + Ops.repr(args));
    }

    @Test
    void matchesCPython() {
    // format(value, spec), generated from python3.11
        format("'00,001,234'", 1234L, "010,");
        format("'0,001,234'", 1234L, "09,");
        format("'0,001,234'", 1234L, "08,");
        format("'-0,001,234'", -1234L, "010,");
        format("'bc_614e'", 12345678L, "_x");
        format("'0x000000ff'", 255L, "#010x");
        format("'+5'", 5L, "+d");
        format("' 5'", 5L, " d");
        format("'0000001.50'", 1.5, "010.2f");
        format("'0.0'", -0.0, "z.1f");
        format("'0.00'", -0.0001, "z.2f");
        format("'0000000inf'", Double.POSITIVE_INFINITY, "010f");
        format("'-inf'", -Double.POSITIVE_INFINITY, "+");
        format("'1e+16'", 1e+16, "");
        format("'1.0'", 1.0, ".3");
        format("'1.23e+05'", 123456.0, ".3");
        format("'1e-05'", 1e-05, "");
        format("'1e-05'", 1e-05, ".2");
        format("'1e-05'", 1e-05, "g");
        format("'1e+22'", 1e+22, "g");
        format("'100.000'", 100.0, "#g");
        format("'1.'", 1.0, "#.0f");
        format("'1.e+00'", 1.0, "#.0e");
        format("'0'", 0.5, ".0f");
        format("'2'", 1.5, ".0f");
        format("'2'", 2.5, ".0f");
        format("'1.2'", 1.25, ".1f");
        format("'1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000'", 1e+300, "f");
        format("'1234.57'", 1234.5678, "n");
        format("'12'", 12L, "n");
        format("'0.000000e+00'", 0.0, "e");
        format("'0'", 0.0, "g");
        format("'0.0'", 0.0, "");
        format("'1_234.50'", 1234.5, "_.2f");
        format("'1.234568e+04'", 12345.678, ",e");
        format("'12,345.7'", 12345.678, ",g");
        format("'300.000000%'", 3L, "%");
        format("'3.000000e+00'", 3L, "e");
        format("'1'", Boolean.TRUE, "d");
        format("'True'", Boolean.TRUE, "");
        format("'    1'", Boolean.TRUE, ">5");
        format("'A'", 65L, "c");
        format("'  A'", 65L, ">3c");
        format("'ab'", PyStr.of("abc"), ".2");
        format("'**abc**'", PyStr.of("abc"), "*^7");
        format("'ab000'", PyStr.of("ab"), "05");
        format("'ab000'", PyStr.of("ab"), "<05");
        format("'    1'", 1L, "=5");
        format("'+***1'", 1L, "*=+5");
        format("'   1.5   '", 1.5, "^9");
        format("'-     1.5'", -1.5, "=9");
        format("'14'", 12L, "o");
        format("'1,000,000,000,000,000,000,000,000,000,000'", new java.math.BigInteger("1000000000000000000000000000000"), ",");
        format("'c9f2c9cd04674edea40000000'", new java.math.BigInteger("1000000000000000000000000000000"), "x");
        format("'1.23456789e-07'", 1.23456789e-07, "");
        format("'1.500000E+00'", 1.5, "E");
        format("'1.5E+100'", 1.5e+100, "G");
        format("'0.10000000000000001'", 0.1, ".17g");
        format("'0.1000000000000000055511151'", 0.1, ".25f");
        format("'5e-324'", 5e-324, "");
        format("'4.941e-324'", 5e-324, ".3e");
        format("'1.152922e+18'", 1152921504606846976L, "e");
        format("ValueError: Sign not allowed in string format specifier", PyStr.of(""), "-9");
        format("ValueError: Sign not allowed in string format specifier", PyStr.of("abc"), ">-04");
        format("ValueError: Negative zero coercion (z) not allowed in integer format specifier", 7L, "z");
        format("ValueError: Negative zero coercion (z) not allowed in string format specifier", PyStr.of("x"), "z");
        format("'   \\x01'", Boolean.TRUE, "4c");
        format("'    -0e+00'", -0.0, "10.0");
        format("'1.23457e+05'", 123456.789, "=-.6");
        format("ValueError: Unknown format code 's' for object of type 'bool'", Boolean.TRUE, "s");
        format("OverflowError: Python int too large to convert to C long", new java.math.BigInteger("10000000000000000000000000"), "c");
        format("'   1.e-07'", 1e-07, "#9");
        format("ValueError: Cannot specify '_' with 's'.", PyStr.of("x"), "#_");
        format("ValueError: Space not allowed in string format specifier", PyStr.of(""), " 5");
        format("'0e+00'", 0.0, "-.1");
        format("'-0b101'", -5L, "#b");
        format("'-0X5'", -5L, "#X");
        format("'100%'", 1.0, ".0%");
        format("'1.0'", 1.0, "z");
        format("'1.5'", 1.5, "#");
        format("'100.0'", 100.0, "#");
        format("ValueError: Precision not allowed in integer format specifier", 1L, ".2d");
        format("ValueError: Unknown format code 'd' for object of type 'str'", PyStr.of("a"), "d");
        format("ValueError: Sign not allowed in string format specifier", PyStr.of("a"), "+");
        format("ValueError: '=' alignment not allowed in string format specifier", PyStr.of("a"), "=");
        format("ValueError: Cannot specify ',' with 's'.", PyStr.of("a"), ",");
        format("ValueError: Unknown format code 'd' for object of type 'float'", 1.5, "d");
        format("ValueError: Unknown format code 's' for object of type 'int'", 1L, "s");
        format("ValueError: Cannot specify ',' with ','.", 1L, ",,");
        format("ValueError: Cannot specify both ',' and '_'.", 1L, ",_");
        format("ValueError: Alternate form (#) not allowed in string format specifier", PyStr.of("a"), "#");
        format("ValueError: Invalid format specifier 'x,' for object of type 'int'", 1L, "x,");
        format("ValueError: Cannot specify ',' with 'x'.", 1L, ",x");
        format("ValueError: Cannot specify '_' with 'c'.", 1L, "_c");
        format("ValueError: Sign not allowed with integer format specifier 'c'", 1L, "+c");
        format("OverflowError: %c arg not in range(0x110000)", -1L, "c");
        format("ValueError: Invalid format specifier 'xx' for object of type 'float'", 1.5, "xx");
        format("ValueError: Format specifier missing precision", 1L, ".");
        format("ValueError: Cannot specify ',' with 'b'.", 1L, ",b");
        format("ValueError: Cannot specify ',' with 'n'.", 1.5, ",n");
    // str % args
        percent("'   ab|cd   |xy'", "%5s|%-5s|%.2s", PyTuple.of(PyStr.of("ab"), PyStr.of("cd"), PyStr.of("xyz")));
        percent("'3'", "%d", 3.7);
        percent("'-3'", "%d", -3.7);
        percent("'12'", "%i%u", PyTuple.of(1L, 2L));
        percent("TypeError: %x format: an integer is required, not float", "%x", 3.5);
        percent("TypeError: %d format: a real number is required, not str", "%d", PyStr.of("a"));
        percent("TypeError: not enough arguments for format string", "%s %s", PyTuple.of(1L));
        percent("TypeError: not all arguments converted during string formatting", "%s", PyTuple.of(1L, 2L));
        percent("TypeError: not all arguments converted during string formatting", "abc", 5L);
        percent("TypeError: not all arguments converted during string formatting", "abc", PyStr.of("x"));
        percent("ValueError: unsupported format character 'z' (0x7a) at index 1", "%z", 1L);
        percent("ValueError: incomplete format", "abc %", 1L);
        percent("'    1'", "%*d", PyTuple.of(5L, 1L));
        percent("'3.14'", "%.*f", PyTuple.of(2L, 3.14159));
        percent("'1    |'", "%-*d|", PyTuple.of(-5L, 1L));
        percent("TypeError: %c requires int or char", "%c", PyStr.of("ab"));
        percent("TypeError: %c requires int or char", "%c", 1.5);
        percent("'1.2e+04'", "%5.1e", 12345.0);
        percent("'1E-10'", "%G", 1e-10);
        percent("'1.00'", "%#.3g", 1.0);
        percent("'-00003.500'", "%010.3f", -3.5);
        percent("'+2'", "%+.0f", 2.5);
        percent("\"'\351'\"", "%r", PyStr.of("\351"));
        percent("\"'\\\\xe9'\"", "%a", PyStr.of("\351"));
        percent("'005'", "%.3d", 5L);
        percent("' -005'", "%5.3d", -5L);
        percent("' 0xff'", "%#5x", 255L);
        percent("'    a'", "%05s", PyStr.of("a"));
        percent("'nan'", "%f", Double.NaN);
        percent("'00inf'", "%05f", Double.POSITIVE_INFINITY);
        percent("TypeError: must be real number, not str", "%f", PyStr.of("x"));
        percent("ValueError: incomplete format", "%s %", PyTuple.of(1L));
        percent("'5'", "%ld", 5L);
        percent("TypeError: format requires a mapping", "%(x)s", 1L);
        percent("'-10'", "%o", -8L);
        percent("'FF'", "%X", 255L);
    }

    @Test
    void percentWithMapping() {
        PyDict d = new PyDict();
        d.put(PyStr.of("a"), 1L);
        d.put(PyStr.of("b"), 2.25);
        assertEquals("'1-002.2 %'", Ops.repr(Formatting.percentFormat(PyStr.of("%(a)s-%(b)05.1f %%"), d)));
        assertEquals("KeyError: 'x'", outcome(() -> Formatting.percentFormat(PyStr.of("%(x)s"), d)));
    }

    @Test
    void builtins() {
        assertEquals("'\\xe9\\U0001f600'", Ops.str(Formatting.asciiOf(PyStr.of("\u00e9\uD83D\uDE00"))));
        assertEquals("-0xff", Ops.str(Formatting.radix(-255L, 16)));
        assertEquals("0b101", Ops.str(Formatting.radix(5L, 2)));
        assertEquals(128512L, Formatting.ord(PyStr.of("\uD83D\uDE00")));
        assertEquals(PyStr.of("\uD83D\uDE00"), Formatting.chr(128512L));
    }
}
