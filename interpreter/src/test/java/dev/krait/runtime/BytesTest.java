package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * {@code bytes} and {@code bytearray}: methods, data-model operations and constructors; each
 * expected value is the repr of CPython 3.11's result, or its exception as {@code "Type: message"}.
 */
class BytesTest {
    private static PyBytes b(String latin1) {
        return PyBytes.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PyByteArray ba(String latin1) {
        return new PyByteArray(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String outcome(Supplier<Object> body) {
        try {
            return Ops.repr(body.get());
        } catch (PyException e) {
            return e.value().type().name() + ": " + e.value().message();
        }
    }

    private static void call(String expected, Object receiver, String method, Object... args) {
        assertEquals(expected, outcome(() -> Ops.callMethod(receiver, method, args, new String[0])),
                Ops.repr(receiver) + "." + method);
    }

    @Test
    void reprAndTypes() {
        assertEquals("b\"a\\x00\\xff\\n'\"", Ops.repr(b("a\0\u00ff\n'")));
        assertEquals("b\"it's\"", Ops.repr(b("it's")));
        assertEquals("bytearray(b'xy')", Ops.repr(ba("xy")));
        assertEquals("bytearray(b'')", Ops.repr(ba("")));
        assertEquals("bytes", Types.nameOf(b("")));
        assertEquals("bytearray", Types.nameOf(ba("")));
        assertEquals("b'q'", Ops.str(b("q")));
    }

    @Test
    void methodsMatchCPython() {
        call("[b'a', b'b', b'c']", b(" a b  c "), "split");
        call("[b'a', b'b  ']", b("  a  b  "), "split", PyNone.NONE, 1L);
        call("[b'  a', b'b']", b("  a  b  "), "rsplit", PyNone.NONE, 1L);
        call("[b'a', b'b', b'', b'c']", b("a,b,,c"), "split", b(","));
        call("ValueError: empty separator", b("abc"), "split", b(""));
        call("b'a-b'", b("-"), "join", new PyList(java.util.List.of(b("a"), ba("b"))));
        call("TypeError: sequence item 1: expected a bytes-like object, str found", b("-"), "join",
                new PyList(java.util.List.of(b("a"), PyStr.of("b"))));
        call("b'hi'", b(" \thi\n "), "strip");
        call("b'hixx'", b("xxhixx"), "lstrip", b("x"));
        call("b'heLLo'", b("hello"), "replace", b("l"), b("L"));
        call("3", b("hello"), "find", b("lo"));
        call("3", b("hello"), "rfind", 108L);
        call("2", b("hello"), "count", b("l"));
        call("ValueError: subsection not found", b("hello"), "index", b("z"));
        call("True", b("hello"), "startswith", PyTuple.of(b("x"), b("he")));
        call("b'HELLO \\xe9'", b("hello \u00e9"), "upper");
        call("b'Hello World'", b("hello world"), "title");
        call("b'**ab*'", b("ab"), "center", 5L, b("*"));
        call("b'-0012'", b("-12"), "zfill", 5L);
        call("(b'a', b'-', b'b-c')", b("a-b-c"), "partition", b("-"));
        call("False", b("\u00e9"), "isalpha");
        call("True", b("Ab Cd"), "istitle");
        call("'00abff'", b("\0\u00ab\u00ff"), "hex");
        call("'01-0203'", b("\1\2\3"), "hex", PyStr.of("-"), 2L);
        call("'\u00e9'", b("\u00c3\u00a9"), "decode");
        call("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
                b("a\u00ff"), "decode");
        call("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                b("\u00e2\u0082"), "decode");
        call("UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)",
                b("\u00e9"), "decode", PyStr.of("ascii"));
        call("'a\ufffdb'", b("a\u00ffb"), "decode", PyStr.of("utf-8"), PyStr.of("replace"));
        call("LookupError: unknown encoding: nope", b("x"), "decode", PyStr.of("nope"));
        call("''", b(""), "decode", PyStr.of("nope"));
        call("bytearray(b'AB')", ba("ab"), "upper");
    }

    @Test
    void encode() {
        call("b'h\\xc3\\xa9\\xf0\\x9f\\x90\\x8d'", PyStr.of("h\u00e9\ud83d\udc0d"), "encode");
        call("b'\\xe9'", PyStr.of("\u00e9"), "encode", PyStr.of("latin-1"));
        call("b'h?'", PyStr.of("h\u20ac"), "encode", PyStr.of("ascii"), PyStr.of("replace"));
        call("UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 1: "
                + "ordinal not in range(128)", PyStr.of("h\u20ac"), "encode", PyStr.of("ascii"));
        call("UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-1: "
                + "ordinal not in range(256)", PyStr.of("\u20ac\u20acx"), "encode", PyStr.of("latin-1"));
        call("b'\\xff\\xfe\\xac '", PyStr.of("\u20ac"), "encode", PyStr.of("utf-16"));
    }

    @Test
    void bytearrayMutation() {
        PyByteArray x = ba("hello");
        Ops.setItem(x, 0L, 106L);
        Ops.setItem(x, new PySlice(1L, 3L, PyNone.NONE), b("EEE"));
        assertEquals("bytearray(b'jEEElo')", Ops.repr(x));
        Ops.delItem(x, -1L);
        Ops.delItem(x, new PySlice(PyNone.NONE, PyNone.NONE, 2L));
        assertEquals("bytearray(b'EE')", Ops.repr(x));
        call("None", x, "append", 33L);
        call("None", x, "extend", new PyList(java.util.List.of(65L)));
        call("None", x, "insert", 0L, 66L);
        call("65", x, "pop");
        call("None", x, "remove", 69L);
        assertEquals("bytearray(b'BE!')", Ops.repr(x));
        call("ValueError: value not found in bytearray", x, "remove", 0L);
        call("ValueError: byte must be in range(0, 256)", x, "append", 256L);
        call("None", x, "reverse");
        assertEquals("bytearray(b'!EB')", Ops.repr(x));
        assertEquals("ValueError: byte must be in range(0, 256)", outcome(() -> {
            Ops.setItem(x, 0L, -1L);
            return PyNone.NONE;
        }));
        assertEquals("ValueError: attempt to assign bytes of size 1 to extended slice of size 2", outcome(() -> {
            Ops.setItem(x, new PySlice(PyNone.NONE, PyNone.NONE, 2L), b("a"));
            return PyNone.NONE;
        }));
        assertEquals("TypeError: 'bytes' object does not support item assignment", outcome(() -> {
            Ops.setItem(b("a"), 0L, 1L);
            return PyNone.NONE;
        }));
        call("IndexError: pop from empty bytearray", ba(""), "pop");
        assertEquals("bytearray(b'!EBx')", Ops.repr(Containers.inPlace("+", x, b("x"))));
        assertEquals("bytearray(b'!EBx')", Ops.repr(x));
    }

    @Test
    void operations() {
        assertTrue(Ops.eq(b("abc"), ba("abc")));
        assertTrue(Ops.eq(ba("abc"), b("abc")));
        assertFalse(Ops.eq(b("a"), PyStr.of("a")));
        assertFalse(Ops.eq(PyStr.of("a"), b("a")));
        assertTrue(Ops.order("<", b("ab"), b("ab\0")));
        assertTrue(Ops.order(">", b("\u00ff"), ba("\1")));
        assertEquals(Hashing.hash(PyStr.of("abc")), Hashing.hash(b("abc")));
        assertEquals("TypeError: unhashable type: 'bytearray'", outcome(() -> Hashing.hash(ba("x"))));
        assertEquals("98", outcome(() -> Ops.getItem(b("abc"), 1L)));
        assertEquals("b'cba'", outcome(() -> Ops.getItem(b("abc"), new PySlice(PyNone.NONE, PyNone.NONE, -1L))));
        assertEquals("bytearray(b'b')", outcome(() -> Ops.getItem(ba("abc"), new PySlice(1L, 2L, PyNone.NONE))));
        assertEquals("IndexError: index out of range", outcome(() -> Ops.getItem(b("abc"), 3L)));
        assertEquals("IndexError: bytearray index out of range", outcome(() -> Ops.getItem(ba("abc"), -4L)));
        assertEquals("b'ab'", outcome(() -> Ops.binary("+", b("a"), ba("b"))));
        assertEquals("bytearray(b'ab')", outcome(() -> Ops.binary("+", ba("a"), b("b"))));
        assertEquals("TypeError: can't concat str to bytes", outcome(() -> Ops.binary("+", b("a"), PyStr.of("b"))));
        assertEquals("b'abab'", outcome(() -> Ops.binary("*", 2L, b("ab"))));
        assertEquals("b'x=5'", outcome(() -> Ops.binary("%", b("x=%d"), 5L)));
        assertTrue(Ops.contains(b("abc"), 98L));
        assertTrue(Ops.contains(b("abc"), ba("bc")));
        assertEquals("ValueError: byte must be in range(0, 256)", outcome(() -> Ops.contains(b("a"), 256L)));
        assertEquals(3, Ops.len(ba("abc")));
        assertFalse(Ops.isTrue(b("")));
        assertEquals("[97, 98]", outcome(() -> new PyList(Constructors.collect(b("ab")))));
    }

    @Test
    void constructors() {
        assertEquals("b'\\x00\\x00'", outcome(() -> Types.BYTES.call(new Object[] {2L}, new String[0])));
        assertEquals("b'AB'", outcome(() -> Types.BYTES.call(new Object[] {new PyList(java.util.List.of(65L, 66L))},
                new String[0])));
        assertEquals("ValueError: bytes must be in range(0, 256)", outcome(() ->
                Types.BYTES.call(new Object[] {new PyList(java.util.List.of(256L))}, new String[0])));
        assertEquals("b'\\xc3\\xa9'", outcome(() ->
                Types.BYTES.call(new Object[] {PyStr.of("\u00e9"), PyStr.of("utf-8")}, new String[0])));
        assertEquals("TypeError: string argument without an encoding", outcome(() ->
                Types.BYTES.call(new Object[] {PyStr.of("x")}, new String[0])));
        assertEquals("TypeError: cannot convert 'float' object to bytearray", outcome(() ->
                Types.BYTEARRAY.call(new Object[] {1.5}, new String[0])));
        assertEquals("ValueError: negative count", outcome(() ->
                Types.BYTEARRAY.call(new Object[] {-1L}, new String[0])));
        assertEquals("bytearray(b'xy')", outcome(() -> Types.BYTEARRAY.call(new Object[] {b("xy")}, new String[0])));
        assertEquals("'\u00e9'", outcome(() ->
                Types.STR.call(new Object[] {b("\u00c3\u00a9"), PyStr.of("utf-8")}, new String[0])));
        assertEquals("b'\\x04\\x00'", outcome(() -> Ops.callMethod(1024L, "to_bytes", new Object[] {2L, PyStr.of("big")},
                new String[0])));
    }
}
