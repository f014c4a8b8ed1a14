package dev.krait.text;

import java.math.BigInteger;

/**
 * The shortest decimal {@code significand × 10^exponent} that reads back as a given finite,
 * nonzero double; when several decimals of that length qualify, the one nearest the double's
 * exact value, with an exact tie going to the even significand.
 *
 * <p>That is the digit string behind Python's {@code repr(float)}. The method follows Ulf Adams'
 * Ryū algorithm (PLDI 2018): scale the double and the two ends of its rounding interval by a
 * power of ten using a 125-bit approximation of that power, then drop decimal digits while the
 * interval still holds a shorter number. Every step uses {@code long} arithmetic, so there is no
 * allocation beyond the result.
 *
 * <p>The powers-of-five tables are computed exactly with {@link BigInteger} when the class loads
 * (a few milliseconds) instead of being pasted in as hundreds of magic constants.
 */
final class ShortestDecimal {

    /** The value {@code significand × 10^exponent}; the significand has no trailing zero digits. */
    record Decimal(long significand, int exponent) {}

    /** Bits kept of each power of five (and of each inverse); enough for all 64-bit inputs. */
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_BITCOUNT = 125;
    /** One more than the largest power of five (325) and inverse power (290) doubles need. */
    private static final int POW5_TABLE_SIZE = 326;
    private static final int POW5_INV_TABLE_SIZE = 291;

    /** 5^i normalised to exactly {@link #POW5_BITCOUNT} bits (truncated), as high and low words. */
    private static final long[] POW5_HI = new long[POW5_TABLE_SIZE];
    private static final long[] POW5_LO = new long[POW5_TABLE_SIZE];
    /** floor(2^(bitLength(5^i) - 1 + POW5_INV_BITCOUNT) / 5^i) + 1, as high and low words. */
    private static final long[] POW5_INV_HI = new long[POW5_INV_TABLE_SIZE];
    private static final long[] POW5_INV_LO = new long[POW5_INV_TABLE_SIZE];
    /** bitLength(5^i): the number of bits of each power of five. */
    private static final int[] POW5_BITS = new int[POW5_TABLE_SIZE];

    static {
        BigInteger five = BigInteger.valueOf(5);
        BigInteger pow = BigInteger.ONE;
        for (int i = 0; i < POW5_TABLE_SIZE; i++, pow = pow.multiply(five)) {
            int bits = pow.bitLength();
            POW5_BITS[i] = bits;
            int shift = bits - POW5_BITCOUNT;
            BigInteger top = shift >= 0 ? pow.shiftRight(shift) : pow.shiftLeft(-shift);
            POW5_HI[i] = top.shiftRight(64).longValue();
            POW5_LO[i] = top.longValue();
            if (i < POW5_INV_TABLE_SIZE) {
                BigInteger inv = BigInteger.ONE.shiftLeft(bits - 1 + POW5_INV_BITCOUNT)
                        .divide(pow).add(BigInteger.ONE);
                POW5_INV_HI[i] = inv.shiftRight(64).longValue();
                POW5_INV_LO[i] = inv.longValue();
            }
        }
    }

    private ShortestDecimal() {}

    /**
     * Returns the shortest decimal that rounds (half-even) to {@code |d|}.
     *
     * @param d a finite, nonzero double; its sign is ignored
     */
    static Decimal of(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long fraction = bits & ((1L << 52) - 1);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        if (biased == 0x7ff || (biased == 0 && fraction == 0)) {
            throw new IllegalArgumentException("not finite and nonzero: " + d);
        }

        // d = m2 × 2^e2; the extra -2 leaves room to represent the interval ends as integers.
        long m2;
        int e2;
        if (biased == 0) {
            m2 = fraction;
            e2 = 1 - 1023 - 52 - 2;
        } else {
            m2 = fraction | (1L << 52);
            e2 = biased - 1023 - 52 - 2;
        }
        // Round-half-even reading maps the interval ends back to d only if m2 is even.
        boolean acceptBounds = (m2 & 1) == 0;

        // The double is mv × 2^e2; every number strictly between mm × 2^e2 and mp × 2^e2 reads
        // back as it. At a power of two (fraction 0) the gap below is half the gap above.
        long mv = 4 * m2;
        int mmShift = (fraction != 0 || biased <= 1) ? 1 : 0;
        long mp = mv + 2;
        long mm = mv - 1 - mmShift;

        // Scale all three by 10^-e10 (rounded down), remembering whether anything was lost.
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        // q is one less than the most digits the scaling could drop, so the scaled values keep
        // the digit below the last one kept, which the rounding decision needs.
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + POW5_BITS[q] - 1;
            int shift = -e2 + q + k;
            vr = mulShift(mv, POW5_INV_HI[q], POW5_INV_LO[q], shift);
            vp = mulShift(mp, POW5_INV_HI[q], POW5_INV_LO[q], shift);
            vm = mulShift(mm, POW5_INV_HI[q], POW5_INV_LO[q], shift);
            if (q <= 21) {
                // The division by 10^q was exact iff 5^q divides the (already even enough)
                // multiplicand; at most one of mv, mp, mm can be a multiple of 5.
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mm, q);
                } else {
                    // The upper end is excluded: if it is exact, step just inside it.
                    vp -= multipleOfPowerOf5(mp, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = POW5_BITS[i] - POW5_BITCOUNT;
            int shift = q - k;
            vr = mulShift(mv, POW5_HI[i], POW5_LO[i], shift);
            vp = mulShift(mp, POW5_HI[i], POW5_LO[i], shift);
            vm = mulShift(mm, POW5_HI[i], POW5_LO[i], shift);
            if (q <= 1) {
                // Here the scaled values are exact iff the multiplicand has q trailing zero bits:
                // mv = 4·m2 always has; mp = mv + 2 always has one; mm has one iff mmShift is 1.
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    vp--;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = (mv & ((1L << q) - 1)) == 0;
            }
        }

        // Drop digits while the interval still contains a number with fewer digits.
        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            // Rare exact case: track exactness so ties and an included lower end are handled.
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vmIsTrailingZeros) {
                // The lower end itself is allowed and exact: it may be shorter still.
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4; // exactly half way: round to even
            }
            boolean roundUp = (vr == vm && (!acceptBounds || !vmIsTrailingZeros))
                    || lastRemovedDigit >= 5;
            output = vr + (roundUp ? 1 : 0);
        } else {
            boolean roundUp = false;
            while (vp / 10 > vm / 10) {
                roundUp = vr % 10 >= 5;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            // vr == vm means vr is the (excluded) lower end: go up instead.
            output = vr + ((vr == vm || roundUp) ? 1 : 0);
        }
        int exponent = e10 + removed;

        // Rounding up can leave a trailing zero (e.g. 19 -> 20); callers want none.
        while (output % 10 == 0) {
            output /= 10;
            exponent++;
        }
        return new Decimal(output, exponent);
    }

    /** floor(e × log10(2)), exact for 0 ≤ e ≤ 1650 (78913 / 2^18 approximates log10 2). */
    static int log10Pow2(int e) {
        return (e * 78913) >>> 18;
    }

    /** floor(e × log10(5)), exact for 0 ≤ e ≤ 2620 (732923 / 2^20 approximates log10 5). */
    static int log10Pow5(int e) {
        return (e * 732923) >>> 20;
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        int count = 0;
        while (value % 5 == 0) {
            value /= 5;
            count++;
        }
        return count >= p;
    }

    /**
     * Returns {@code floor(m × (hi·2^64 + lo) / 2^shift)}, for {@code 0 ≤ m < 2^62} and
     * {@code 64 ≤ shift < 128} (doubles need 118..125), where the result is known to fit in
     * 63 bits.
     */
    static long mulShift(long m, long hi, long lo, int shift) {
        // The 192-bit product is top:mid:(m·lo low word); the low word never reaches the result.
        long loHigh = unsignedMultiplyHigh(m, lo);
        long hiLow = m * hi;
        long hiHigh = unsignedMultiplyHigh(m, hi);
        long mid = loHigh + hiLow;
        long top = hiHigh + (Long.compareUnsigned(mid, loHigh) < 0 ? 1 : 0);
        int s = shift - 64;
        return s == 0 ? mid : (mid >>> s) | (top << (64 - s));
    }

    /** Math.unsignedMultiplyHigh arrived only in Java 18; derive it from the signed one. */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
