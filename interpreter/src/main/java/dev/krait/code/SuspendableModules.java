package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyMethod;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * The parts of {@code types}, {@code inspect} and {@code gc} that generators, coroutines and
 * async generators need: the types ({@code types.GeneratorType}, ...), {@code types.coroutine},
 * the {@code inspect} predicates, and {@code gc.collect()}, which lets Java's collector run
 * and then performs the finalizations it found due ({@link Finalization}). The everyday
 * library issue completes these modules.
 */
final class SuspendableModules {
    private SuspendableModules() {}

    static void install(Importer importer) {
        importer.addBuiltinModule("types", (ns, st) -> types(ns));
        importer.addBuiltinModule("inspect", (ns, st) -> inspect(ns));
        importer.addBuiltinModule("gc", (ns, st) -> gc(ns, st));
    }

    private static void types(Map<String, Object> ns) {
        ns.put("GeneratorType", GeneratorTypes.GENERATOR);
        ns.put("CoroutineType", GeneratorTypes.COROUTINE);
        ns.put("AsyncGeneratorType", GeneratorTypes.ASYNC_GENERATOR);
        ns.put("FunctionType", Types.FUNCTION);
        ns.put("LambdaType", Types.FUNCTION);
        ns.put("CodeType", Types.CODE);
        ns.put("MethodType", Types.METHOD);
        ns.put("BuiltinFunctionType", Types.BUILTIN_FUNCTION);
        ns.put("BuiltinMethodType", Types.BUILTIN_FUNCTION);
        ns.put("ModuleType", Types.MODULE);
        ns.put("FrameType", Types.FRAME);
        ns.put("TracebackType", Types.TRACEBACK);
        ns.put("NoneType", Types.NONE_TYPE);
        ns.put("coroutine", new PyBuiltinFunction("coroutine", (args, kw) -> {
            if (args.length != 1 || kw.length != 0) {
                throw Errors.typeError("coroutine() takes exactly one argument (" + args.length + " given)");
            }
            return coroutine(args[0]);
        }));
    }

    /**
     * {@code types.coroutine(f)}: a generator function is marked so that its generators may
     * be awaited (CPython's {@code CO_ITERABLE_COROUTINE}); coroutine functions and other
     * callables are returned as they are.
     */
    private static Object coroutine(Object f) {
        if (!(f instanceof PyCallable)) {
            throw Errors.typeError("types.coroutine() expects a callable");
        }
        if (f instanceof PyFunction fn && (fn.code.flags & Code.CO_GENERATOR) != 0) {
            fn.code.flags |= Code.CO_ITERABLE_COROUTINE;
        }
        return f;
    }

    private static void inspect(Map<String, Object> ns) {
        predicate(ns, "isgenerator", o -> o instanceof PyGenerator);
        predicate(ns, "iscoroutine", o -> o instanceof PyCoroutine);
        predicate(ns, "isasyncgen", o -> o instanceof PyAsyncGenerator);
        predicate(ns, "isgeneratorfunction", o -> hasCodeFlag(o, Code.CO_GENERATOR));
        predicate(ns, "iscoroutinefunction", o -> hasCodeFlag(o, Code.CO_COROUTINE));
        predicate(ns, "isasyncgenfunction", o -> hasCodeFlag(o, Code.CO_ASYNC_GENERATOR));
        predicate(ns, "isawaitable", o -> o instanceof PyCoroutine
                || o instanceof PyGenerator g && g.isIterableCoroutine()
                || !(o instanceof PyType) && Types.typeOf(o).lookup("__await__") != null);
        predicate(ns, "isfunction", o -> o instanceof PyFunction);
        predicate(ns, "ismethod", o -> o instanceof PyMethod);
        predicate(ns, "isclass", o -> o instanceof PyType);
        predicate(ns, "ismodule", o -> o instanceof PyModule);
        predicate(ns, "isbuiltin", o -> o instanceof PyBuiltinFunction);
        predicate(ns, "isframe", o -> Types.typeOf(o) == Types.FRAME);
        predicate(ns, "iscode", o -> o instanceof Code);
        predicate(ns, "istraceback", o -> Types.typeOf(o) == Types.TRACEBACK);
    }

    private static void predicate(Map<String, Object> ns, String name, java.util.function.Predicate<Object> test) {
        ns.put(name, new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length != 1 || kw.length != 0) {
                throw Errors.typeError(name + "() missing 1 required positional argument: 'object'");
            }
            return test.test(args[0]);
        }));
    }

    /** As {@code inspect._has_code_flag}: a function, or a method of one, whose code has {@code flag}. */
    private static boolean hasCodeFlag(Object f, int flag) {
        while (f instanceof PyMethod m) {
            f = m.function();
        }
        return f instanceof PyFunction fn && (fn.code.flags & flag) != 0;
    }

    private static void gc(Map<String, Object> ns, InterpreterState state) {
        boolean[] enabled = {true};
        ns.put("collect", new PyBuiltinFunction("collect", (args, kw) -> (long) state.finalization().collect()));
        ns.put("enable", new PyBuiltinFunction("enable", (args, kw) -> {
            enabled[0] = true;
            return PyNone.NONE;
        }));
        ns.put("disable", new PyBuiltinFunction("disable", (args, kw) -> {
            enabled[0] = false;
            return PyNone.NONE;
        }));
        ns.put("isenabled", new PyBuiltinFunction("isenabled", (args, kw) -> enabled[0]));
    }
}
