package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** {@link Hashing} gives CPython 3.11's exact hashes (expected values from python3.11). */
class HashingTest {
    private static Object big(String digits) {
        return Arithmetic.normalize(new BigInteger(digits));
    }

    @Test
    void intsReduceModuloMersennePrime() {
        Object[] values = {0L, 1L, -1L, -2L, big("2305843009213693951"), big("2305843009213693952"),
            Long.MAX_VALUE, Long.MIN_VALUE, big("18446744073709551621"), big("-1180591620717411303424"),
            big("100000000000000000000"), true, false};
        long[] expected = {0, 1, -2, -2, 0, 1, 3, -4, 13, -512, 848750603811160107L, 1, 0};
        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], Hashing.hash(values[i]), String.valueOf(values[i]));
        }
    }

    @Test
    void floatsHashLikeEqualNumbers() {
        double[] values = {0.0, -0.0, 0.5, -2.75, 1e300, 1e-300, 5e-324, 1.5e-310, Math.PI, -1.0, 1e16,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        long[] expected = {0, 0, 1152921504606846976L, -1729382256910270466L, 1224995262755759164L,
            482449582752280463L, 16777216, 2076486366513856732L, 326490430436040707L, -2, 10000000000000000L,
            314159, -314159};
        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], Hashing.hash(values[i]), String.valueOf(values[i]));
        }
    }

    @Test
    void tuplesUseTheXxHashCombination() {
        assertEquals(5740354900026072187L, Hashing.hash(PyTuple.EMPTY));
        assertEquals(-6644214454873602895L, Hashing.hash(PyTuple.of(1L)));
        assertEquals(-3550055125485641917L, Hashing.hash(PyTuple.of(1L, 2L)));
        assertEquals(-1907678056851722044L, Hashing.hash(PyTuple.of(1L, PyTuple.of(2L, 3L), -4L)));
        assertEquals(-3550055125485641917L, Hashing.hash(PyTuple.of(true, 2.0)));
        assertEquals(-5486347211504344842L, Hashing.hash(PyTuple.of(PyTuple.EMPTY)));
    }

    @Test
    void mutableContainersAreUnhashable() {
        PyException e = assertThrows(PyException.class, () -> Hashing.hash(new PyList()));
        assertEquals("TypeError: unhashable type: 'list'", e.getMessage());
        e = assertThrows(PyException.class, () -> Hashing.hash(PyTuple.of(1L, new PyDict())));
        assertEquals("TypeError: unhashable type: 'dict'", e.getMessage());
        e = assertThrows(PyException.class, () -> Hashing.hash(new PySet(false)));
        assertEquals("TypeError: unhashable type: 'set'", e.getMessage());
    }
}
