package dev.krait.runtime;

/**
 * The numeric builtins that dispatch to special methods: {@code round}, three-argument
 * {@code pow} and {@code divmod}, for builtin numbers and program objects alike.
 */
public final class NumberBuiltins {
    private NumberBuiltins() {}

    /** {@code round(number, ndigits=None)}; {@code ndigits} is null when the caller omitted it. */
    public static Object round(Object number, Object ndigits) {
        if (number instanceof Double d) {
            return FloatMethods.round(d, ndigits == null ? PyNone.NONE : ndigits);
        }
        if (Arithmetic.isInt(number)) {
            return IntMethods.round(number, ndigits == null ? PyNone.NONE : ndigits);
        }
        Object r = ndigits == null || ndigits == PyNone.NONE ? Objects.callSpecial(number, "__round__")
                : Objects.callSpecial(number, "__round__", ndigits);
        if (r == Objects.ABSENT) {
            throw Errors.typeError("type " + Types.nameOf(number) + " doesn't define __round__ method");
        }
        return r;
    }

    /** {@code pow(base, exp, mod)} with a modulus: ints, or the base's {@code __pow__(exp, mod)}. */
    public static Object pow(Object base, Object exp, Object mod) {
        if (Arithmetic.isInt(base) && Arithmetic.isInt(exp) && Arithmetic.isInt(mod)) {
            return IntMethods.modularPow(base, exp, mod);
        }
        if (Objects.isUserObject(base)) {
            Object r = Objects.callSpecial(base, "__pow__", exp, mod);
            if (r != Objects.ABSENT && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        // As CPython, the operands' types are asked in order: float refuses any modulus, and
        // complex too once both base and exponent are numbers.
        for (Object operand : new Object[] {base, exp, mod}) {
            if (operand instanceof Double) {
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (operand instanceof PyComplex && ComplexArithmetic.coerce(base) != null
                    && ComplexArithmetic.coerce(exp) != null) {
                throw Errors.valueError("complex modulo");
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Types.nameOf(base) + "', '"
                + Types.nameOf(exp) + "', '" + Types.nameOf(mod) + "'");
    }

    /** {@code divmod(x, y)}. */
    public static Object divmod(Object x, Object y) {
        if (Objects.isUserObject(x) || Objects.isUserObject(y)) {
            Object r = Objects.isUserObject(x) ? Objects.callSpecial(x, "__divmod__", y) : Objects.ABSENT;
            if ((r == Objects.ABSENT || r == PyNone.NOT_IMPLEMENTED) && Objects.isUserObject(y)) {
                r = Objects.callSpecial(y, "__rdivmod__", x);
            }
            if (r != Objects.ABSENT && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
            if (BuiltinSubclasses.valueOf(x) != x || BuiltinSubclasses.valueOf(y) != y) {
                return divmod(BuiltinSubclasses.valueOf(x), BuiltinSubclasses.valueOf(y));
            }
        } else if (Arithmetic.isNumber(x) && Arithmetic.isNumber(y)) {
            if ((x instanceof Double || y instanceof Double) && Arithmetic.toDouble(y) == 0.0) {
                throw Errors.zeroDivision("float divmod()");
            }
            if (Arithmetic.isInt(y) && Arithmetic.compare(y, 0L) == 0 && Arithmetic.isInt(x)) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            return PyTuple.of(Arithmetic.floorDiv(x, y), Arithmetic.mod(x, y));
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Types.nameOf(x) + "' and '"
                + Types.nameOf(y) + "'");
    }
}
