package dev.krait.runtime;

/**
 * {@code complex(real=0, imag=0)}: conversion of numbers and of objects through
 * {@code __complex__}, {@code __float__} or {@code __index__}, and parsing of strings such as
 * {@code "1+2j"}, {@code "(-j)"} or {@code "nan+infj"} with CPython 3.11's rules and messages.
 */
final class ComplexConversions {
    private ComplexConversions() {}

    private static final Signature COMPLEX = Signature.parse("complex(real=..., imag=...)");

    /** Calls {@code complex(...)}. */
    static Object construct(Object[] args, String[] kwnames) {
        Object[] a = COMPLEX.bind(args, kwnames);
        Object r = a[0] == null ? (Object) 0L : a[0];
        Object i = a[1];
        if (r instanceof PyComplex && i == null) {
            return r; // complex(z) is z itself, as in CPython
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (i instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyComplex special = fromSpecialMethod(r);
        if (special != null) {
            r = special;
        } else if (!isNumberLike(r)) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '" + Types.nameOf(r)
                    + "'");
        }
        if (i != null && !isNumberLike(i)) {
            throw Errors.typeError("complex() second argument must be a number, not '" + Types.nameOf(i) + "'");
        }
        PyComplex realPart = asComplex(r);
        double real;
        double realImag; // the imaginary part of the first argument, when it is complex
        if (realPart != null) {
            real = realPart.real();
            realImag = realPart.imag();
        } else {
            real = NumberConversions.toFloat(r);
            realImag = 0.0;
        }
        if (i == null) {
            return new PyComplex(real, realImag);
        }
        // complex(a, b) is a + b*1j, also when a or b is itself complex.
        PyComplex imagPart = asComplex(i);
        double imag;
        if (imagPart != null) {
            imag = imagPart.real();
            real -= imagPart.imag();
        } else {
            imag = NumberConversions.toFloat(i);
        }
        return new PyComplex(real, realPart != null ? imag + realImag : imag); // keeps complex(0.0, -0.0)'s sign
    }

    /** A complex value, or the complex value an instance of a complex subclass carries; null otherwise. */
    private static PyComplex asComplex(Object o) {
        return BuiltinSubclasses.valueOf(o) instanceof PyComplex c ? c : null;
    }

    /** What converts to complex: numbers, and objects with {@code __float__} or {@code __index__}. */
    private static boolean isNumberLike(Object o) {
        if (Arithmetic.isNumber(o) || asComplex(o) != null) {
            return true;
        }
        if (!Objects.isUserObject(o)) {
            return false;
        }
        PyType t = Types.typeOf(o);
        return t.lookup("__float__") != null || t.lookup("__index__") != null;
    }

    /** The result of a program object's {@code __complex__}; null when it has none. */
    private static PyComplex fromSpecialMethod(Object o) {
        if (!Objects.isUserObject(o)) {
            return null;
        }
        Object r = Objects.callSpecial(o, "__complex__");
        if (r == Objects.ABSENT) {
            return null;
        }
        PyComplex c = asComplex(r);
        if (c == null) {
            throw Errors.typeError("__complex__ returned non-complex (type " + Types.nameOf(r) + ")");
        }
        return c;
    }

    /** {@code complex(text)}. */
    static PyComplex parse(PyStr text) {
        String s = asciiForm(text.value());
        if (s.indexOf('_') >= 0) {
            s = withoutUnderscores(s, text);
        }
        PyComplex c = new Parser(s).complex();
        if (c == null) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
        return c;
    }

    /** Unicode decimal digits as ASCII digits, Unicode spaces as ' ', other non-ASCII characters as '?'. */
    private static String asciiForm(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (NumberConversions.isSpace(cp)) {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Drops underscores, each of which must stand between two digits. */
    private static String withoutUnderscores(String s, PyStr original) {
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean bad = c == '_' ? !isDigit(previous) : previous == '_' && !isDigit(c);
            if (bad) {
                throw Errors.valueError("could not convert string to complex: " + Ops.repr(original));
            }
            if (c != '_') {
                out.append(c);
            }
            previous = c;
        }
        if (previous == '_') {
            throw Errors.valueError("could not convert string to complex: " + Ops.repr(original));
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The forms {@code <float>}, {@code <float>j}, {@code <float><signed float>j},
     * {@code <float><sign>j}, {@code <sign>j} and {@code j}, optionally in parentheses, with
     * whitespace around.
     */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        /** The number, or null if the text is malformed. */
        PyComplex complex() {
            skipSpaces();
            boolean bracket = peek() == '(';
            if (bracket) {
                pos++;
                skipSpaces();
            }
            double real = 0.0;
            double imag = 0.0;
            int start = pos;
            Double first = number();
            if (first != null) {
                if (peek() == '+' || peek() == '-') {
                    real = first;
                    Double second = number();
                    imag = second != null ? second : s.charAt(pos++) == '+' ? 1.0 : -1.0;
                    if (!takeJ()) {
                        return null;
                    }
                } else if (takeJ()) {
                    imag = first;
                } else {
                    real = first;
                }
            } else {
                pos = start;
                if (peek() == '+' || peek() == '-') {
                    imag = s.charAt(pos++) == '+' ? 1.0 : -1.0;
                } else {
                    imag = 1.0;
                }
                if (!takeJ()) {
                    return null;
                }
            }
            skipSpaces();
            if (bracket) {
                if (peek() != ')') {
                    return null;
                }
                pos++;
                skipSpaces();
            }
            return pos == s.length() ? new PyComplex(real, imag) : null;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        private boolean takeJ() {
            if (peek() == 'j' || peek() == 'J') {
                pos++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (pos < s.length() && " \t\n\r\u000b\f".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        /** A signed decimal float, {@code inf}, {@code infinity} or {@code nan} at pos; null (pos unchanged) if none. */
        private Double number() {
            int start = pos;
            int p = pos;
            boolean negative = false;
            if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                negative = s.charAt(p) == '-';
                p++;
            }
            if (s.regionMatches(true, p, "inf", 0, 3)) {
                pos = p + (s.regionMatches(true, p, "infinity", 0, 8) ? 8 : 3);
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (s.regionMatches(true, p, "nan", 0, 3)) {
                pos = p + 3;
                return negative ? -Double.NaN : Double.NaN;
            }
            int digits = 0;
            while (p < s.length() && isDigit(s.charAt(p))) {
                p++;
                digits++;
            }
            if (p < s.length() && s.charAt(p) == '.') {
                p++;
                while (p < s.length() && isDigit(s.charAt(p))) {
                    p++;
                    digits++;
                }
            }
            if (digits == 0) {
                return null;
            }
            if (p < s.length() && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
                int q = p + 1;
                if (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                    q++;
                }
                int expStart = q;
                while (q < s.length() && isDigit(s.charAt(q))) {
                    q++;
                }
                if (q > expStart) {
                    p = q; // otherwise the 'e' is not part of the number
                }
            }
            pos = p;
            return Double.parseDouble(s.substring(start, p));
        }
    }
}
