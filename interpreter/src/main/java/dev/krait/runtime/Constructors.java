package dev.krait.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** What calling a builtin type does: {@code int('12')}, {@code str(x)}, {@code ValueError('bad')}. */
final class Constructors {
    private Constructors() {}

    static Object construct(PyType type, Object[] args, String[] kwnames) {
        if (!type.isBuiltin()) {
            return Objects.instantiate(type, args, kwnames);
        }
        if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return ExceptionInit.create(type, args, kwnames);
        }
        Object container = Containers.construct(type, args, kwnames);
        if (container != null) {
            return container;
        }
        if (type == Types.STR && (args.length > 1 || kwnames.length > 0)) {
            return BytesModel.strConstruct(args, kwnames);
        }
        if (kwnames.length > 0) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        if (type == Types.INT) {
            return args.length == 0 ? 0L : toInt(args);
        }
        if (type == Types.FLOAT) {
            return args.length == 0 ? 0.0 : toFloat(args[0]);
        }
        if (type == Types.STR) {
            return args.length == 0 ? PyStr.EMPTY : PyStr.of(Ops.str(args[0]));
        }
        if (type == Types.BOOL) {
            return args.length != 0 && Ops.isTrue(args[0]);
        }
        if (type == Types.LIST) {
            return new PyList(args.length == 0 ? List.of() : collect(args[0]));
        }
        if (type == Types.TUPLE) {
            return args.length == 0 ? PyTuple.EMPTY : PyTuple.wrap(collect(args[0]).toArray());
        }
        if (type == Types.RANGE) {
            return range(args);
        }
        if (type == Types.OBJECT) {
            if (args.length > 0) {
                throw Errors.typeError("object() takes no arguments");
            }
            return new PyInstance(Types.OBJECT);
        }
        if (type == Types.TYPE && args.length == 1) {
            return Types.typeOf(args[0]);
        }
        throw Errors.typeError("cannot create '" + type.name() + "' instances");
    }

    static List<Object> collect(Object iterable) {
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = Ops.iterate(iterable);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    private static Object toInt(Object[] args) {
        Object x = args[0];
        if (args.length == 1 && x instanceof PyInstance) {
            for (String special : new String[] {"__int__", "__index__", "__trunc__"}) {
                Object r = Objects.callSpecial(x, special);
                if (r != Objects.ABSENT) {
                    if (!Arithmetic.isInt(r)) {
                        throw Errors.typeError(special + " returned non-int (type " + Types.nameOf(r) + ")");
                    }
                    return Arithmetic.asInt(r);
                }
            }
        }
        if (args.length == 1) {
            if (Arithmetic.isInt(x)) {
                return x instanceof Boolean b ? (b ? 1L : 0L) : x;
            }
            if (x instanceof Double d) {
                if (d.isNaN()) {
                    throw Errors.valueError("cannot convert float NaN to integer");
                }
                if (d.isInfinite()) {
                    throw Errors.overflow("cannot convert float infinity to integer");
                }
                return Arithmetic.normalize(new java.math.BigDecimal(d).toBigInteger());
            }
        }
        if (!(x instanceof PyStr s)) {
            throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + Types.nameOf(x) + "'");
        }
        int base = args.length > 1 ? (int) (long) (Long) Arithmetic.asInt(args[1]) : 10;
        return parseInt(s.value(), base);
    }

    /** {@code int(text, base)} with Python's rules: whitespace, sign, underscores, base prefixes. */
    static Object parseInt(String text, int base) {
        String t = text.strip().replace("_", "");
        String digits = t;
        boolean negative = false;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            negative = digits.charAt(0) == '-';
            digits = digits.substring(1);
        }
        String lower = digits.toLowerCase();
        if ((base == 16 || base == 0) && lower.startsWith("0x")) {
            digits = digits.substring(2);
            base = 16;
        } else if ((base == 8 || base == 0) && lower.startsWith("0o")) {
            digits = digits.substring(2);
            base = 8;
        } else if ((base == 2 || base == 0) && lower.startsWith("0b")) {
            digits = digits.substring(2);
            base = 2;
        } else if (base == 0) {
            base = 10;
        }
        try {
            if (digits.isEmpty() || text.strip().startsWith("_") || text.contains("__")) {
                throw new NumberFormatException();
            }
            BigInteger v = new BigInteger(digits, base);
            return Arithmetic.normalize(negative ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + Ops.repr(PyStr.of(text)));
        }
    }

    private static double toFloat(Object x) {
        if (Arithmetic.isNumber(x)) {
            return Arithmetic.toDouble(x);
        }
        if (x instanceof PyStr s) {
            String t = s.value().strip().replace("_", "").toLowerCase();
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity":
                    return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan":
                    return Double.NaN;
                default:
                    break;
            }
            try {
                if (t.isEmpty() || t.endsWith("d") || t.endsWith("f") || t.contains("x")) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw Errors.valueError("could not convert string to float: " + Ops.repr(s));
            }
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + Types.nameOf(x) + "'");
    }

    private static PyRange range(Object[] args) {
        if (args.length == 0 || args.length > 3) {
            throw Errors.typeError(args.length == 0 ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + args.length);
        }
        long[] v = new long[args.length];
        for (int i = 0; i < v.length; i++) {
            Object n = Arithmetic.asInt(args[i]);
            if (n == null) {
                throw Errors.typeError("'" + Types.nameOf(args[i]) + "' object cannot be interpreted as an integer");
            }
            if (n instanceof BigInteger) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            v[i] = (Long) n;
        }
        return v.length == 1 ? new PyRange(0, v[0], 1) : new PyRange(v[0], v[1], v.length == 3 ? v[2] : 1);
    }
}
