package dev.krait.code;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Signature;

/** The builtin modules of the language core: {@code sys}, {@code math}, {@code time}, {@code __future__}. */
final class StdModules {
    private StdModules() {}

    static void install(InterpreterState state, List<String> argv) {
        Importer importer = state.importer();
        importer.addBuiltinModule("sys", (ns, st) -> sys(ns, st, argv));
        importer.addBuiltinModule("math", (ns, st) -> math(ns));
        importer.addBuiltinModule("time", (ns, st) -> time(ns));
        importer.addBuiltinModule("__future__", (ns, st) -> future(ns));
        PyDict builtins = state.builtins();
        builtins.put("__name__", PyStr.of("builtins"));
        builtins.put("__doc__", PyNone.NONE);
        builtins.put("__package__", PyStr.EMPTY);
        builtins.put("__loader__", PyNone.NONE);
        builtins.put("__spec__", Importer.spec("builtins", "built-in", "", null));
        importer.modules().put("builtins", new dev.krait.runtime.PyModule("builtins", builtins));
        importer.importModule("sys"); // sys is always in sys.modules, as in CPython
    }

    /** {@code __future__}: each feature with the releases of CPython's table and its compiler flag. */
    private static void future(Map<String, Object> ns) {
        Object[][] features = {
            {"nested_scopes", PyTuple.of(2L, 1L, 0L, PyStr.of("beta"), 1L), PyTuple.of(2L, 2L, 0L, PyStr.of("alpha"), 0L), 0x0010L},
            {"generators", PyTuple.of(2L, 2L, 0L, PyStr.of("alpha"), 1L), PyTuple.of(2L, 3L, 0L, PyStr.of("final"), 0L), 0L},
            {"division", PyTuple.of(2L, 2L, 0L, PyStr.of("alpha"), 2L), PyTuple.of(3L, 0L, 0L, PyStr.of("alpha"), 0L), 0x20000L},
            {"absolute_import", PyTuple.of(2L, 5L, 0L, PyStr.of("alpha"), 1L), PyTuple.of(3L, 0L, 0L, PyStr.of("alpha"), 0L), 0x40000L},
            {"with_statement", PyTuple.of(2L, 5L, 0L, PyStr.of("alpha"), 1L), PyTuple.of(2L, 6L, 0L, PyStr.of("alpha"), 0L), 0x80000L},
            {"print_function", PyTuple.of(2L, 6L, 0L, PyStr.of("alpha"), 2L), PyTuple.of(3L, 0L, 0L, PyStr.of("alpha"), 0L), 0x100000L},
            {"unicode_literals", PyTuple.of(2L, 6L, 0L, PyStr.of("alpha"), 2L), PyTuple.of(3L, 0L, 0L, PyStr.of("alpha"), 0L), 0x200000L},
            {"barry_as_FLUFL", PyTuple.of(3L, 1L, 0L, PyStr.of("alpha"), 2L), PyTuple.of(4L, 0L, 0L, PyStr.of("alpha"), 0L), 0x400000L},
            {"generator_stop", PyTuple.of(3L, 5L, 0L, PyStr.of("beta"), 1L), PyTuple.of(3L, 7L, 0L, PyStr.of("alpha"), 0L), 0x800000L},
            {"annotations", PyTuple.of(3L, 7L, 0L, PyStr.of("beta"), 1L), PyNone.NONE, ExecSupport.FUTURE_ANNOTATIONS},
        };
        List<Object> names = new ArrayList<>();
        for (Object[] f : features) {
            RecordObject feature = new RecordObject(dev.krait.runtime.Types.FUTURE_FEATURE,
                    r -> "_Feature(" + Ops.repr(r.getAttr("optional")) + ", " + Ops.repr(r.getAttr("mandatory")) + ", "
                            + Ops.repr(r.getAttr("compiler_flag")) + ")");
            feature.with("optional", f[1]).with("mandatory", f[2]).with("compiler_flag", f[3]);
            ns.put((String) f[0], feature);
            names.add(PyStr.of((String) f[0]));
        }
        ns.put("all_feature_names", new PyList(names));
        ns.put("CO_FUTURE_ANNOTATIONS", ExecSupport.FUTURE_ANNOTATIONS);
    }

    private static void define(Map<String, Object> ns, String signature, java.util.function.Function<Object[], Object> body) {
        Signature s = Signature.parse(signature);
        ns.put(s.name(), new PyBuiltinFunction(s.name(), (args, kw) -> body.apply(s.bind(args, kw))));
    }

    private static void sys(Map<String, Object> ns, InterpreterState state, List<String> argv) {
        List<Object> args = new ArrayList<>();
        argv.forEach(a -> args.add(PyStr.of(a)));
        ns.put("argv", new PyList(args));
        ns.put("path", state.importer().path());
        ns.put("modules", state.importer().modules());
        ns.put("version_info", PyTuple.of(3L, 11L, 2L, PyStr.of("final"), 0L));
        ns.put("version", PyStr.of("3.11.2 (Krait)"));
        ns.put("maxsize", Long.MAX_VALUE);
        ns.put("platform", PyStr.of("linux"));
        ns.put("stdin", new StdinStream(state));
        ns.put("stdout", new TextStream("<stdout>", state.out()));
        ns.put("stderr", new TextStream("<stderr>", state.err()));
        ns.put("byteorder", PyStr.of("little"));
        define(ns, "exit(status=None, /)", a -> {
            throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT,
                    a[0] == PyNone.NONE ? List.of() : List.of(a[0])));
        });
        define(ns, "getrecursionlimit()", a -> (long) state.recursionLimit());
        define(ns, "setrecursionlimit(limit, /)", a -> {
            Object n = a[0];
            if (!Arithmetic.isInt(n)) {
                throw Errors.typeError("'" + dev.krait.runtime.Types.nameOf(n) + "' object cannot be interpreted as an integer");
            }
            if (Arithmetic.compare(n, 1L) < 0) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            state.setRecursionLimit((int) Math.min((Long) n, Integer.MAX_VALUE));
            return PyNone.NONE;
        });
    }

    private static double real(Object x) {
        if (!Arithmetic.isInt(x) && !(x instanceof Double)) {
            throw Errors.typeError("must be real number, not " + dev.krait.runtime.Types.nameOf(x));
        }
        return Arithmetic.toDouble(x);
    }

    private static Object checked(double r) {
        if (Double.isNaN(r)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    private static void math(Map<String, Object> ns) {
        ns.put("pi", Math.PI);
        ns.put("e", Math.E);
        ns.put("tau", 2 * Math.PI);
        ns.put("inf", Double.POSITIVE_INFINITY);
        ns.put("nan", Double.NaN);
        define(ns, "sqrt(x, /)", a -> {
            double x = real(a[0]);
            if (x < 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.sqrt(x);
        });
        define(ns, "floor(x, /)", a -> Arithmetic.isInt(a[0]) ? Ops.positive(a[0]) : toInt(Math.floor(real(a[0]))));
        define(ns, "ceil(x, /)", a -> Arithmetic.isInt(a[0]) ? Ops.positive(a[0]) : toInt(Math.ceil(real(a[0]))));
        define(ns, "trunc(x, /)", a -> Arithmetic.isInt(a[0]) ? Ops.positive(a[0]) : toInt(real(a[0]) < 0
                ? Math.ceil(real(a[0])) : Math.floor(real(a[0]))));
        define(ns, "fabs(x, /)", a -> Math.abs(real(a[0])));
        define(ns, "exp(x, /)", a -> checked(Math.exp(real(a[0]))));
        define(ns, "log(x, base=...)", a -> {
            double x = real(a[0]);
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            double r = Math.log(x);
            return a[1] == null ? r : r / Math.log(real(a[1]));
        });
        define(ns, "log10(x, /)", a -> {
            double x = real(a[0]);
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.log10(x);
        });
        define(ns, "log2(x, /)", a -> {
            double x = real(a[0]);
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.log(x) / Math.log(2);
        });
        define(ns, "pow(x, y, /)", a -> checked(Math.pow(real(a[0]), real(a[1]))));
        define(ns, "sin(x, /)", a -> Math.sin(real(a[0])));
        define(ns, "cos(x, /)", a -> Math.cos(real(a[0])));
        define(ns, "tan(x, /)", a -> Math.tan(real(a[0])));
        define(ns, "asin(x, /)", a -> checked(Math.asin(real(a[0]))));
        define(ns, "acos(x, /)", a -> checked(Math.acos(real(a[0]))));
        define(ns, "atan(x, /)", a -> Math.atan(real(a[0])));
        define(ns, "atan2(y, x, /)", a -> Math.atan2(real(a[0]), real(a[1])));
        define(ns, "hypot(*coordinates)", a -> {
            double sum = 0;
            for (Object c : ((PyTuple) a[0]).toArray()) {
                sum = Math.hypot(sum, real(c));
            }
            return sum;
        });
        define(ns, "degrees(x, /)", a -> Math.toDegrees(real(a[0])));
        define(ns, "radians(x, /)", a -> Math.toRadians(real(a[0])));
        define(ns, "copysign(x, y, /)", a -> Math.copySign(real(a[0]), real(a[1])));
        define(ns, "isnan(x, /)", a -> Double.isNaN(real(a[0])));
        define(ns, "isinf(x, /)", a -> Double.isInfinite(real(a[0])));
        define(ns, "isfinite(x, /)", a -> Double.isFinite(real(a[0])));
        define(ns, "factorial(n, /)", a -> {
            BigInteger n = big(a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValueExact(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Arithmetic.normalize(r);
        });
        define(ns, "gcd(*integers)", a -> {
            BigInteger g = BigInteger.ZERO;
            for (Object i : ((PyTuple) a[0]).toArray()) {
                g = g.gcd(big(i));
            }
            return Arithmetic.normalize(g);
        });
        define(ns, "isqrt(n, /)", a -> {
            if (!Arithmetic.isInt(a[0])) {
                throw Errors.typeError("'" + dev.krait.runtime.Types.nameOf(a[0]) + "' object cannot be interpreted as an integer");
            }
            BigInteger n = big(a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return Arithmetic.normalize(n.sqrt());
        });
        define(ns, "comb(n, k, /)", a -> {
            BigInteger n = big(a[0]);
            BigInteger k = big(a[1]);
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            long kk = Math.min(k.longValue(), n.subtract(k).longValue());
            for (long i = 0; i < kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return Arithmetic.normalize(r);
        });
        define(ns, "perm(n, k=None, /)", a -> {
            BigInteger n = big(a[0]);
            BigInteger k = a[1] == PyNone.NONE ? n : big(a[1]);
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValue(); i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return Arithmetic.normalize(r);
        });
        define(ns, "prod(iterable, /, *, start=1)", a -> {
            Object r = a[1];
            java.util.Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                r = Ops.binary("*", r, it.next());
            }
            return r;
        });
        define(ns, "fsum(seq, /)", a -> {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            java.util.Iterator<Object> it = Ops.iterate(a[0]);
            double special = 0;
            boolean hasSpecial = false;
            while (it.hasNext()) {
                double d = real(it.next());
                if (!Double.isFinite(d)) {
                    special += d;
                    hasSpecial = true;
                } else {
                    sum = sum.add(new java.math.BigDecimal(d));
                }
            }
            return hasSpecial ? special : sum.doubleValue();
        });
        define(ns, "lcm(*integers)", a -> {
            BigInteger l = BigInteger.ONE;
            for (Object i : ((PyTuple) a[0]).toArray()) {
                BigInteger v = big(i).abs();
                if (v.signum() == 0) {
                    return 0L;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return Arithmetic.normalize(l);
        });
        define(ns, "fmod(x, y, /)", a -> {
            double y = real(a[1]);
            if (y == 0.0) {
                throw Errors.valueError("math domain error");
            }
            return real(a[0]) % y;
        });
        define(ns, "sinh(x, /)", a -> checked(Math.sinh(real(a[0]))));
        define(ns, "cosh(x, /)", a -> checked(Math.cosh(real(a[0]))));
        define(ns, "tanh(x, /)", a -> Math.tanh(real(a[0])));
        define(ns, "expm1(x, /)", a -> checked(Math.expm1(real(a[0]))));
        define(ns, "log1p(x, /)", a -> {
            double x = real(a[0]);
            if (x <= -1) {
                throw Errors.valueError("math domain error");
            }
            return Math.log1p(x);
        });
        define(ns, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)", a -> {
            double x = real(a[0]);
            double y = real(a[1]);
            if (x == y) {
                return true;
            }
            double rel = real(a[2]);
            double abs = real(a[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(x - y);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
    }

    private static BigInteger big(Object i) {
        if (!Arithmetic.isInt(i)) {
            throw Errors.typeError("'" + dev.krait.runtime.Types.nameOf(i) + "' object cannot be interpreted as an integer");
        }
        Object v = Arithmetic.asInt(i);
        return v instanceof BigInteger b ? b : BigInteger.valueOf((Long) v);
    }

    private static Object toInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        return Arithmetic.normalize(new java.math.BigDecimal(d).toBigInteger());
    }

    private static void time(Map<String, Object> ns) {
        define(ns, "time()", a -> System.currentTimeMillis() / 1000.0);
        define(ns, "perf_counter()", a -> System.nanoTime() / 1e9);
        define(ns, "monotonic()", a -> System.nanoTime() / 1e9);
        define(ns, "sleep(seconds, /)", a -> {
            try {
                Thread.sleep((long) (real(a[0]) * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        });
    }
}
