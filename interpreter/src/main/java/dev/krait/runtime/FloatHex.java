package dev.krait.runtime;

import java.math.BigInteger;

/**
 * {@code float.hex()} and {@code float.fromhex()} in CPython's format
 * ({@code 0x1.8000000000000p+1}), and the correctly rounded conversion of
 * {@code mantissa * 2**exponent} to a double that {@code fromhex} needs.
 */
public final class FloatHex {
    private FloatHex() {}

    /** {@code x.hex()}: 13 hex digits after the point; subnormals as {@code 0x0.…p-1022}. */
    static String toHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0.0) {
            return sign + "0x0.0p+0";
        }
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);
        String digits = String.format("%013x", fraction);
        if (exponent == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exponent - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}, rounding half to even like every other float conversion. */
    static double fromHex(String text) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        BigInteger mantissa = BigInteger.ZERO;
        long exponent = 0;
        int digits = 0;
        int k = 0;
        boolean point = false;
        for (; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            int v = Character.digit(c, 16);
            if (v < 0 || c > 'f') {
                break;
            }
            mantissa = mantissa.shiftLeft(4).or(BigInteger.valueOf(v));
            digits++;
            if (point) {
                exponent -= 4;
            }
        }
        if (digits == 0) {
            throw invalid();
        }
        if (k < rest.length()) {
            if (rest.charAt(k) != 'p' || k + 1 == rest.length()) {
                throw invalid();
            }
            String exp = rest.substring(k + 1);
            if (!exp.matches("[+-]?[0-9]+")) {
                throw invalid();
            }
            BigInteger e = new BigInteger(exp.startsWith("+") ? exp.substring(1) : exp);
            if (e.bitLength() > 40) {
                // So large that only a zero mantissa avoids overflow or underflow.
                if (mantissa.signum() == 0) {
                    return negative ? -0.0 : 0.0;
                }
                if (e.signum() > 0) {
                    throw tooLarge();
                }
                return negative ? -0.0 : 0.0;
            }
            exponent += e.longValue();
        }
        double r = scaled(mantissa, exponent);
        if (Double.isInfinite(r)) {
            throw tooLarge();
        }
        return negative ? -r : r;
    }

    private static PyException invalid() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    private static PyException tooLarge() {
        return Errors.overflow("hexadecimal value too large to represent as a float");
    }

    /**
     * The double nearest to {@code mantissa * 2**exponent} (mantissa >= 0), ties to even,
     * subnormals included; infinity when it is too large for a double.
     */
    public static double scaled(BigInteger mantissa, long exponent) {
        if (mantissa.signum() == 0) {
            return 0.0;
        }
        int length = mantissa.bitLength();
        long top = length - 1 + exponent; // the value lies in [2^top, 2^(top+1))
        if (top > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        if (top < -1076) {
            return 0.0;
        }
        // Bits to drop: keep 53 significant bits, or fewer where subnormals start at 2^-1074.
        long drop = Math.max(length - 53, -1074 - exponent);
        if (drop <= 0) {
            return Math.scalb(mantissa.doubleValue(), (int) exponent);
        }
        BigInteger kept = mantissa.shiftRight((int) drop);
        boolean half = mantissa.testBit((int) drop - 1);
        boolean sticky = mantissa.getLowestSetBit() < drop - 1;
        if (half && (sticky || kept.testBit(0))) {
            kept = kept.add(BigInteger.ONE);
        }
        return Math.scalb(kept.doubleValue(), (int) (exponent + drop));
    }
}
