package dev.krait.runtime;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * {@code int(...)} and {@code float(...)}: conversion of numbers, of objects through
 * {@code __int__}/{@code __index__}/{@code __trunc__}/{@code __float__}, and parsing of
 * strings with Python's rules (signs, whitespace, underscores between digits, base
 * prefixes, Unicode decimal digits, the int/str digit limit) and CPython's messages.
 */
public final class NumberConversions {
    private NumberConversions() {}

    private static final Signature INT = Signature.parse("int(x=..., /, base=...)");
    /** A decimal float literal without its sign, underscores allowed only between digits. */
    private static final Pattern FLOAT_LITERAL = Pattern.compile(
            "(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?");

    /** {@code int(x=0, /, base=10)}. */
    static Object constructInt(Object[] args, String[] kwnames) {
        Object[] a = INT.bind(args, kwnames);
        Object x = a[0];
        Object baseArg = a[1];
        if (baseArg == null) {
            return x == null ? 0L : toInt(x);
        }
        if (x == null) {
            throw Errors.typeError("int() missing string argument");
        }
        Object b = Slicing.asIndexInt(baseArg);
        if (b == null) {
            throw Errors.typeError("'" + Types.nameOf(baseArg) + "' object cannot be interpreted as an integer");
        }
        if (!(b instanceof Long base) || base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value(), (int) (long) base, x);
        }
        if (BytesMethods.isBytesLike(x)) {
            return parseInt(latin1(x), (int) (long) base, x);
        }
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    /** {@code int(x)} for one argument. */
    public static Object toInt(Object x) {
        if (Arithmetic.isInt(x)) {
            return Arithmetic.asInt(x);
        }
        if (x instanceof Double d) {
            return FloatMethods.toInt(d);
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value(), 10, x);
        }
        if (BytesMethods.isBytesLike(x)) {
            return parseInt(latin1(x), 10, x);
        }
        if (Objects.isUserObject(x)) {
            for (String special : new String[] {"__int__", "__index__"}) {
                Object r = Objects.callSpecial(x, special);
                if (r != Objects.ABSENT) {
                    if (!Arithmetic.isInt(r)) {
                        throw Errors.typeError(special + " returned non-int (type " + Types.nameOf(r) + ")");
                    }
                    return Arithmetic.asInt(r);
                }
            }
            Object r = Objects.callSpecial(x, "__trunc__");
            if (r != Objects.ABSENT) {
                Object i = Slicing.asIndexInt(r);
                if (i == null) {
                    throw Errors.typeError("__trunc__ returned non-Integral (type " + Types.nameOf(r) + ")");
                }
                return i;
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Types.nameOf(x) + "'");
    }

    /** The int part of a float ({@code int(x)}), {@code ValueError}/{@code OverflowError} for nan and inf. */
    public static Object truncate(double d) {
        return FloatMethods.toInt(d);
    }

    /** {@code float(x)}. */
    public static double toFloat(Object x) {
        if (Arithmetic.isNumber(x)) {
            return Arithmetic.toDouble(x);
        }
        if (x instanceof PyStr s) {
            return parseFloat(s.value(), x);
        }
        if (BytesMethods.isBytesLike(x)) {
            return parseFloat(latin1(x), x);
        }
        Double d = userFloat(x);
        if (d != null) {
            return d;
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + Types.nameOf(x) + "'");
    }

    /** A program object's value through {@code __float__} or {@code __index__}; null if it has neither. */
    private static Double userFloat(Object x) {
        if (!Objects.isUserObject(x)) {
            return null;
        }
        Object r = Objects.callSpecial(x, "__float__");
        if (r != Objects.ABSENT) {
            if (!(r instanceof Double d)) {
                throw Errors.typeError(Types.nameOf(x) + ".__float__ returned non-float (type " + Types.nameOf(r) + ")");
            }
            return d;
        }
        Object i = Slicing.asIndexInt(x);
        return i == null ? null : Arithmetic.toDouble(i);
    }

    /** A real number's value as math functions take it: ints, floats, {@code __float__}, {@code __index__}. */
    public static double real(Object x) {
        if (Arithmetic.isNumber(x)) {
            return Arithmetic.toDouble(x);
        }
        Double d = userFloat(x);
        if (d == null) {
            throw Errors.typeError("must be real number, not " + Types.nameOf(x));
        }
        return d;
    }

    /** An int, or the result of {@code __index__}; {@code TypeError} otherwise. */
    public static Object index(Object x) {
        Object i = Slicing.asIndexInt(x);
        if (i == null) {
            throw Errors.typeError("'" + Types.nameOf(x) + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    private static String latin1(Object bytes) {
        return new String(BytesMethods.bytesOf(bytes), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Python's {@code str.strip()} whitespace. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static String stripSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Unicode decimal digits (Arabic-Indic, full width, ...) as ASCII, as CPython reads them. */
    private static String asciiDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** {@code int(text, base)}; {@code original} is quoted in the error message. */
    static Object parseInt(String text, int base, Object original) {
        String s = asciiDigits(stripSpace(text));
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int givenBase = base;
        boolean afterPrefix = false;
        if (s.length() >= i + 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                i += 2;
                afterPrefix = true;
            }
        }
        boolean decimalZeros = base == 0; // base 0 without prefix: no leading zeros unless all zeros
        if (base == 0) {
            base = 10;
        }
        String body = s.substring(i);
        if (!validDigits(body, base, afterPrefix)) {
            throw invalidInt(givenBase, original);
        }
        String digits = body.replace("_", "");
        if (decimalZeros && digits.length() > 1 && digits.charAt(0) == '0' && !digits.matches("0+")) {
            throw invalidInt(givenBase, original);
        }
        IntStrLimit.checkParse(digits.length(), base);
        BigInteger v = new BigInteger(digits, base);
        return Arithmetic.normalize(negative ? v.negate() : v);
    }

    /** Digits of {@code base}, with single underscores between them (or right after a prefix). */
    private static boolean validDigits(String body, int base, boolean afterPrefix) {
        if (body.isEmpty()) {
            return false;
        }
        boolean previousDigit = afterPrefix;
        boolean anyDigit = false;
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '_') {
                if (!previousDigit) {
                    return false;
                }
                previousDigit = false;
                continue;
            }
            if (c > 127 || Character.digit(c, base) < 0) {
                return false;
            }
            previousDigit = true;
            anyDigit = true;
        }
        return anyDigit && previousDigit;
    }

    private static PyException invalidInt(int base, Object original) {
        String repr = Ops.repr(original);
        if (repr.length() > 200) {
            repr = repr.substring(0, 200);
        }
        return Errors.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    /** {@code float(text)}; {@code original} is quoted in the error message. */
    static double parseFloat(String text, Object original) {
        String s = asciiDigits(stripSpace(text));
        String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        boolean negative = s.startsWith("-");
        switch (unsigned.toLowerCase()) {
            case "inf", "infinity" -> {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return negative ? -Double.NaN : Double.NaN;
            }
            default -> { }
        }
        if (!FLOAT_LITERAL.matcher(unsigned).matches()) {
            throw Errors.valueError("could not convert string to float: " + Ops.repr(original));
        }
        double d = Double.parseDouble(unsigned.replace("_", ""));
        return negative ? -d : d;
    }
}
