package dev.krait.code;

/**
 * The arithmetic that most programs spend their time in — small ints and floats — done
 * inline, ahead of the general operator dispatch in {@code dev.krait.runtime.Ops}. Each
 * method returns the result when both operands are {@code Long}s or {@code Double}s (or a
 * mix) and the result is what CPython computes, and null otherwise (overflow past 64 bits,
 * division by zero, any other type), leaving the case to the general path, which also
 * produces the errors.
 */
final class NumericFastPaths {
    private NumericFastPaths() {}

    /** An operator's fast path: the result, or null to take the general path. */
    @FunctionalInterface
    interface Operation {
        Object apply(Object a, Object b);
    }

    /** The fast path of a binary operator symbol, or null if it has none. */
    static Operation forSymbol(String symbol) {
        return switch (symbol) {
            case "+" -> NumericFastPaths::add;
            case "-" -> NumericFastPaths::sub;
            case "*" -> NumericFastPaths::mul;
            case "/" -> NumericFastPaths::trueDiv;
            case "//" -> NumericFastPaths::floorDiv;
            case "%" -> NumericFastPaths::mod;
            default -> null;
        };
    }

    static Object add(Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : (Object) r;
            }
            return b instanceof Double y ? (Object) (x + y) : null;
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return x + y;
            }
            return b instanceof Long y ? (Object) (x + y) : null;
        }
        return null;
    }

    static Object sub(Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : (Object) r;
            }
            return b instanceof Double y ? (Object) (x - y) : null;
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return x - y;
            }
            return b instanceof Long y ? (Object) (x - y) : null;
        }
        return null;
    }

    static Object mul(Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                long r = x * y;
                long high = Math.multiplyHigh(x, y);
                // The product fits in 64 bits when the high word is just the low word's sign.
                return (high == 0 && r >= 0) || (high == -1 && r < 0) ? (Object) r : null;
            }
            return b instanceof Double y ? (Object) (x * y) : null;
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return x * y;
            }
            return b instanceof Long y ? (Object) (x * y) : null;
        }
        return null;
    }

    /** Ints of at most 53 bits convert to double exactly, so their quotient rounds correctly. */
    private static final long EXACT = 1L << 53;

    static Object trueDiv(Object a, Object b) {
        if (!exactAsDouble(a) || !exactAsDouble(b)) {
            return null;
        }
        double y = asDouble(b);
        return y == 0.0 ? null : (Object) (asDouble(a) / y);
    }

    /** A float, or an int that a double holds exactly. */
    private static boolean exactAsDouble(Object o) {
        return o instanceof Double || o instanceof Long l && Math.abs(l) <= EXACT;
    }

    /** The value of an operand that {@link #exactAsDouble} accepted. */
    private static double asDouble(Object o) {
        return o instanceof Double d ? d : (double) (Long) o;
    }

    static Object floorDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && x != Long.MIN_VALUE) {
            return Math.floorDiv((long) x, (long) y);
        }
        return null;
    }

    static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) {
            return Math.floorMod((long) x, (long) y);
        }
        return null;
    }

    /**
     * {@code a < b} and friends for two ints or two floats (or an int of at most 53 bits and a
     * float); null otherwise. {@code code}: 0 {@code <}, 1 {@code <=}, 2 {@code >}, 3 {@code >=},
     * 4 {@code ==}, 5 {@code !=}. Java's double comparisons treat NaN exactly as Python does.
     */
    static Boolean compare(int code, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long p = x;
            long q = y;
            return switch (code) {
                case 0 -> p < q;
                case 1 -> p <= q;
                case 2 -> p > q;
                case 3 -> p >= q;
                case 4 -> p == q;
                default -> p != q;
            };
        }
        if (!exactAsDouble(a) || !exactAsDouble(b)) {
            return null;
        }
        double p = asDouble(a);
        double q = asDouble(b);
        return switch (code) {
            case 0 -> p < q;
            case 1 -> p <= q;
            case 2 -> p > q;
            case 3 -> p >= q;
            case 4 -> p == q;
            default -> p != q;
        };
    }
}
