package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Code-point semantics of {@link PyStr}; expected values are what CPython 3.11 gives. */
class PyStrTest {
    private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, one code point, two chars

    @Test
    void nonBmpCharactersCountAsOne() {
        PyStr s = PyStr.of("a" + EMOJI + "b");
        assertEquals(3, s.length()); // len('a😀b') == 3
        assertFalse(s.isBmp());
        assertEquals(0x1F600, s.codePointAt(1));
        assertEquals('b', s.codePointAt(2));
        assertEquals(PyStr.of(EMOJI + "b"), s.substring(1, 3));
    }

    @Test
    void bmpStringsIndexDirectly() {
        PyStr s = PyStr.of("héllo");
        assertTrue(s.isBmp());
        assertEquals(5, s.length());
        assertEquals('é', s.codePointAt(1));
        assertEquals(PyStr.of("ll"), s.substring(2, 4));
        assertSame(PyStr.EMPTY, s.substring(3, 3));
    }

    @Test
    void orderingIsByCodePoint() {
        // '\uffff' < '😀' in Python (0xFFFF < 0x1F600), though UTF-16 order says otherwise.
        assertTrue(PyStr.of("\uFFFF").compareTo(PyStr.of(EMOJI)) < 0);
        assertTrue(PyStr.of("ab").compareTo(PyStr.of("abc")) < 0);
        assertEquals(0, PyStr.of("x" + EMOJI).compareTo(PyStr.of("x" + EMOJI)));
    }

    @Test
    void concatenationKeepsLength() {
        PyStr s = PyStr.of("ab").concat(PyStr.of(EMOJI));
        assertEquals(3, s.length());
        assertEquals("ab" + EMOJI, s.value());
    }
}
