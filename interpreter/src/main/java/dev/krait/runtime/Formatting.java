package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import dev.krait.text.FloatRepr;

/**
 * Python's text formatting: the format-spec mini-language of {@code format()}, f-strings and
 * {@code str.format} for int, bool, float and str, and printf-style {@code str % args}.
 * Floats are rounded correctly (half-even on the exact binary value), as CPython's dtoa does.
 */
public final class Formatting {
    private Formatting() {}

    /** A parsed format spec: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
    static final class Spec {
        int fill = ' ';
        boolean fillGiven;
        char align; // 0 when not given
        char sign = '-';
        boolean signGiven;
        boolean noNegZero;
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping; // 0, ',' or '_'
        int precision = -1;
        char type; // 0 when not given
    }

    /** Parses a spec; {@code defaultType} is the value type's ('s' for str, 'd' for int, 0 for float). */
    static Spec parse(String spec, char defaultType) {
        Spec s = new Spec();
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int i = 0;
        if (n >= 2 && isAlign(cps[1])) {
            s.fill = cps[0];
            s.fillGiven = true;
            s.align = (char) cps[1];
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            s.align = (char) cps[0];
            i = 1;
        }
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            s.sign = (char) cps[i++];
            s.signGiven = true;
        }
        if (i < n && cps[i] == 'z') {
            s.noNegZero = true;
            i++;
        }
        if (i < n && cps[i] == '#') {
            s.alt = true;
            i++;
        }
        if (i < n && cps[i] == '0') {
            s.zero = true;
            if (!s.fillGiven) {
                s.fill = '0';
            }
            i++;
        }
        int start = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            i++;
        }
        if (i > start) {
            s.width = parseCount(cps, start, i);
        }
        if (i < n && (cps[i] == ',' || cps[i] == '_')) {
            s.grouping = (char) cps[i++];
            if (i < n && (cps[i] == ',' || cps[i] == '_') && cps[i] != s.grouping) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && cps[i] == '.') {
            i++;
            start = i;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            s.precision = parseCount(cps, start, i);
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '%s'");
        }
        s.type = i < n ? (char) cps[i] : defaultType;
        if (s.grouping != 0) {
            switch (s.type) {
                case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%' -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (s.grouping == ',') {
                        throw Errors.valueError("Cannot specify ',' with '" + s.type + "'.");
                    }
                }
                default -> throw Errors.valueError("Cannot specify '" + s.grouping + "' with '"
                        + Character.toString(s.type) + "'.");
            }
        }
        return s;
    }

    private static int parseCount(int[] cps, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (cps[k] - '0');
            if (v > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /** {@code format(value, spec)} for the builtin types. */
    public static String format(Object value, String spec) {
        try {
            if (value instanceof PyStr s) {
                return formatStr(s, spec);
            }
            if (value instanceof Boolean b && spec.isEmpty()) {
                return b ? "True" : "False";
            }
            if (Arithmetic.isInt(value)) {
                return formatInt(value, spec);
            }
            if (value instanceof Double d) {
                return formatFloat(d, spec);
            }
            if (value instanceof PyComplex c) {
                return ComplexFormat.format(c, spec);
            }
        } catch (PyException e) {
            throw fixTypeName(e, value);
        }
        if (Objects.isUserObject(value)) {
            Object r = Objects.callSpecial(value, "__format__", PyStr.of(spec));
            if (r != Objects.ABSENT) {
                if (!(r instanceof PyStr s)) {
                    throw Errors.typeError("__format__ must return a str, not " + Types.nameOf(r));
                }
                return s.value();
            }
            if (!spec.isEmpty() && BuiltinSubclasses.valueOf(value) != value) {
                return format(BuiltinSubclasses.valueOf(value), spec); // the builtin base's __format__
            }
        }
        if (spec.isEmpty()) {
            return Ops.str(value);
        }
        throw Errors.typeError("unsupported format string passed to " + Types.nameOf(value) + ".__format__");
    }

    private static PyException fixTypeName(PyException e, Object value) {
        String msg = Ops.str(e.value());
        if (msg.contains("'%s'")) {
            return Errors.valueError(msg.replace("'%s'", "'" + Types.nameOf(value) + "'"));
        }
        return e;
    }

    // ---- str ----

    private static String formatStr(PyStr value, String specText) {
        if (specText.isEmpty()) {
            return value.value();
        }
        Spec s = parse(specText, 's');
        if (s.type != 's') {
            throw unknownCode(s.type, "str");
        }
        if (s.signGiven) {
            throw Errors.valueError(s.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (s.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (s.alt) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (s.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        PyStr v = value;
        if (s.precision >= 0 && s.precision < v.length()) {
            v = v.substring(0, s.precision);
        }
        return pad("", v.value(), v.length(), s, '<');
    }

    static PyException unknownCode(char type, String typeName) {
        return Errors.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    /** Pads {@code body} (after {@code prefix}: sign and base prefix) to the spec's width. */
    private static String pad(String prefix, String body, int bodyLength, Spec s, char defaultAlign) {
        int len = prefix.length() + bodyLength;
        if (s.width <= len) {
            return prefix + body;
        }
        int padding = s.width - len;
        String fill = Character.toString(s.fill);
        char align = s.align == 0 ? defaultAlign : s.align;
        return switch (align) {
            case '<' -> prefix + body + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
            case '=' -> prefix + fill.repeat(padding) + body;
            default -> fill.repeat(padding) + prefix + body;
        };
    }

    // ---- int ----

    private static String formatInt(Object value, String specText) {
        BigInteger v = Arithmetic.big(Arithmetic.asInt(value));
        if (specText.isEmpty()) {
            return IntStrLimit.toDecimal(v);
        }
        Spec s = parse(specText, 'd');
        char type = s.type;
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(Arithmetic.toDouble(value), s);
            }
            case 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> { }
            default -> throw unknownCode(type, Types.nameOf(value));
        }
        if (s.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (s.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (s.signGiven) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (s.alt) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() >= 64) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            return pad("", Character.toString(v.intValue()), 1, s, s.zero ? '=' : '>');
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = radix == 10 ? IntStrLimit.toDecimal(v.abs()) : v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String prefix = signOf(v.signum() < 0, s.sign);
        if (s.alt && radix != 10) {
            prefix += "0" + (type == 'X' ? 'X' : type);
        }
        return padNumber(prefix, digits, "", s, radix == 10 ? 3 : 4);
    }

    static String signOf(boolean negative, char sign) {
        return negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /**
     * Pads a number: {@code intDigits} get grouped; with '=' alignment and fill '0' plus
     * grouping, the zeros are grouped too, as CPython does.
     */
    private static String padNumber(String prefix, String intDigits, String rest, Spec s, int groupSize) {
        String body;
        if (s.grouping != 0) {
            int minDigits = intDigits.length();
            if ((s.align == '=' || s.align == 0 && s.zero) && s.fill == '0' && s.width > 0) {
                int target = s.width - prefix.length() - rest.length();
                while (minDigits + (minDigits - 1) / groupSize < target) {
                    minDigits++;
                }
                intDigits = "0".repeat(minDigits - intDigits.length()) + intDigits;
            }
            body = group(intDigits, s.grouping, groupSize) + rest;
        } else {
            body = intDigits + rest;
        }
        return pad(prefix, body, body.codePointCount(0, body.length()), s, s.zero ? '=' : '>');
    }

    static String group(String digits, char sep, int size) {
        StringBuilder out = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                out.append(sep);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    // ---- float ----

    private static String formatFloat(double d, String specText) {
        if (specText.isEmpty()) {
            return FloatRepr.repr(d);
        }
        return formatFloat(d, parse(specText, '\0'));
    }

    private static String formatFloat(double d, Spec s) {
        char type = s.type;
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n' -> { }
            default -> throw unknownCode(type, "float");
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double m = Math.abs(d);
        if (s.noNegZero && negative) {
            String probe = floatBody(m, type, s.precision, s.alt);
            if (probe.replaceAll("[^1-9]", "").isEmpty() && !Double.isNaN(m) && !Double.isInfinite(m)) {
                negative = false;
            }
        }
        if (Double.isNaN(d)) {
            negative = false;
        }
        String body = floatBody(m, type, s.precision, s.alt);
        String prefix = signOf(negative, s.sign);
        if (Double.isNaN(m) || Double.isInfinite(m)) {
            return pad(prefix, body, body.length(), s, s.zero ? '=' : '>');
        }
        int cut = 0;
        while (cut < body.length() && Character.isDigit(body.charAt(cut))) {
            cut++;
        }
        return padNumber(prefix, body.substring(0, cut), body.substring(cut), s, 3);
    }

    /** The magnitude of a non-negative double in the given presentation type (0 = none). */
    static String floatBody(double m, char type, int precision, boolean alt) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(m)) {
            return (upper ? "NAN" : "nan") + (type == '%' ? "%" : "");
        }
        if (Double.isInfinite(m)) {
            return (upper ? "INF" : "inf") + (type == '%' ? "%" : "");
        }
        switch (type) {
            case 'f', 'F' -> {
                return fixed(m, precision < 0 ? 6 : precision, alt);
            }
            case '%' -> {
                return fixed(m * 100, precision < 0 ? 6 : precision, alt) + "%";
            }
            case 'e', 'E' -> {
                String r = exponent(m, precision < 0 ? 6 : precision, alt);
                return upper ? r.toUpperCase() : r;
            }
            case 'g', 'G', 'n' -> {
                String r = general(m, precision < 0 ? 6 : precision == 0 ? 1 : precision, alt, false);
                return upper ? r.toUpperCase() : r;
            }
            default -> {
                if (precision < 0) {
                    String r = FloatRepr.repr(m);
                    if (alt && !r.contains(".")) {
                        int e = r.indexOf('e');
                        r = e < 0 ? r + "." : r.substring(0, e) + "." + r.substring(e);
                    }
                    return r;
                }
                return general(m, precision == 0 ? 1 : precision, alt, true);
            }
        }
    }

    private static String fixed(double m, int precision, boolean alt) {
        String r = new BigDecimal(m).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? r + "." : r;
    }

    /** Digits and decimal exponent of m rounded to {@code digits} significant digits. */
    private static Object[] significant(double m, int digits) {
        if (m == 0) {
            return new Object[] {"0".repeat(digits), 0};
        }
        BigDecimal b = new BigDecimal(m).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String u = b.unscaledValue().toString();
        int exp = u.length() - 1 - b.scale();
        if (u.length() < digits) {
            u = u + "0".repeat(digits - u.length());
        } else if (u.length() > digits) {
            u = u.substring(0, digits);
        }
        return new Object[] {u, exp};
    }

    private static String exponent(double m, int precision, boolean alt) {
        Object[] sig = significant(m, precision + 1);
        String u = (String) sig[0];
        int exp = (Integer) sig[1];
        String mant = u.substring(0, 1) + (precision > 0 || alt ? "." : "") + u.substring(1);
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String general(double m, int p, boolean alt, boolean noType) {
        Object[] sig = significant(m, p);
        int exp = (Integer) sig[1];
        String r;
        if (exp >= -4 && (noType ? exp < p - 1 : exp < p)) {
            r = fixed(m, p - 1 - exp, false);
            if (r.indexOf('.') < 0 && !alt) {
                r = noType ? r + ".0" : r;
                return r;
            }
            if (!alt) {
                r = stripZeros(r);
                if (noType && r.indexOf('.') < 0) {
                    r = r + ".0";
                }
            } else if (r.indexOf('.') < 0) {
                r = r + ".";
            }
            return r;
        }
        r = exponent(m, p - 1, alt);
        if (!alt) {
            int e = r.indexOf('e');
            r = stripZeros(r.substring(0, e)) + r.substring(e);
        }
        return r;
    }

    private static String stripZeros(String r) {
        if (r.indexOf('.') < 0) {
            return r;
        }
        int end = r.length();
        while (r.charAt(end - 1) == '0') {
            end--;
        }
        if (r.charAt(end - 1) == '.') {
            end--;
        }
        return r.substring(0, end);
    }

    // ---- printf-style: str % args ----

    /** {@code format % args}; see {@link PercentFormat}. */
    public static PyStr percentFormat(PyStr format, Object args) {
        return PercentFormat.format(format, args);
    }

    // ---- builtins: format, ascii, chr, ord, hex, oct, bin ----

    private static final Signature FORMAT = Signature.parse("format(value, format_spec='', /)");

    /** The builtin {@code format(value, format_spec='')}. */
    public static Object builtinFormat(Object[] args, String[] kwnames) {
        Object[] a = FORMAT.bind(args, kwnames);
        if (!(a[1] instanceof PyStr spec)) {
            throw Errors.typeError("format() argument 2 must be str, not " + Types.nameOf(a[1]));
        }
        return PyStr.of(format(a[0], spec.value()));
    }

    /** The builtin {@code chr(i)}. */
    public static Object chr(Object i) {
        Object v = Slicing.asIndexInt(i);
        if (v == null) {
            throw Errors.typeError("'" + Types.nameOf(i) + "' object cannot be interpreted as an integer");
        }
        if (!(v instanceof Long l)) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        if (l < 0 || l > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) (long) l);
    }

    /** The builtin {@code ord(c)}. */
    public static Object ord(Object c) {
        byte[] bytes = c instanceof PyBytes b ? b.data() : c instanceof PyByteArray a ? a.data() : null;
        if (bytes != null) {
            int n = c instanceof PyByteArray a ? (int) Ops.len(a) : bytes.length;
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return (long) (bytes[0] & 0xFF);
        }
        if (!(c instanceof PyStr s)) {
            throw Errors.typeError("ord() expected string of length 1, but " + Types.nameOf(c) + " found");
        }
        if (s.length() != 1) {
            throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
        }
        return (long) s.codePointAt(0);
    }

    /** The builtins {@code hex}, {@code oct} and {@code bin}: {@code radix} 16, 8 or 2. */
    public static Object radix(Object x, int radix) {
        Object v = Slicing.asIndexInt(x);
        if (v == null) {
            throw Errors.typeError("'" + Types.nameOf(x) + "' object cannot be interpreted as an integer");
        }
        BigInteger b = Arithmetic.big(v);
        String prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b";
        return PyStr.of((b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix));
    }

    /** Python's {@code ascii()} applied to a repr: non-ASCII characters escaped. */
    public static String ascii(String repr) {
        StringBuilder out = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.appendCodePoint(cp);
            } else if (cp < 0x100) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.toString();
    }

    /** {@code ascii(obj)}. */
    public static PyStr asciiOf(Object o) {
        return PyStr.of(ascii(Ops.repr(o)));
    }
}
