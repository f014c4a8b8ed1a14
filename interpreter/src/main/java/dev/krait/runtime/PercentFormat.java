package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * printf-style formatting, {@code str % args}: {@code %[(key)][flags][width][.precision]type}
 * with CPython's conversions and error messages; a dict argument supplies {@code %(key)s}.
 */
final class PercentFormat {
    private PercentFormat() {}

    /** {@code format % args}. */
    static PyStr format(PyStr format, Object args) {
        String f = format.value();
        Object[] items = args instanceof PyTuple t ? t.toArray() : new Object[] {args};
        boolean single = !(args instanceof PyTuple);
        int next = 0; // the next positional argument; past the end once a mapping key was used
        StringBuilder out = new StringBuilder();
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            Object keyed = null;
            if (f.charAt(i) == '(') {
                if (!(args instanceof PyDict map)) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int st = ++i;
                while (i < n && depth > 0) {
                    if (f.charAt(i) == '(') {
                        depth++;
                    } else if (f.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                keyed = map.getItem(PyStr.of(f.substring(st, i - 1)));
                next = items.length;
            }
            boolean left = false;
            boolean zero = false;
            char sign = '-';
            boolean alt = false;
            for (; i < n; i++) {
                char fl = f.charAt(i);
                if (fl == '-') {
                    left = true;
                } else if (fl == '0') {
                    zero = true;
                } else if (fl == '+') {
                    sign = '+';
                } else if (fl == ' ') {
                    if (sign != '+') {
                        sign = ' ';
                    }
                } else if (fl == '#') {
                    alt = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && f.charAt(i) == '*') {
                if (next >= items.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                Object w = items[next++];
                if (!(w instanceof Long l)) {
                    throw Errors.typeError("* wants int");
                }
                width = (int) (long) l;
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(f.charAt(i)) && f.charAt(i) < 128) {
                    i++;
                }
                if (i > st) {
                    width = Integer.parseInt(f.substring(st, i));
                }
            }
            int precision = -1;
            if (i < n && f.charAt(i) == '.') {
                i++;
                if (i < n && f.charAt(i) == '*') {
                    if (next >= items.length) {
                        throw Errors.typeError("not enough arguments for format string");
                    }
                    Object p = items[next++];
                    if (!(p instanceof Long l)) {
                        throw Errors.typeError("* wants int");
                    }
                    precision = (int) Math.max(0, (long) l);
                    i++;
                } else {
                    int st = i;
                    while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                        i++;
                    }
                    precision = i > st ? Integer.parseInt(f.substring(st, i)) : 0;
                }
            }
            while (i < n && (f.charAt(i) == 'h' || f.charAt(i) == 'l' || f.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            int type = f.codePointAt(i);
            i += Character.charCount(type);
            if (type == '%') {
                out.append('%');
                continue;
            }
            Object v;
            if (keyed != null) {
                v = keyed;
            } else {
                if (next >= items.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                v = items[next++];
            }
            String prefix = "";
            String body;
            boolean numeric = true;
            switch (type) {
                case 's', 'r', 'a' -> {
                    numeric = false;
                    body = type == 's' ? Ops.str(v) : type == 'r' ? Ops.repr(v) : Formatting.ascii(Ops.repr(v));
                    if (precision >= 0) {
                        PyStr b = PyStr.of(body);
                        if (precision < b.length()) {
                            body = b.substring(0, precision).value();
                        }
                    }
                }
                case 'c' -> {
                    numeric = false;
                    if (v instanceof PyStr s) {
                        if (s.length() != 1) {
                            throw Errors.typeError("%c requires int or char");
                        }
                        body = s.value();
                    } else if (Arithmetic.isInt(v)) {
                        BigInteger cp = Arithmetic.big(Arithmetic.asInt(v));
                        if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                            throw Errors.overflow("%c arg not in range(0x110000)");
                        }
                        body = Character.toString(cp.intValue());
                    } else {
                        throw Errors.typeError("%c requires int or char");
                    }
                }
                case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                    BigInteger iv;
                    if (Arithmetic.isInt(v)) {
                        iv = Arithmetic.big(Arithmetic.asInt(v));
                    } else if (v instanceof Double dv && (type == 'd' || type == 'i' || type == 'u')) {
                        if (dv.isNaN()) {
                            throw Errors.valueError("cannot convert float NaN to integer");
                        }
                        if (dv.isInfinite()) {
                            throw Errors.overflow("cannot convert float infinity to integer");
                        }
                        iv = new BigDecimal(dv).toBigInteger();
                    } else if (type == 'd' || type == 'i' || type == 'u') {
                        throw Errors.typeError("%" + (char) type + " format: a real number is required, not "
                                + Types.nameOf(v));
                    } else {
                        throw Errors.typeError("%" + (char) type + " format: an integer is required, not "
                                + Types.nameOf(v));
                    }
                    int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                    body = radix == 10 ? IntStrLimit.toDecimal(iv.abs()) : iv.abs().toString(radix);
                    if (type == 'X') {
                        body = body.toUpperCase();
                    }
                    if (precision > body.length()) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                    prefix = Formatting.signOf(iv.signum() < 0, sign);
                    if (alt && radix != 10) {
                        prefix += "0" + (char) type;
                    }
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    double dv;
                    if (v instanceof Double d) {
                        dv = d;
                    } else if (Arithmetic.isInt(v)) {
                        dv = Arithmetic.toDouble(v);
                    } else {
                        throw Errors.typeError("must be real number, not " + Types.nameOf(v));
                    }
                    boolean neg = dv < 0 || (dv == 0 && 1 / dv < 0);
                    body = Formatting.floatBody(Math.abs(dv), (char) type, precision < 0 ? 6 : precision, alt);
                    prefix = Formatting.signOf(neg && !Double.isNaN(dv), sign);
                }
                default -> throw Errors.valueError("unsupported format character '" + Character.toString(type)
                        + "' (0x" + Integer.toHexString(type) + ") at index "
                        + format.codePointIndex(i - Character.charCount(type)));
            }
            int len = prefix.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int padding = width - len;
                if (left) {
                    out.append(prefix).append(body).append(" ".repeat(padding));
                } else if (zero && numeric) {
                    out.append(prefix).append("0".repeat(padding)).append(body);
                } else {
                    out.append(" ".repeat(padding)).append(prefix).append(body);
                }
            } else {
                out.append(prefix).append(body);
            }
        }
        if (next < items.length && !(single && (args instanceof PyList || args instanceof PyDict))) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return PyStr.of(out.toString());
    }
}
