package dev.krait.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link ShortestDecimal} from its definition, with exact {@link BigDecimal} arithmetic
 * and no reference implementation: the result reads back as the double, no decimal with one digit
 * fewer does, and no neighbour of the same length is nearer.
 */
class ShortestDecimalTest {

    @Test
    void log10Pow2IsExactOverItsRange() {
        BigInteger pow = BigInteger.ONE;
        for (int e = 0; e <= 1650; e++, pow = pow.shiftLeft(1)) {
            assertEquals(pow.toString().length() - 1, ShortestDecimal.log10Pow2(e), "e=" + e);
        }
    }

    @Test
    void log10Pow5IsExactOverItsRange() {
        BigInteger pow = BigInteger.ONE;
        BigInteger five = BigInteger.valueOf(5);
        for (int e = 0; e <= 2620; e++, pow = pow.multiply(five)) {
            assertEquals(pow.toString().length() - 1, ShortestDecimal.log10Pow5(e), "e=" + e);
        }
    }

    /** Every binary exponent, with the extreme and some pseudo-random fractions. */
    @Test
    void shortestAndNearestForEveryExponent() {
        SplittableRandom random = new SplittableRandom(42);
        long maxFraction = (1L << 52) - 1;
        for (long biased = 0; biased < 0x7ff; biased++) {
            long[] fractions = {
                0, 1, 2, maxFraction, maxFraction - 1,
                random.nextLong(1L << 52), random.nextLong(1L << 52), random.nextLong(1L << 52),
            };
            for (long fraction : fractions) {
                if (biased == 0 && fraction == 0) {
                    continue; // zero is handled by the caller
                }
                checkShortestAndNearest(Double.longBitsToDouble((biased << 52) | fraction));
            }
        }
    }

    @Test
    void signIsIgnored() {
        assertEquals(ShortestDecimal.of(0.1), ShortestDecimal.of(-0.1));
        assertEquals(new ShortestDecimal.Decimal(1, -1), ShortestDecimal.of(-0.1));
    }

    private static void checkShortestAndNearest(double d) {
        ShortestDecimal.Decimal dec = ShortestDecimal.of(d);
        String where = Double.toHexString(d) + " -> " + dec;
        assertTrue(dec.significand() > 0 && dec.significand() % 10 != 0, where);
        assertTrue(readsBackAs(dec.significand(), dec.exponent(), d), where);

        BigDecimal exact = new BigDecimal(d);
        int digits = Long.toString(dec.significand()).length();
        if (digits > 1) {
            // The two decimals with one digit fewer that bracket the exact value must both fail.
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal shorter = exact.round(new MathContext(digits - 1, mode));
                assertFalse(shorter.doubleValue() == d, where + " but " + shorter + " reads back too");
            }
        }
        BigDecimal chosen = BigDecimal.valueOf(dec.significand(), -dec.exponent());
        BigDecimal error = chosen.subtract(exact).abs();
        for (long neighbour : new long[] {dec.significand() - 1, dec.significand() + 1}) {
            if (neighbour > 0 && readsBackAs(neighbour, dec.exponent(), d)) {
                int cmp = BigDecimal.valueOf(neighbour, -dec.exponent()).subtract(exact).abs()
                        .compareTo(error);
                assertTrue(cmp > 0 || (cmp == 0 && dec.significand() % 2 == 0),
                        where + " but " + neighbour + " is at least as near");
            }
        }
    }

    private static boolean readsBackAs(long significand, int exponent, double d) {
        return Double.parseDouble(significand + "e" + exponent) == d;
    }
}
