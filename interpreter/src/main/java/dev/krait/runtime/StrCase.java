package dev.krait.runtime;

import java.util.Locale;

import dev.krait.text.StringRepr;

/** {@code str}'s case mappings and character-class predicates, with Unicode's full mappings. */
final class StrCase {
    private StrCase() {}

    static void install(PyType str) {
        str.method("upper()", (self, a) -> PyStr.of(v(self).toUpperCase(Locale.ROOT)));
        str.method("lower()", (self, a) -> PyStr.of(v(self).toLowerCase(Locale.ROOT)));
        str.method("casefold()", (self, a) -> casefold(v(self)));
        str.method("swapcase()", (self, a) -> swapcase(v(self)));
        str.method("title()", (self, a) -> title(v(self)));
        str.method("capitalize()", (self, a) -> capitalize(v(self)));
        str.method("isdigit()", (self, a) -> all(v(self), StrCase::isDigit));
        str.method("isdecimal()", (self, a) -> all(v(self), StrCase::isDecimal));
        str.method("isnumeric()", (self, a) -> all(v(self), StrCase::isNumeric));
        str.method("isalpha()", (self, a) -> all(v(self), Character::isLetter));
        str.method("isalnum()", (self, a) -> all(v(self), c -> Character.isLetter(c) || isNumeric(c)));
        str.method("isspace()", (self, a) -> all(v(self), StrMethods::isSpace));
        str.method("isascii()", (self, a) -> v(self).chars().allMatch(c -> c < 128));
        str.method("isprintable()", (self, a) -> v(self).codePoints().allMatch(StringRepr::isPrintable));
        str.method("isupper()", (self, a) -> cased(v(self), true));
        str.method("islower()", (self, a) -> cased(v(self), false));
        str.method("istitle()", (self, a) -> istitle(v(self)));
        str.method("isidentifier()", (self, a) -> isIdentifier(v(self)));
    }

    private static String v(Object self) {
        return ((PyStr) self).value();
    }

    private static boolean all(String s, java.util.function.IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        int n = Character.getNumericValue(c);
        return n >= 0 && n <= 9;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (t == Character.OTHER_LETTER && Character.getNumericValue(c) >= 0 && c >= 0x3000);
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static PyStr casefold(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(Character.toString(c).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)));
        return PyStr.of(out.toString());
    }

    private static PyStr swapcase(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) {
                out.append(lowerAt(s, i, c));
            } else if (Character.isLowerCase(c)) {
                out.append(Character.toString(c).toUpperCase(Locale.ROOT));
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return PyStr.of(out.toString());
    }

    /** The full titlecase mapping of one code point. */
    private static String titleOf(int c) {
        String up = Character.toString(c).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            return Character.toString(first) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return Character.toString(Character.toTitleCase(c));
    }

    private static PyStr title(String s) {
        StringBuilder out = new StringBuilder();
        boolean prevCased = false;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (prevCased) {
                out.append(lowerAt(s, i, c));
            } else {
                out.append(titleOf(c));
            }
            prevCased = isCased(c);
            i += Character.charCount(c);
        }
        return PyStr.of(out.toString());
    }

    /** Lowercase of the code point at {@code i}, with the final-sigma rule. */
    private static String lowerAt(String s, int i, int c) {
        if (c == 0x3a3) {
            return isFinalSigma(s, i) ? "\u03c2" : "\u03c3";
        }
        return Character.toString(c).toLowerCase(Locale.ROOT);
    }

    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (isCaseIgnorable(c)) {
                continue;
            }
            before = isCased(c);
            break;
        }
        if (!before) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (isCaseIgnorable(c)) {
                continue;
            }
            return !isCased(c);
        }
        return true;
    }

    private static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x2019 || t == Character.NON_SPACING_MARK
                || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER
                || t == Character.MODIFIER_SYMBOL;
    }

    private static PyStr capitalize(String s) {
        if (s.isEmpty()) {
            return PyStr.EMPTY;
        }
        int c = s.codePointAt(0);
        StringBuilder out = new StringBuilder(titleOf(c));
        int i = Character.charCount(c);
        while (i < s.length()) {
            int d = s.codePointAt(i);
            out.append(lowerAt(s, i, d));
            i += Character.charCount(d);
        }
        return PyStr.of(out.toString());
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c)
                    : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) {
                any = true;
            }
        }
        return any;
    }

    private static boolean istitle(String s) {
        boolean any = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                any = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                any = true;
            } else {
                prevCased = false;
            }
        }
        return any;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
        }
        return true;
    }
}
