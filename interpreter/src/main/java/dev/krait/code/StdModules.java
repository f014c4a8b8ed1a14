package dev.krait.code;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.Signature;

/**
 * The builtin modules of the language core: {@code sys} ({@link SysModule}), {@code math}
 * ({@link MathModule}), {@code time} ({@link TimeModule}) and {@code __future__}.
 */
final class StdModules {
    private StdModules() {}

    static void install(InterpreterState state, List<String> argv) {
        Importer importer = state.importer();
        importer.addBuiltinModule("sys", (ns, st) -> SysModule.install(ns, st, argv));
        importer.addBuiltinModule("math", (ns, st) -> MathModule.install(ns));
        importer.addBuiltinModule("time", (ns, st) -> TimeModule.install(ns));
        importer.addBuiltinModule("__future__", (ns, st) -> {
            for (String feature : new String[] {"annotations", "division", "generator_stop", "print_function",
                    "absolute_import", "with_statement", "nested_scopes", "generators", "unicode_literals"}) {
                ns.put(feature, PyNone.NONE);
            }
        });
    }

    /** Puts a builtin function with a Python signature into a module namespace. */
    static void define(Map<String, Object> ns, String signature, Function<Object[], Object> body) {
        Signature s = Signature.parse(signature);
        ns.put(s.name(), new PyBuiltinFunction(s.name(), (args, kw) -> body.apply(s.bind(args, kw))));
    }
}
