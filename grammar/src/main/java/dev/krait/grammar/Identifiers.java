package dev.krait.grammar;

/**
 * Which characters may form a Python identifier (PEP 3131): the first from XID_Start or
 * {@code _}, the rest from XID_Continue. Shared by the tokenizer and {@code str.isidentifier()}.
 *
 * <p>The Unicode sets come from the JVM's {@link Character} data (ID_Start and ID_Continue
 * there) minus the few characters that NFKC normalisation keeps out of the XID sets. The JVM
 * knows Unicode 13 (Java 17) or later, CPython 3.11 Unicode 14: code points assigned in
 * between differ. The lexer grammar does not spell the sets out as {@code \p{XID_Start}}:
 * their serialised form made the lexer's class initialisation take ~20 ms of every start-up.
 */
public final class Identifiers {
    private Identifiers() {}

    /** In ID_Start/ID_Continue but not in XID_Start/XID_Continue. */
    private static final int[] NOT_XID = {
        0x37a, 0xe33, 0xeb3, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63, 0xfdfa,
        0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e, 0xff9e, 0xff9f,
    };

    /** True if {@code cp} may start an identifier. */
    public static boolean isStart(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !notXid(cp);
    }

    /** True if {@code cp} may continue an identifier. */
    public static boolean isContinue(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        // Java counts format characters (Cf, e.g. U+200D) as ignorable identifier parts; Python does not.
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !notXid(cp);
    }

    /** Python's {@code str.isidentifier()}. */
    public static boolean isIdentifier(String s) {
        return !s.isEmpty() && firstInvalid(s) < 0;
    }

    /** The index (in code points) of the first character that cannot be where it is in an identifier, or -1. */
    public static int firstInvalid(String s) {
        int index = 0;
        for (int i = 0; i < s.length(); index++) {
            int cp = s.codePointAt(i);
            if (index == 0 ? !isStart(cp) : !isContinue(cp)) {
                return index;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean notXid(int cp) {
        for (int x : NOT_XID) {
            if (x == cp) {
                return true;
            }
        }
        return false;
    }
}
