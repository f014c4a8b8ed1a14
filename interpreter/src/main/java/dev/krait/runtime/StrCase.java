package dev.krait.runtime;

import java.util.Locale;

import dev.krait.text.StringRepr;

/** {@code str}'s case mappings and character-class predicates, with Unicode's full mappings. */
final class StrCase {
    private StrCase() {}

    static void install(PyType str) {
        str.method("upper()", (self, a) -> PyStr.of(v(self).toUpperCase(Locale.ROOT)));
        str.method("lower()", (self, a) -> lower(v(self)));
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
        str.method("isidentifier()", (self, a) -> dev.krait.grammar.Identifiers.isIdentifier(v(self)));
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

    /**
     * Code-point ranges (inclusive pairs) with Unicode Numeric_Type=Digit, which Java does not
     * expose: {@code isdigit()} but not {@code isdecimal()} in CPython 3.11 (Unicode 14).
     */
    private static final int[] DIGIT_RANGES = {
            0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079,
            0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5,
            0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40,
            0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a,
    };

    /** Ranges with Numeric_Type=Numeric: {@code isnumeric()} but not {@code isdigit()} in CPython 3.11. */
    private static final int[] NUMERIC_RANGES = {
            0xbc, 0xbe, 0x9f4, 0x9f9, 0xb72, 0xb77, 0xbf0, 0xbf2, 0xc78, 0xc7e, 0xd58, 0xd5e, 0xd70,
            0xd78, 0xf2a, 0xf33, 0x1372, 0x137c, 0x16ee, 0x16f0, 0x17f0, 0x17f9, 0x2150, 0x2182,
            0x2185, 0x2189, 0x2469, 0x2473, 0x247d, 0x2487, 0x2491, 0x249b, 0x24eb, 0x24f4, 0x24fe,
            0x24fe, 0x277f, 0x277f, 0x2789, 0x2789, 0x2793, 0x2793, 0x2cfd, 0x2cfd, 0x3007, 0x3007,
            0x3021, 0x3029, 0x3038, 0x303a, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324f, 0x3251,
            0x325f, 0x3280, 0x3289, 0x32b1, 0x32bf, 0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a,
            0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03, 0x4e03, 0x4e07, 0x4e07, 0x4e09, 0x4e09, 0x4e5d,
            0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96, 0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4edf,
            0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104, 0x5104, 0x5146, 0x5146, 0x5169,
            0x5169, 0x516b, 0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343, 0x5345, 0x534c, 0x534c,
            0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1, 0x58f9, 0x58f9, 0x5e7a, 0x5e7a, 0x5efe,
            0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c, 0x67d2, 0x67d2,
            0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae,
            0x8cae, 0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c,
            0x9678, 0x9678, 0x96f6, 0x96f6, 0xa6e6, 0xa6ef, 0xa830, 0xa835, 0xf96b, 0xf96b, 0xf973,
            0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1, 0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd,
            0x10107, 0x10133, 0x10140, 0x10178, 0x1018a, 0x1018b, 0x102e1, 0x102fb, 0x10320,
            0x10323, 0x10341, 0x10341, 0x1034a, 0x1034a, 0x103d1, 0x103d5, 0x10858, 0x1085f,
            0x10879, 0x1087f, 0x108a7, 0x108af, 0x108fb, 0x108ff, 0x10916, 0x1091b, 0x109bc,
            0x109bd, 0x109c0, 0x109cf, 0x109d2, 0x109ff, 0x10a44, 0x10a48, 0x10a7d, 0x10a7e,
            0x10a9d, 0x10a9f, 0x10aeb, 0x10aef, 0x10b58, 0x10b5f, 0x10b78, 0x10b7f, 0x10ba9,
            0x10baf, 0x10cfa, 0x10cff, 0x10e69, 0x10e7e, 0x10f1d, 0x10f26, 0x10f51, 0x10f54,
            0x10fc5, 0x10fcb, 0x1105b, 0x11065, 0x111e1, 0x111f4, 0x1173a, 0x1173b, 0x118ea,
            0x118f2, 0x11c5a, 0x11c6c, 0x11fc0, 0x11fd4, 0x12400, 0x1246e, 0x16b5b, 0x16b61,
            0x16e80, 0x16e96, 0x1d2e0, 0x1d2f3, 0x1d360, 0x1d378, 0x1e8c7, 0x1e8cf, 0x1ec71,
            0x1ecab, 0x1ecad, 0x1ecaf, 0x1ecb1, 0x1ecb4, 0x1ed01, 0x1ed2d, 0x1ed2f, 0x1ed3d,
            0x1f10b, 0x1f10c, 0x20001, 0x20001, 0x20064, 0x20064, 0x200e2, 0x200e2, 0x20121,
            0x20121, 0x2092a, 0x2092a, 0x20983, 0x20983, 0x2098c, 0x2098c, 0x2099c, 0x2099c,
            0x20aea, 0x20aea, 0x20afd, 0x20afd, 0x20b19, 0x20b19, 0x22390, 0x22390, 0x22998,
            0x22998, 0x23b1b, 0x23b1b, 0x2626d, 0x2626d, 0x2f890, 0x2f890,
    };

    private static boolean inRanges(int[] ranges, int c) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(int c) {
        return isDecimal(c) || inRanges(DIGIT_RANGES, c);
    }

    static boolean isNumeric(int c) {
        return isDigit(c) || inRanges(NUMERIC_RANGES, c);
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Pairs (character, folding) where full case folding differs from lower(), from CPython 3.11. */
    private static final String[] FOLD_EXCEPTIONS = {
        "\265", "\u03bc", "\337", "ss", "\u0149", "\u02bcn", "\u017f", "s", "\u01f0", "j\u030c",
        "\u0345", "\u03b9", "\u0390", "\u03b9\u0308\u0301", "\u03b0", "\u03c5\u0308\u0301",
        "\u03c2", "\u03c3", "\u03d0", "\u03b2", "\u03d1", "\u03b8", "\u03d5", "\u03c6", "\u03d6",
        "\u03c0", "\u03f0", "\u03ba", "\u03f1", "\u03c1", "\u03f5", "\u03b5", "\u0587",
        "\u0565\u0582", "\u13a0", "\u13a0", "\u13a1", "\u13a1", "\u13a2", "\u13a2", "\u13a3",
        "\u13a3", "\u13a4", "\u13a4", "\u13a5", "\u13a5", "\u13a6", "\u13a6", "\u13a7", "\u13a7",
        "\u13a8", "\u13a8", "\u13a9", "\u13a9", "\u13aa", "\u13aa", "\u13ab", "\u13ab", "\u13ac",
        "\u13ac", "\u13ad", "\u13ad", "\u13ae", "\u13ae", "\u13af", "\u13af", "\u13b0", "\u13b0",
        "\u13b1", "\u13b1", "\u13b2", "\u13b2", "\u13b3", "\u13b3", "\u13b4", "\u13b4", "\u13b5",
        "\u13b5", "\u13b6", "\u13b6", "\u13b7", "\u13b7", "\u13b8", "\u13b8", "\u13b9", "\u13b9",
        "\u13ba", "\u13ba", "\u13bb", "\u13bb", "\u13bc", "\u13bc", "\u13bd", "\u13bd", "\u13be",
        "\u13be", "\u13bf", "\u13bf", "\u13c0", "\u13c0", "\u13c1", "\u13c1", "\u13c2", "\u13c2",
        "\u13c3", "\u13c3", "\u13c4", "\u13c4", "\u13c5", "\u13c5", "\u13c6", "\u13c6", "\u13c7",
        "\u13c7", "\u13c8", "\u13c8", "\u13c9", "\u13c9", "\u13ca", "\u13ca", "\u13cb", "\u13cb",
        "\u13cc", "\u13cc", "\u13cd", "\u13cd", "\u13ce", "\u13ce", "\u13cf", "\u13cf", "\u13d0",
        "\u13d0", "\u13d1", "\u13d1", "\u13d2", "\u13d2", "\u13d3", "\u13d3", "\u13d4", "\u13d4",
        "\u13d5", "\u13d5", "\u13d6", "\u13d6", "\u13d7", "\u13d7", "\u13d8", "\u13d8", "\u13d9",
        "\u13d9", "\u13da", "\u13da", "\u13db", "\u13db", "\u13dc", "\u13dc", "\u13dd", "\u13dd",
        "\u13de", "\u13de", "\u13df", "\u13df", "\u13e0", "\u13e0", "\u13e1", "\u13e1", "\u13e2",
        "\u13e2", "\u13e3", "\u13e3", "\u13e4", "\u13e4", "\u13e5", "\u13e5", "\u13e6", "\u13e6",
        "\u13e7", "\u13e7", "\u13e8", "\u13e8", "\u13e9", "\u13e9", "\u13ea", "\u13ea", "\u13eb",
        "\u13eb", "\u13ec", "\u13ec", "\u13ed", "\u13ed", "\u13ee", "\u13ee", "\u13ef", "\u13ef",
        "\u13f0", "\u13f0", "\u13f1", "\u13f1", "\u13f2", "\u13f2", "\u13f3", "\u13f3", "\u13f4",
        "\u13f4", "\u13f5", "\u13f5", "\u13f8", "\u13f0", "\u13f9", "\u13f1", "\u13fa", "\u13f2",
        "\u13fb", "\u13f3", "\u13fc", "\u13f4", "\u13fd", "\u13f5", "\u1c80", "\u0432", "\u1c81",
        "\u0434", "\u1c82", "\u043e", "\u1c83", "\u0441", "\u1c84", "\u0442", "\u1c85", "\u0442",
        "\u1c86", "\u044a", "\u1c87", "\u0463", "\u1c88", "\ua64b", "\u1e96", "h\u0331", "\u1e97",
        "t\u0308", "\u1e98", "w\u030a", "\u1e99", "y\u030a", "\u1e9a", "a\u02be", "\u1e9b",
        "\u1e61", "\u1e9e", "ss", "\u1f50", "\u03c5\u0313", "\u1f52", "\u03c5\u0313\u0300",
        "\u1f54", "\u03c5\u0313\u0301", "\u1f56", "\u03c5\u0313\u0342", "\u1f80", "\u1f00\u03b9",
        "\u1f81", "\u1f01\u03b9", "\u1f82", "\u1f02\u03b9", "\u1f83", "\u1f03\u03b9", "\u1f84",
        "\u1f04\u03b9", "\u1f85", "\u1f05\u03b9", "\u1f86", "\u1f06\u03b9", "\u1f87",
        "\u1f07\u03b9", "\u1f88", "\u1f00\u03b9", "\u1f89", "\u1f01\u03b9", "\u1f8a",
        "\u1f02\u03b9", "\u1f8b", "\u1f03\u03b9", "\u1f8c", "\u1f04\u03b9", "\u1f8d",
        "\u1f05\u03b9", "\u1f8e", "\u1f06\u03b9", "\u1f8f", "\u1f07\u03b9", "\u1f90",
        "\u1f20\u03b9", "\u1f91", "\u1f21\u03b9", "\u1f92", "\u1f22\u03b9", "\u1f93",
        "\u1f23\u03b9", "\u1f94", "\u1f24\u03b9", "\u1f95", "\u1f25\u03b9", "\u1f96",
        "\u1f26\u03b9", "\u1f97", "\u1f27\u03b9", "\u1f98", "\u1f20\u03b9", "\u1f99",
        "\u1f21\u03b9", "\u1f9a", "\u1f22\u03b9", "\u1f9b", "\u1f23\u03b9", "\u1f9c",
        "\u1f24\u03b9", "\u1f9d", "\u1f25\u03b9", "\u1f9e", "\u1f26\u03b9", "\u1f9f",
        "\u1f27\u03b9", "\u1fa0", "\u1f60\u03b9", "\u1fa1", "\u1f61\u03b9", "\u1fa2",
        "\u1f62\u03b9", "\u1fa3", "\u1f63\u03b9", "\u1fa4", "\u1f64\u03b9", "\u1fa5",
        "\u1f65\u03b9", "\u1fa6", "\u1f66\u03b9", "\u1fa7", "\u1f67\u03b9", "\u1fa8",
        "\u1f60\u03b9", "\u1fa9", "\u1f61\u03b9", "\u1faa", "\u1f62\u03b9", "\u1fab",
        "\u1f63\u03b9", "\u1fac", "\u1f64\u03b9", "\u1fad", "\u1f65\u03b9", "\u1fae",
        "\u1f66\u03b9", "\u1faf", "\u1f67\u03b9", "\u1fb2", "\u1f70\u03b9", "\u1fb3",
        "\u03b1\u03b9", "\u1fb4", "\u03ac\u03b9", "\u1fb6", "\u03b1\u0342", "\u1fb7",
        "\u03b1\u0342\u03b9", "\u1fbc", "\u03b1\u03b9", "\u1fbe", "\u03b9", "\u1fc2",
        "\u1f74\u03b9", "\u1fc3", "\u03b7\u03b9", "\u1fc4", "\u03ae\u03b9", "\u1fc6",
        "\u03b7\u0342", "\u1fc7", "\u03b7\u0342\u03b9", "\u1fcc", "\u03b7\u03b9", "\u1fd2",
        "\u03b9\u0308\u0300", "\u1fd3", "\u03b9\u0308\u0301", "\u1fd6", "\u03b9\u0342", "\u1fd7",
        "\u03b9\u0308\u0342", "\u1fe2", "\u03c5\u0308\u0300", "\u1fe3", "\u03c5\u0308\u0301",
        "\u1fe4", "\u03c1\u0313", "\u1fe6", "\u03c5\u0342", "\u1fe7", "\u03c5\u0308\u0342",
        "\u1ff2", "\u1f7c\u03b9", "\u1ff3", "\u03c9\u03b9", "\u1ff4", "\u03ce\u03b9", "\u1ff6",
        "\u03c9\u0342", "\u1ff7", "\u03c9\u0342\u03b9", "\u1ffc", "\u03c9\u03b9", "\uab70",
        "\u13a0", "\uab71", "\u13a1", "\uab72", "\u13a2", "\uab73", "\u13a3", "\uab74", "\u13a4",
        "\uab75", "\u13a5", "\uab76", "\u13a6", "\uab77", "\u13a7", "\uab78", "\u13a8", "\uab79",
        "\u13a9", "\uab7a", "\u13aa", "\uab7b", "\u13ab", "\uab7c", "\u13ac", "\uab7d", "\u13ad",
        "\uab7e", "\u13ae", "\uab7f", "\u13af", "\uab80", "\u13b0", "\uab81", "\u13b1", "\uab82",
        "\u13b2", "\uab83", "\u13b3", "\uab84", "\u13b4", "\uab85", "\u13b5", "\uab86", "\u13b6",
        "\uab87", "\u13b7", "\uab88", "\u13b8", "\uab89", "\u13b9", "\uab8a", "\u13ba", "\uab8b",
        "\u13bb", "\uab8c", "\u13bc", "\uab8d", "\u13bd", "\uab8e", "\u13be", "\uab8f", "\u13bf",
        "\uab90", "\u13c0", "\uab91", "\u13c1", "\uab92", "\u13c2", "\uab93", "\u13c3", "\uab94",
        "\u13c4", "\uab95", "\u13c5", "\uab96", "\u13c6", "\uab97", "\u13c7", "\uab98", "\u13c8",
        "\uab99", "\u13c9", "\uab9a", "\u13ca", "\uab9b", "\u13cb", "\uab9c", "\u13cc", "\uab9d",
        "\u13cd", "\uab9e", "\u13ce", "\uab9f", "\u13cf", "\uaba0", "\u13d0", "\uaba1", "\u13d1",
        "\uaba2", "\u13d2", "\uaba3", "\u13d3", "\uaba4", "\u13d4", "\uaba5", "\u13d5", "\uaba6",
        "\u13d6", "\uaba7", "\u13d7", "\uaba8", "\u13d8", "\uaba9", "\u13d9", "\uabaa", "\u13da",
        "\uabab", "\u13db", "\uabac", "\u13dc", "\uabad", "\u13dd", "\uabae", "\u13de", "\uabaf",
        "\u13df", "\uabb0", "\u13e0", "\uabb1", "\u13e1", "\uabb2", "\u13e2", "\uabb3", "\u13e3",
        "\uabb4", "\u13e4", "\uabb5", "\u13e5", "\uabb6", "\u13e6", "\uabb7", "\u13e7", "\uabb8",
        "\u13e8", "\uabb9", "\u13e9", "\uabba", "\u13ea", "\uabbb", "\u13eb", "\uabbc", "\u13ec",
        "\uabbd", "\u13ed", "\uabbe", "\u13ee", "\uabbf", "\u13ef", "\ufb00", "ff", "\ufb01", "fi",
        "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st", "\ufb13",
        "\u0574\u0576", "\ufb14", "\u0574\u0565", "\ufb15", "\u0574\u056b", "\ufb16",
        "\u057e\u0576", "\ufb17", "\u0574\u056d",
    };

    /** Pairs (character, titlecase) where the full titlecase mapping is not "first of upper(), rest lowered". */
    private static final String[] TITLE_EXCEPTIONS = {
        "\u0149", "\u02bcN", "\u1f80", "\u1f88", "\u1f81", "\u1f89", "\u1f82", "\u1f8a", "\u1f83",
        "\u1f8b", "\u1f84", "\u1f8c", "\u1f85", "\u1f8d", "\u1f86", "\u1f8e", "\u1f87", "\u1f8f",
        "\u1f88", "\u1f88", "\u1f89", "\u1f89", "\u1f8a", "\u1f8a", "\u1f8b", "\u1f8b", "\u1f8c",
        "\u1f8c", "\u1f8d", "\u1f8d", "\u1f8e", "\u1f8e", "\u1f8f", "\u1f8f", "\u1f90", "\u1f98",
        "\u1f91", "\u1f99", "\u1f92", "\u1f9a", "\u1f93", "\u1f9b", "\u1f94", "\u1f9c", "\u1f95",
        "\u1f9d", "\u1f96", "\u1f9e", "\u1f97", "\u1f9f", "\u1f98", "\u1f98", "\u1f99", "\u1f99",
        "\u1f9a", "\u1f9a", "\u1f9b", "\u1f9b", "\u1f9c", "\u1f9c", "\u1f9d", "\u1f9d", "\u1f9e",
        "\u1f9e", "\u1f9f", "\u1f9f", "\u1fa0", "\u1fa8", "\u1fa1", "\u1fa9", "\u1fa2", "\u1faa",
        "\u1fa3", "\u1fab", "\u1fa4", "\u1fac", "\u1fa5", "\u1fad", "\u1fa6", "\u1fae", "\u1fa7",
        "\u1faf", "\u1fa8", "\u1fa8", "\u1fa9", "\u1fa9", "\u1faa", "\u1faa", "\u1fab", "\u1fab",
        "\u1fac", "\u1fac", "\u1fad", "\u1fad", "\u1fae", "\u1fae", "\u1faf", "\u1faf", "\u1fb2",
        "\u1fba\u0345", "\u1fb3", "\u1fbc", "\u1fb4", "\u0386\u0345", "\u1fb7",
        "\u0391\u0342\u0345", "\u1fbc", "\u1fbc", "\u1fc2", "\u1fca\u0345", "\u1fc3", "\u1fcc",
        "\u1fc4", "\u0389\u0345", "\u1fc7", "\u0397\u0342\u0345", "\u1fcc", "\u1fcc", "\u1ff2",
        "\u1ffa\u0345", "\u1ff3", "\u1ffc", "\u1ff4", "\u038f\u0345", "\u1ff7",
        "\u03a9\u0342\u0345", "\u1ffc", "\u1ffc",
    };

    private static final java.util.Map<Integer, String> FOLD = pairs(FOLD_EXCEPTIONS);
    private static final java.util.Map<Integer, String> TITLE = pairs(TITLE_EXCEPTIONS);

    private static java.util.Map<Integer, String> pairs(String[] table) {
        java.util.Map<Integer, String> m = new java.util.HashMap<>();
        for (int i = 0; i < table.length; i += 2) {
            m.put(table[i].codePointAt(0), table[i + 1]);
        }
        return m;
    }

    private static PyStr casefold(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            String f = FOLD.get(c);
            out.append(f != null ? f : Character.toString(c).toLowerCase(Locale.ROOT));
        });
        return PyStr.of(out.toString());
    }

    /** lower(), with Python's final-sigma rule (Java's differs in what may precede the sigma). */
    private static PyStr lower(String s) {
        if (s.indexOf('\u03a3') < 0) {
            return PyStr.of(s.toLowerCase(Locale.ROOT));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            out.append(lowerAt(s, i, c));
            i += Character.charCount(c);
        }
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
        String special = TITLE.get(c);
        if (special != null) {
            return special;
        }
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

}
