package dev.krait.code;

import java.util.Iterator;
import java.util.Map;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/** Fills an interpreter's builtins namespace: the builtin functions, types and exceptions. */
final class Builtins {
    private Builtins() {}

    static void install(InterpreterState state) {
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        for (PyType t : new PyType[] {Types.INT, Types.FLOAT, Types.COMPLEX, Types.STR, Types.BOOL, Types.LIST, Types.TUPLE,
                Types.RANGE, Types.TYPE, Types.OBJECT, Types.BYTES, Types.BYTEARRAY, Types.SUPER}) {
            b.put(t.name(), t);
        }
        b.putAll(ExceptionTypes.all());
        Classes.install(b);
        MoreBuiltins.install(b, state);
        ContainerBuiltins.install(b);
        AsyncBuiltins.install(b);
        define(b, "print", (args, kw) -> print(state, args, kw));
        define(b, "len", (args, kw) -> Ops.len(one("len", args, kw)));
        define(b, "repr", (args, kw) -> PyStr.of(Ops.repr(one("repr", args, kw))));
        define(b, "abs", (args, kw) -> abs(one("abs", args, kw)));
        define(b, "min", (args, kw) -> extreme("min", args, kw, "<"));
        define(b, "max", (args, kw) -> extreme("max", args, kw, ">"));
        define(b, "sum", Builtins::sum);
        define(b, "format", dev.krait.runtime.Formatting::builtinFormat);
        define(b, "ascii", (args, kw) -> dev.krait.runtime.Formatting.asciiOf(one("ascii", args, kw)));
        define(b, "chr", (args, kw) -> dev.krait.runtime.Formatting.chr(one("chr", args, kw)));
        define(b, "ord", (args, kw) -> dev.krait.runtime.Formatting.ord(one("ord", args, kw)));
        define(b, "hex", (args, kw) -> dev.krait.runtime.Formatting.radix(one("hex", args, kw), 16));
        define(b, "oct", (args, kw) -> dev.krait.runtime.Formatting.radix(one("oct", args, kw), 8));
        define(b, "bin", (args, kw) -> dev.krait.runtime.Formatting.radix(one("bin", args, kw), 2));
        ExecSupport.install(b, state);
        b.forEach(state.builtins::put);
    }

    private static void define(Map<String, Object> b, String name, PyCallable body) {
        b.put(name, new PyBuiltinFunction(name, body));
    }

    private static Object one(String name, Object[] args, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    private static Object print(InterpreterState state, Object[] args, String[] kw) {
        int positional = args.length - kw.length;
        String sep = " ";
        String end = "\n";
        Object file = PyNone.NONE;
        boolean flush = false;
        for (int k = 0; k < kw.length; k++) {
            Object v = args[positional + k];
            switch (kw[k]) {
                case "sep" -> sep = v == PyNone.NONE ? " " : textArgument("sep", v);
                case "end" -> end = v == PyNone.NONE ? "\n" : textArgument("end", v);
                case "file" -> file = v;
                case "flush" -> flush = Ops.isTrue(v);
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
        }
        if (file == PyNone.NONE) {
            file = sysStdout(state);
            if (file == PyNone.NONE) {
                return PyNone.NONE; // CPython prints nothing when sys.stdout is None
            }
        }
        if (file instanceof TextStream stream) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < positional; i++) {
                if (i > 0) {
                    out.append(sep);
                }
                out.append(Ops.str(args[i]));
            }
            out.append(end);
            if (stream.stream() != state.out()) {
                state.out().flush(); // keeps stdout and stderr in order on a terminal
            }
            stream.stream().print(out);
            if (flush) {
                stream.stream().flush();
            }
            return PyNone.NONE;
        }
        // Any other file object gets each piece through its write(), as CPython does.
        state.out().flush();
        for (int i = 0; i < positional; i++) {
            if (i > 0) {
                write(file, sep);
            }
            write(file, Ops.str(args[i]));
        }
        write(file, end);
        if (flush) {
            Ops.callMethod(file, "flush", new Object[0], PyCallable.NO_KEYWORDS);
        }
        return PyNone.NONE;
    }

    private static void write(Object file, String text) {
        Ops.callMethod(file, "write", new Object[] {PyStr.of(text)}, PyCallable.NO_KEYWORDS);
    }

    /** {@code sys.stdout} as the program has it now (it may have replaced it). */
    private static Object sysStdout(InterpreterState state) {
        Object sys = state.importer().modules().get("sys");
        Object out = sys instanceof dev.krait.runtime.PyModule m ? m.namespace().get("stdout") : null;
        if (out == null) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.stdout");
        }
        return out;
    }

    private static String textArgument(String name, Object v) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(name + " must be None or a string, not " + Types.nameOf(v));
        }
        return s.value();
    }

    private static Object abs(Object x) {
        if (x instanceof dev.krait.runtime.PyInstance) {
            Object r = dev.krait.runtime.Objects.callSpecial(x, "__abs__");
            if (r != dev.krait.runtime.Objects.ABSENT) {
                return r;
            }
            x = dev.krait.runtime.BuiltinSubclasses.valueOf(x); // abs() of an int, float or complex subclass
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof dev.krait.runtime.PyComplex c) {
            return dev.krait.runtime.ComplexArithmetic.abs(c);
        }
        if (Arithmetic.isInt(x)) {
            Integer sign = Arithmetic.compare(x, 0L);
            return sign < 0 ? Ops.negate(x) : Ops.positive(x);
        }
        throw Errors.typeError("bad operand type for abs(): '" + Types.nameOf(x) + "'");
    }

    /** {@code min}/{@code max}: one iterable or several arguments, with {@code key=} and {@code default=}. */
    private static Object extreme(String name, Object[] args, String[] kw, String better) {
        int positional = args.length - kw.length;
        Object key = PyNone.NONE;
        Object dflt = null;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "key" -> key = args[positional + k];
                case "default" -> dflt = args[positional + k];
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (positional == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (positional > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        Iterator<Object> it = positional == 1 ? Ops.iterate(args[0])
                : java.util.Arrays.asList(args).subList(0, positional).iterator();
        if (!it.hasNext()) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        PyCallable keyFn = key == PyNone.NONE ? null : (PyCallable) key;
        Object best = it.next();
        Object bestKey = keyFn == null ? best : keyFn.call(new Object[] {best}, PyCallable.NO_KEYWORDS);
        while (it.hasNext()) {
            Object v = it.next();
            Object k = keyFn == null ? v : keyFn.call(new Object[] {v}, PyCallable.NO_KEYWORDS);
            if (Ops.order(better, k, bestKey)) {
                best = v;
                bestKey = k;
            }
        }
        return best;
    }

    private static final dev.krait.runtime.Signature SUM = dev.krait.runtime.Signature.parse("sum(iterable, /, start=0)");

    private static Object sum(Object[] args, String[] kw) {
        Object[] a = SUM.bind(args, kw);
        Object total = a[1];
        if (total instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (total instanceof dev.krait.runtime.PyBytes || total instanceof dev.krait.runtime.PyByteArray) {
            throw Errors.typeError("sum() can't sum " + Types.nameOf(total) + " [use b''.join(seq) instead]");
        }
        if (a[0] instanceof PyGenerator g) {
            while (g.step(dev.krait.runtime.PyNone.NONE, null)) {
                total = add(total, g.value);
            }
            return total;
        }
        Iterator<Object> it = Ops.iterate(a[0]);
        while (it.hasNext()) {
            total = add(total, it.next());
        }
        return total;
    }

    /** One step of sum(): small ints and floats inline (3.11 adds floats in order, uncompensated). */
    private static Object add(Object total, Object item) {
        Object fast = NumericFastPaths.add(total, item);
        return fast != null ? fast : Ops.binary("+", total, item);
    }
}
