package dev.krait.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.Signature;

/**
 * The builtin modules of the language core: {@code sys} ({@link SysModule}), {@code math}
 * ({@link MathModule}), {@code time} ({@link TimeModule}), {@code io} ({@link IoModule}) and
 * {@code __future__}.
 */
final class StdModules {
    private StdModules() {}

    static void install(InterpreterState state, List<String> argv) {
        Importer importer = state.importer();
        importer.addBuiltinModule("sys", (ns, st) -> SysModule.install(ns, st, argv));
        importer.addBuiltinModule("math", (ns, st) -> MathModule.install(ns));
        importer.addBuiltinModule("time", (ns, st) -> TimeModule.install(ns, st));
        importer.addBuiltinModule("io", (ns, st) -> IoModule.install(ns, st.builtins().get("open")));
        importer.addBuiltinModule("__future__", (ns, st) -> future(ns));
        SuspendableModules.install(importer);
        AsyncGeneratorLibrary.install(importer);
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

    /** Puts a builtin function with a Python signature into a module namespace. */
    static void define(Map<String, Object> ns, String signature, Function<Object[], Object> body) {
        Signature s = Signature.parse(signature);
        ns.put(s.name(), new PyBuiltinFunction(s.name(), (args, kw) -> body.apply(s.bind(args, kw))));
    }
}
