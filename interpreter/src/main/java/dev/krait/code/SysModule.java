package dev.krait.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.IntStrLimit;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyNamespace;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyStructSeq;
import dev.krait.runtime.Types;

/** The {@code sys} module: interpreter facts ({@code version_info}, {@code float_info}, ...) and settings. */
final class SysModule {
    private SysModule() {}

    /** The CPython version whose behaviour Krait follows. */
    private static final long MAJOR = 3;
    private static final long MINOR = 11;
    private static final long MICRO = 2;
    private static final long HEXVERSION = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xF0;

    private static final PyStructSeq.Kind VERSION_INFO = PyStructSeq.kind("sys", "version_info",
            "major", "minor", "micro", "releaselevel", "serial");
    private static final PyStructSeq.Kind FLOAT_INFO = PyStructSeq.kind("sys", "float_info",
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
            "rounds");
    private static final PyStructSeq.Kind INT_INFO = PyStructSeq.kind("sys", "int_info",
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
    private static final PyStructSeq.Kind HASH_INFO = PyStructSeq.kind("sys", "hash_info",
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
    private static final PyStructSeq.Kind FLAGS = PyStructSeq.kind("sys", "flags",
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
            "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");

    static void install(Map<String, Object> ns, InterpreterState state, List<String> argv) {
        List<Object> args = new ArrayList<>();
        argv.forEach(a -> args.add(PyStr.of(a)));
        ns.put("argv", new PyList(args));
        AsyncGenHooks.install(ns, state);
        ns.put("path", state.importer().path());
        ns.put("modules", state.importer().modules());

        PyStructSeq versionInfo = VERSION_INFO.make(MAJOR, MINOR, MICRO, PyStr.of("final"), 0L);
        ns.put("version_info", versionInfo);
        ns.put("version", PyStr.of(MAJOR + "." + MINOR + "." + MICRO + " (Krait, on the JVM "
                + System.getProperty("java.version") + ")"));
        ns.put("hexversion", HEXVERSION);
        ns.put("api_version", 1013L);
        Map<String, Object> implementation = new LinkedHashMap<>();
        implementation.put("name", PyStr.of("krait"));
        implementation.put("cache_tag", PyNone.NONE);
        implementation.put("version", versionInfo);
        implementation.put("hexversion", HEXVERSION);
        ns.put("implementation", new PyNamespace(implementation));
        ns.put("float_info", FLOAT_INFO.make(Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L,
                53L, Math.ulp(1.0), 2L, 1L));
        ns.put("int_info", INT_INFO.make(30L, 4L, (long) IntStrLimit.DEFAULT, (long) IntStrLimit.THRESHOLD));
        ns.put("hash_info", HASH_INFO.make(64L, (1L << 61) - 1, 314159L, 0L, 1000003L, PyStr.of("siphash13"), 64L,
                128L, 0L));
        ns.put("flags", FLAGS.make(0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, false, 0L, 0L, false, -1L));
        ns.put("maxsize", Long.MAX_VALUE);
        ns.put("byteorder", PyStr.of("little"));
        ns.put("platform", PyStr.of(platform()));
        ns.put("executable", PyStr.of(ProcessHandle.current().info().command().orElse("")));
        ns.put("stdin", new StdinStream(state));
        ns.put("stdout", new TextStream("<stdout>", state.out()));
        ns.put("stderr", new TextStream("<stderr>", state.err()));

        StdModules.define(ns, "exit(status=None, /)", a -> {
            throw new PyException(dev.krait.runtime.ExceptionInit.create(ExceptionTypes.SYSTEM_EXIT,
                    a[0] == PyNone.NONE ? new Object[0] : new Object[] {a[0]}));
        });
        StdModules.define(ns, "exc_info()", a -> {
            PyBaseException e = state.handledException();
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(e.type(), e, e.traceback() == null ? PyNone.NONE : e.traceback());
        });
        StdModules.define(ns, "exception()", a -> state.handledException() == null ? PyNone.NONE
                : state.handledException());
        StdModules.define(ns, "getdefaultencoding()", a -> PyStr.of("utf-8"));
        StdModules.define(ns, "getrecursionlimit()", a -> (long) state.recursionLimit());
        StdModules.define(ns, "setrecursionlimit(limit, /)", a -> {
            Object n = a[0];
            if (!Arithmetic.isInt(n)) {
                throw Errors.typeError("'" + Types.nameOf(n) + "' object cannot be interpreted as an integer");
            }
            if (Arithmetic.compare(n, 1L) < 0) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            if (!(Arithmetic.asInt(n) instanceof Long limit) || limit > Integer.MAX_VALUE) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            state.setRecursionLimit((int) (long) limit);
            return PyNone.NONE;
        });
        StdModules.define(ns, "get_int_max_str_digits()", a -> (long) state.intStrLimit().maxDigits());
        StdModules.define(ns, "set_int_max_str_digits(maxdigits)", a -> {
            state.intStrLimit().setMaxDigits(a[0]);
            return PyNone.NONE;
        });
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac")) {
            return "darwin";
        }
        return os.startsWith("linux") ? "linux" : os;
    }
}
