package dev.krait.text;

/**
 * Python's {@code repr} text for {@code float} and {@code complex} values.
 *
 * <p>Python prints the shortest decimal string that reads back as the same double (among equally
 * short ones, the nearest to the exact value). The digits come from {@link ShortestDecimal};
 * {@link Double#toString} is not used because before Java 19 it sometimes gives more digits than
 * needed (JDK-4511638): Java 17 prints {@code 1e23} as {@code 9.999999999999999E22}, {@code 2e23}
 * as {@code 1.9999999999999998E23} and {@code Double.MIN_VALUE} as {@code 4.9E-324}, where Python
 * prints {@code 1e+23}, {@code 2e+23} and {@code 5e-324}.
 *
 * <p>Layout rules, as in CPython's {@code float_repr_style == 'short'}: with the value written as
 * {@code d.ddd × 10^x}, it is printed positionally when {@code -4 <= x < 16} and otherwise in
 * scientific notation with a signed, at least two-digit exponent ({@code 1e+16},
 * {@code 1.5e-07}). Positional integral values get {@code .0} ({@code 100.0}), scientific ones do
 * not. Specials are {@code inf}, {@code -inf} and {@code nan} (never {@code -nan}), and the sign
 * of zero is kept ({@code -0.0}).
 */
public final class FloatRepr {

    private FloatRepr() {}

    /** Python's {@code repr(d)} for a float, e.g. {@code 0.1}, {@code 1e+16}, {@code -0.0}. */
    public static String repr(double d) {
        return format(d, true, false);
    }

    /**
     * Like {@link #repr} but without the {@code .0} that marks an integral float: {@code 1},
     * {@code 2.5}, {@code 1e+20}. This is how Python writes the parts of a complex number.
     */
    public static String reprWithoutDotZero(double d) {
        return format(d, false, false);
    }

    /**
     * Python's repr of the complex number {@code imag·1j} (real part +0.0), which is also how
     * an imaginary literal's value prints: {@code 1j}, {@code 2.5j}, {@code 1e+20j},
     * {@code infj}, {@code -0j}.
     */
    public static String complexImagRepr(double imag) {
        return format(imag, false, false) + "j";
    }

    /**
     * Python's {@code repr(complex(real, imag))}: just the imaginary part when the real part is
     * +0.0 ({@code 2j}), otherwise both parts in parentheses with the imaginary sign always
     * written ({@code (1+2j)}, {@code (-0-1j)}, {@code (nan+nanj)}).
     */
    public static String complexRepr(double real, double imag) {
        if (Double.doubleToRawLongBits(real) == 0L) { // exactly +0.0; -0.0 must still show
            return complexImagRepr(imag);
        }
        return "(" + format(real, false, false) + format(imag, false, true) + "j)";
    }

    /**
     * @param addDotZero append {@code .0} to integral values printed positionally
     * @param forceSign  write {@code +} before non-negative values (and before {@code nan})
     */
    private static String format(double d, boolean addDotZero, boolean forceSign) {
        if (Double.isNaN(d)) {
            return forceSign ? "+nan" : "nan"; // Python never shows a NaN's sign bit
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0; // true for -0.0 too
        String sign = negative ? "-" : forceSign ? "+" : "";
        if (Double.isInfinite(d)) {
            return sign + "inf";
        }
        if (d == 0.0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        ShortestDecimal.Decimal dec = ShortestDecimal.of(d);
        String digits = Long.toString(dec.significand());
        int n = digits.length();
        // Value = 0.<digits> × 10^pointPos = d.ddd × 10^(pointPos - 1).
        int pointPos = n + dec.exponent();
        int sciExponent = pointPos - 1;
        StringBuilder sb = new StringBuilder(n + 8).append(sign);
        if (sciExponent < -4 || sciExponent >= 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int abs = Math.abs(sciExponent);
            sb.append(sciExponent < 0 ? "e-" : "e+");
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        } else if (pointPos <= 0) {
            sb.append("0.");
            for (int i = pointPos; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (pointPos >= n) {
            sb.append(digits);
            for (int i = n; i < pointPos; i++) {
                sb.append('0');
            }
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, pointPos).append('.').append(digits, pointPos, n);
        }
        return sb.toString();
    }
}
