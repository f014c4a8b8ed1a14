package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStructSeq;
import dev.krait.runtime.Types;

/**
 * {@code sys.set_asyncgen_hooks} and {@code sys.get_asyncgen_hooks} (PEP 525), per
 * interpreter: the {@code firstiter} hook is called with each async generator at its first
 * {@code asend}/{@code athrow}/{@code __anext__}, and the {@code finalizer} captured at that
 * moment is called if the generator is dropped unfinished ({@link PyAsyncGenerator#initHooks}).
 */
final class AsyncGenHooks {
    private AsyncGenHooks() {}

    private static final PyStructSeq.Kind HOOKS = PyStructSeq.kind(null, "asyncgen_hooks", "firstiter", "finalizer");

    static void install(Map<String, Object> ns, InterpreterState state) {
        ns.put("get_asyncgen_hooks", new PyBuiltinFunction("get_asyncgen_hooks", (args, kw) -> {
            if (args.length > 0 || kw.length > 0) {
                throw Errors.typeError("get_asyncgen_hooks() takes no arguments (" + (args.length + kw.length)
                        + " given)");
            }
            return HOOKS.make(orNone(state.asyncGenFirstiter), orNone(state.asyncGenFinalizer));
        }));
        ns.put("set_asyncgen_hooks", new PyBuiltinFunction("set_asyncgen_hooks", (args, kw) -> {
            set(state, args, kw);
            return PyNone.NONE;
        }));
    }

    private static Object orNone(Object hook) {
        return hook == null ? PyNone.NONE : hook;
    }

    /** Unset arguments keep their hook, None clears it; both are checked (the finalizer first) before either changes. */
    private static void set(InterpreterState state, Object[] args, String[] kwnames) {
        int positional = args.length - kwnames.length;
        if (args.length > 2) {
            throw Errors.typeError("function takes at most 2 arguments (" + args.length + " given)");
        }
        Object firstiter = positional > 0 ? args[0] : null;
        Object finalizer = positional > 1 ? args[1] : null;
        for (int i = 0; i < kwnames.length; i++) {
            Object v = args[positional + i];
            switch (kwnames[i]) {
                case "firstiter" -> firstiter = v;
                case "finalizer" -> finalizer = v;
                default -> throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for this function");
            }
        }
        check(finalizer, "finalizer");
        check(firstiter, "firstiter");
        if (finalizer != null) {
            state.asyncGenFinalizer = finalizer == PyNone.NONE ? null : finalizer;
        }
        if (firstiter != null) {
            state.asyncGenFirstiter = firstiter == PyNone.NONE ? null : firstiter;
        }
    }

    private static void check(Object hook, String name) {
        if (hook != null && hook != PyNone.NONE && !(hook instanceof PyCallable)) {
            throw Errors.typeError("callable " + name + " expected, got " + Types.nameOf(hook));
        }
    }
}
