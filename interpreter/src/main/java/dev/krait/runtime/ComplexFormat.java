package dev.krait.runtime;

import dev.krait.text.FloatRepr;

/**
 * {@code format(z, spec)} for complex numbers, as CPython 3.11 formats them: each part is
 * formatted like a float with the spec's type, precision, sign, {@code #}, {@code z} and
 * grouping options; the imaginary part always carries a sign when the real part is shown; the
 * width and alignment apply to the whole {@code re±imj} text. Without a type the text is
 * {@code str(z)}'s — repr digits, parentheses unless the real part is +0 — with precision
 * meaning {@code g}. Zero padding and {@code =} alignment are refused.
 */
final class ComplexFormat {
    private ComplexFormat() {}

    static String format(PyComplex z, String specText) {
        if (specText.isEmpty()) {
            return z.toString();
        }
        Formatting.Spec s = Formatting.parse(specText, '\0');
        char type = s.type;
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw Formatting.unknownCode(type, "complex");
        }
        if (s.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (s.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipReal = false;
        boolean parens = false;
        int precision = s.precision;
        if (type == 0) {
            type = 'r'; // str(z)'s digits
            if (Double.doubleToRawLongBits(z.real()) == 0L) {
                skipReal = true;
            } else {
                parens = true;
            }
            if (precision >= 0) {
                type = 'g';
            }
        } else if (type == 'n') {
            type = 'g';
        }
        StringBuilder out = new StringBuilder();
        if (parens) {
            out.append('(');
        }
        if (!skipReal) {
            out.append(part(z.real(), type, precision, s, s.sign));
        }
        out.append(part(z.imag(), type, precision, s, skipReal ? s.sign : '+')).append('j');
        if (parens) {
            out.append(')');
        }
        return pad(out.toString(), s);
    }

    /** One part with its sign ({@code sign} is the spec's '+', ' ' or '-'), digits grouped. */
    private static String part(double v, char type, int precision, Formatting.Spec s, char sign) {
        double m = Math.abs(v);
        String body;
        if (type == 'r') {
            body = FloatRepr.reprWithoutDotZero(m);
            if (s.alt && Double.isFinite(m) && body.indexOf('.') < 0) {
                int e = body.indexOf('e');
                body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
            }
        } else {
            body = Formatting.floatBody(m, type, precision, s.alt);
        }
        boolean finite = Double.isFinite(m);
        boolean negative = !Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0;
        if (negative && s.noNegZero && finite && body.replaceAll("[^1-9]", "").isEmpty()) {
            negative = false; // 'z': a part that rounds to zero loses its minus sign
        }
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        if (s.grouping != 0 && finite) {
            int cut = 0;
            while (cut < body.length() && Character.isDigit(body.charAt(cut))) {
                cut++;
            }
            body = Formatting.group(body.substring(0, cut), s.grouping, 3) + body.substring(cut);
        }
        return signText + body;
    }

    private static String pad(String text, Formatting.Spec s) {
        int padding = s.width - text.length();
        if (padding <= 0) {
            return text;
        }
        String fill = Character.toString(s.fill);
        return switch (s.align == 0 ? '>' : s.align) {
            case '<' -> text + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + text + fill.repeat(padding - padding / 2);
            default -> fill.repeat(padding) + text;
        };
    }
}
