package dev.krait.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * What may follow a number literal. The lexer grammar matches only well-formed literals, so
 * {@code 0777}, {@code 0b102}, {@code 1_} or {@code 12abc} arrive as a short NUMBER followed
 * by the rest; this check looks at the next characters and raises CPython's message, at
 * the column CPython's tokenizer reports (usually the 0-based column of the first
 * offending character, which CPython hands out as the offset).
 */
final class NumberChecks {
    private NumberChecks() {}

    static void checkEnd(Token number, CharStream input) {
        String text = number.getText();
        int next = input.LA(1);
        int line = number.getLine();
        int start = number.getCharPositionInLine();
        int end = start + text.codePointCount(0, text.length());
        String lower = text.toLowerCase();
        String kind = lower.startsWith("0x") ? "hexadecimal"
                : lower.startsWith("0o") ? "octal"
                : lower.startsWith("0b") ? "binary"
                : lower.endsWith("j") ? "imaginary"
                : "decimal";
        // Fine floats such as 00.5 or 007e1 never get here: the grammar takes them whole.
        if (text.chars().allMatch(c -> c == '0' || c == '_')) {
            if (next == 'x' || next == 'X') {
                throw SourceError.syntax("invalid hexadecimal literal", line, input.LA(2) == '_' ? end + 2 : end + 1);
            }
            if (next == 'o' || next == 'O') {
                prefixWithoutDigits(input, "octal", '8', line, end);
            }
            if (next == 'b' || next == 'B') {
                prefixWithoutDigits(input, "binary", '2', line, end);
            }
            if (isDigit(next) || next == '_' && isDigit(input.LA(2))) {
                throw SourceError.syntax(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, start + 1);
            }
        }
        int digitAt = next == '_' ? input.LA(2) : next;
        int digitColumn = next == '_' ? end + 2 : end + 1;
        if (kind.equals("octal") && (digitAt == '8' || digitAt == '9')) {
            throw SourceError.syntax("invalid digit '" + (char) digitAt + "' in octal literal", line, digitColumn);
        }
        if (kind.equals("binary") && digitAt >= '2' && digitAt <= '9') {
            throw SourceError.syntax("invalid digit '" + (char) digitAt + "' in binary literal", line, digitColumn);
        }
        if ((next == 'e' || next == 'E') && kind.equals("decimal") && (input.LA(2) == '+' || input.LA(2) == '-')) {
            throw SourceError.syntax("invalid decimal literal", line, end + 2);
        }
        if (next == '_') {
            throw SourceError.syntax("invalid " + kind + " literal", line, kind.equals("imaginary") ? end : end + 1);
        }
        if (isDigit(next)) {
            throw SourceError.syntax("invalid " + kind + " literal", line, end);
        }
        if (isIdentifierChar(next) && !keywordFollows(input)) {
            throw SourceError.syntax("invalid " + kind + " literal", line, end);
        }
    }

    /** {@code 0o}/{@code 0b} with no valid digit after the prefix. */
    private static void prefixWithoutDigits(CharStream input, String kind, char firstBad, int line, int end) {
        int digit = input.LA(2);
        if (digit >= firstBad && digit <= '9') {
            throw SourceError.syntax("invalid digit '" + (char) digit + "' in " + kind + " literal", line, end + 2);
        }
        throw SourceError.syntax("invalid " + kind + " literal", line, digit == '_' ? end + 2 : end + 1);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128;
    }

    /** CPython 3.11 still accepts {@code 1if x else y}, {@code 0x1for} and friends. */
    private static boolean keywordFollows(CharStream input) {
        String[] keywords = {"and", "else", "for", "if", "in", "is", "not", "or"};
        for (String keyword : keywords) {
            boolean match = true;
            for (int i = 0; i < keyword.length() && match; i++) {
                match = input.LA(i + 1) == keyword.charAt(i);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
