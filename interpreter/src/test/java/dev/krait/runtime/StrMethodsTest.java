package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The methods of {@code str}, called as a program calls them; each expected value is the
 * repr of CPython 3.11's result, or its exception as {@code "Type: message"}.
 */
class StrMethodsTest {
    static PyList list(Object... items) {
        return new PyList(Arrays.asList(items));
    }

    /** Calls {@code receiver.method(*args)} and renders the result or exception. */
    static String outcome(Object receiver, String method, Object... args) {
        try {
            return Ops.repr(Ops.callMethod(receiver, method, args, new String[0]));
        } catch (PyException e) {
            return e.value().type().name() + ": " + e.value().message();
        }
    }

    private static void check(String expected, String receiver, String method, Object... args) {
        assertEquals(expected, outcome(PyStr.of(receiver), method, args), receiver + "." + method);
    }

    @Test
    void methodsMatchCPython() {
    // generated from python3.11
        check("['a', 'b', 'c']", "a b  c", "split");
        check("['a', 'b', '', 'c']", "a,b,,c", "split", PyStr.of(","));
        check("['a,b', 'c']", "a,b,c", "rsplit", PyStr.of(","), 1L);
        check("['a', 'b ']", " a b ", "split", PyNone.NONE, 1L);
        check("[' a', 'b']", " a b ", "rsplit", PyNone.NONE, 1L);
        check("['x', 'y', 'z', 'w', 'v']", "x\034y\205z\u2028w\u3000v", "split");
        check("ValueError: empty separator", "abc", "split", PyStr.of(""));
        check("TypeError: must be str or None, not int", "abc", "split", 1L);
        check("[]", "", "split");
        check("['']", "", "split", PyStr.of("x"));
        check("'a-b-c'", "-", "join", list(PyStr.of("a"), PyStr.of("b"), PyStr.of("c")));
        check("TypeError: sequence item 1: expected str instance, int found", "-", "join", list(PyStr.of("a"), 1L));
        check("TypeError: can only join an iterable", "-", "join", 5L);
        check("'xx'", "  xx \011", "strip");
        check("'hi'", "xxhixx", "strip", PyStr.of("x"));
        check("'c'", "abc", "lstrip", PyStr.of("ba"));
        check("'ab'", "abc", "rstrip", PyStr.of("c"));
        check("TypeError: strip arg must be None or str", "abc", "strip", 1L);
        check("'bba'", "aaa", "replace", PyStr.of("a"), PyStr.of("b"), 2L);
        check("'-a-b-c-'", "abc", "replace", PyStr.of(""), PyStr.of("-"));
        check("'-a-bc'", "abc", "replace", PyStr.of(""), PyStr.of("-"), 2L);
        check("TypeError: replace() argument 1 must be str, not int", "abc", "replace", 1L, PyStr.of("x"));
        check("2", "hello", "find", PyStr.of("l"));
        check("3", "hello", "rfind", PyStr.of("l"));
        check("3", "hello", "find", PyStr.of("l"), 3L);
        check("3", "hello", "find", PyStr.of("l"), -2L, -1L);
        check("-1", "hello", "find", PyStr.of(""), 6L);
        check("5", "hello", "find", PyStr.of(""), 5L);
        check("ValueError: substring not found", "hello", "index", PyStr.of("z"));
        check("ValueError: substring not found", "hello", "rindex", PyStr.of("h"), 1L);
        check("TypeError: must be str, not int", "hello", "find", 1L);
        check("2", "a\ud83d\ude00b", "find", PyStr.of("b"));
        check("3", "a\ud83d\ude00b\ud83d\ude00", "rfind", PyStr.of("\ud83d\ude00"));
        check("2", "aaaa", "count", PyStr.of("aa"));
        check("4", "abc", "count", PyStr.of(""));
        check("3", "abc", "count", PyStr.of(""), 1L);
        check("0", "abc", "count", PyStr.of(""), 5L);
        check("True", "abc", "startswith", PyTuple.of(PyStr.of("x"), PyStr.of("a")));
        check("True", "abc", "endswith", PyStr.of("bc"), 0L, 3L);
        check("True", "abc", "startswith", PyStr.of("b"), 1L);
        check("False", "abc", "startswith", PyStr.of(""), 4L);
        check("TypeError: startswith first arg must be str or a tuple of str, not list", "abc", "startswith", list(PyStr.of("a")));
        check("TypeError: tuple for endswith must only contain str, not int", "abc", "endswith", PyTuple.of(1L));
        check("'SS'", "\337", "upper");
        check("'\u03bf\u03b4\u03bf\u03c2'", "\u039f\u0394\u039f\u03a3", "lower");
        check("\"They'Re Bill'S\"", "they're bill's", "title");
        check("'Hello world'", "hELLO wORLD", "capitalize");
        check("'aBc'", "AbC", "swapcase");
        check("'strasse'", "Stra\337e", "casefold");
        check("'Fire'", "\ufb01re", "title");
        check("'\u02bcNx'", "\u0149x", "title");
        check("'\u1fba\u0345a'", "\u1fb2a", "title");
        check("'fi'", "\ufb01", "casefold");
        check("'\u0131\u13a0\u13a0ss\u03c3'", "\u0131\u13a0\uab70\u1e9e\u03c2", "casefold");
        check("'A.\u03c2'", "a.\u03a3", "swapcase");
        check("'\u01c5'", "\u01c5", "swapcase");
        check("'\u03c3\u03b1\u03c2.'", "\u03a3\u0391\u03a3.", "lower");
        check("True", "\u07c0\262\u2460\275\u4e00", "isnumeric");
        check("True", "\u2460", "isdigit");
        check("False", "\u4e00", "isdigit");
        check("False", "\u037a", "isidentifier");
        check("True", "\u01c5", "istitle");
        check("'\u01c5emal'", "\u01c6emal", "title");
        check("'**abc***'", "abc", "center", 8L, PyStr.of("*"));
        check("'*abc**'", "abc", "center", 6L, PyStr.of("*"));
        check("'  ab '", "ab", "center", 5L);
        check("'ab...'", "ab", "ljust", 5L, PyStr.of("."));
        check("'...ab'", "ab", "rjust", 5L, PyStr.of("."));
        check("TypeError: The fill character must be exactly one character long", "a", "center", 5L, PyStr.of("ab"));
        check("TypeError: The fill character must be a unicode character, not int", "a", "center", 5L, 1L);
        check("'-00042'", "-42", "zfill", 6L);
        check("'+00x'", "+x", "zfill", 4L);
        check("'abc'", "abc", "zfill", 2L);
        check("('a', '.', 'b.c')", "a.b.c", "partition", PyStr.of("."));
        check("('a.b', '.', 'c')", "a.b.c", "rpartition", PyStr.of("."));
        check("('abc', '', '')", "abc", "partition", PyStr.of("x"));
        check("('', '', 'abc')", "abc", "rpartition", PyStr.of("x"));
        check("ValueError: empty separator", "abc", "partition", PyStr.of(""));
        check("['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']", "a\012b\015\012c\015d\013e\034f\u2028g\205h", "splitlines");
        check("['a\\n', 'b\\r\\n']", "a\012b\015\012", "splitlines", Boolean.TRUE);
        check("[]", "", "splitlines");
        check("'a       bc      d'", "a\011bc\011d", "expandtabs");
        check("'a   b'", "a\011b", "expandtabs", 4L);
        check("'12345   6\\n    7'", "12345\0116\012\0117", "expandtabs", 4L);
        check("'ab'", "a\011b", "expandtabs", 0L);
        check("True", "123", "isdigit");
        check("True", "\262", "isdigit");
        check("False", "\262", "isdecimal");
        check("True", "\275", "isnumeric");
        check("False", "\275", "isdigit");
        check("False", "", "isdigit");
        check("True", "abc", "isalpha");
        check("True", "a1", "isalnum");
        check("True", " \011\037", "isspace");
        check("True", "ABC1", "isupper");
        check("True", "abc", "islower");
        check("True", "Hello World", "istitle");
        check("False", "Hello world", "istitle");
        check("True", "a_1", "isidentifier");
        check("False", "1a", "isidentifier");
        check("False", "a\012", "isprintable");
        check("False", "\351", "isascii");
        check("'x'", "prefix_x", "removeprefix", PyStr.of("prefix_"));
        check("'x'", "x.py", "removesuffix", PyStr.of(".py"));
        check("'x'", "x", "removesuffix", PyStr.of(""));
        check("'1 and b'", "{} and {}", "format", 1L, PyStr.of("b"));
        check("'b a'", "{1} {0}", "format", PyStr.of("a"), PyStr.of("b"));
        check("\"         x|'y'\"", "{:>10}|{!r}", "format", PyStr.of("x"), PyStr.of("y"));
        check("'6'", "{0[1]}", "format", list(5L, 6L));
        check("'{}'", "{{}}", "format");
        check("ValueError: cannot switch from manual field specification to automatic field numbering", "{0}{}", "format", 1L, 2L);
        check("IndexError: Replacement index 5 out of range for positional args tuple", "{5}", "format", 1L);
        check("ValueError: Single '{' encountered in format string", "{", "format");
        check("'   5'", "{0:{1}}", "format", 5L, PyStr.of(">4"));
    }

    @Test
    void mappingsAndTranslation() {
        PyDict d = new PyDict();
        d.put(PyStr.of("a"), 1L);
        d.put(PyStr.of("b"), PyStr.of("x"));
        assertEquals("\"1-'x'\"", outcome(PyStr.of("{a}-{b!r}"), "format_map", d));
        Object table = ((PyCallable) Ops.getAttr(Types.STR, "maketrans")).call(
                new Object[] {PyStr.of("abc"), PyStr.of("xyz"), PyStr.of("d")}, new String[0]);
        assertEquals("'xyz-zyx'", outcome(PyStr.of("abcd-dcba"), "translate", table));
        PyDict m = new PyDict();
        m.put(PyStr.of("a"), PyStr.of("1"));
        m.put(PyStr.of("b"), PyNone.NONE);
        m.put((long) 'c', PyStr.of("CC"));
        Object t3 = ((PyCallable) Ops.getAttr(PyStr.of(""), "maketrans")).call(new Object[] {m}, new String[0]);
        assertEquals("'1CC1CC'", outcome(PyStr.of("abcabc"), "translate", t3));
    }

    @Test
    void keywordArguments() {
        assertEquals("['a', 'b,c']", Ops.repr(Ops.callMethod(PyStr.of("a,b,c"), "split",
                new Object[] {PyStr.of(","), 1L}, new String[] {"sep", "maxsplit"})));
        assertEquals("['a\\n', 'b']", Ops.repr(Ops.callMethod(PyStr.of("a\nb"), "splitlines",
                new Object[] {Boolean.TRUE}, new String[] {"keepends"})));
    }
}
