package dev.krait.grammar;

/** Python's {@code str.isprintable()} for one code point. */
public final class Printable {
    private Printable() {}

    /**
     * True unless the code point is in a Unicode category Python treats as non-printable
     * (Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs), the ASCII space excepted. Java 17 knows Unicode 13,
     * CPython 3.11 Unicode 14; code points assigned in between differ.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
