package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyMethod;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Types;

/**
 * The attributes of a {@link PyFunction} as CPython 3.11 has them: the special ones
 * ({@code __name__}, {@code __defaults__}, {@code __code__}, {@code __closure__}, ...), with
 * their type checks when set, and anything else a program stores, kept in {@code __dict__}.
 * The special ones win over {@code __dict__}, as data descriptors do in CPython.
 */
final class FunctionAttributes {
    private FunctionAttributes() {}

    static Object get(PyFunction f, String name) {
        Object special = special(f, name);
        if (special != null) {
            return special;
        }
        Object v = f.dict == null ? null : f.dict.get(PyStr.of(name));
        if (v != null) {
            return v;
        }
        throw Errors.attributeError(f, name);
    }

    /** The special attribute {@code name}, or null when it is not one. */
    private static Object special(PyFunction f, String name) {
        return switch (name) {
            case "__name__" -> PyStr.of(f.name);
            case "__qualname__" -> PyStr.of(f.qualname);
            case "__doc__" -> f.doc;
            case "__module__" -> f.module;
            case "__defaults__" -> f.defaultsTuple == null ? PyNone.NONE : f.defaultsTuple;
            case "__kwdefaults__" -> f.kwDefaults == null ? PyNone.NONE : f.kwDefaults;
            case "__code__" -> f.code;
            case "__closure__" -> closure(f);
            case "__globals__" -> f.globals;
            case "__annotations__" -> {
                if (f.annotations == null) {
                    f.annotations = new PyDict(); // made on first use, then kept, as CPython does
                }
                yield f.annotations;
            }
            case "__dict__" -> dict(f);
            case "__class__" -> Types.FUNCTION;
            case "__get__" -> new PyBuiltinFunction("__get__", (a, k) -> bind(f, a, k));
            case "__call__" -> new PyBuiltinFunction("__call__", f::call);
            default -> null;
        };
    }

    private static PyDict dict(PyFunction f) {
        if (f.dict == null) {
            f.dict = new PyDict();
        }
        return f.dict;
    }

    /** {@code __closure__}: the cells of the free variables, in {@code co_freevars} order; None without any. */
    private static Object closure(PyFunction f) {
        String[] free = f.code.freeVars();
        if (free.length == 0) {
            return PyNone.NONE;
        }
        Object[] cells = new Object[free.length];
        for (int i = 0; i < free.length; i++) {
            cells[i] = f.closure[f.code.closureIndex(free[i])];
        }
        return PyTuple.of(cells);
    }

    /** {@code f.__get__(obj, type=None)}: a method bound to {@code obj}, or the function itself for None. */
    private static Object bind(PyFunction f, Object[] args, String[] kwnames) {
        dev.krait.runtime.Wrappers.getArguments(args, kwnames);
        Object type = args.length == 2 ? args[1] : PyNone.NONE;
        if (args[0] == PyNone.NONE && type == PyNone.NONE) {
            throw Errors.typeError("__get__(None, None) is invalid");
        }
        return args[0] == PyNone.NONE ? f : new PyMethod(args[0], f);
    }

    static void set(PyFunction f, String name, Object value) {
        switch (name) {
            case "__name__" -> f.name = string(name, value);
            case "__qualname__" -> f.qualname = string(name, value);
            case "__doc__" -> f.doc = value;
            case "__module__" -> f.module = value;
            case "__defaults__" -> {
                if (value != PyNone.NONE && !(value instanceof PyTuple)) {
                    throw Errors.typeError("__defaults__ must be set to a tuple object");
                }
                f.setDefaults(value instanceof PyTuple t ? t.toArray() : new Object[0]);
                f.defaultsTuple = value instanceof PyTuple t ? t : null;
            }
            case "__kwdefaults__" -> {
                if (value != PyNone.NONE && !(value instanceof PyDict)) {
                    throw Errors.typeError("__kwdefaults__ must be set to a dict object");
                }
                f.kwDefaults = value instanceof PyDict d ? d : null;
            }
            case "__dict__" -> {
                if (!(value instanceof PyDict d)) {
                    throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Types.nameOf(value) + "'");
                }
                f.dict = d;
            }
            case "__code__" -> setCode(f, value);
            case "__annotations__" -> {
                if (value != PyNone.NONE && !(value instanceof PyDict)) {
                    throw Errors.typeError("__annotations__ must be set to a dict object");
                }
                f.annotations = value instanceof PyDict d ? d : null;
            }
            case "__closure__", "__globals__" -> throw readonly();
            case "__class__" -> throw Errors.typeError(
                    "__class__ assignment only supported for mutable types or ModuleType subclasses");
            default -> dict(f).put(PyStr.of(name), value);
        }
    }

    private static void setCode(PyFunction f, Object value) {
        if (!(value instanceof Code c) || c.params == null) {
            throw Errors.typeError("__code__ must be set to a code object");
        }
        int free = c.cellNames.length - c.ownCells;
        if (free != f.closure.length) {
            throw Errors.valueError(f.name + "() requires a code object with " + f.closure.length + " free vars, not "
                    + free);
        }
        f.code = c;
    }

    static void delete(PyFunction f, String name) {
        switch (name) {
            case "__name__", "__qualname__" -> throw Errors.typeError(name + " must be set to a string object");
            case "__doc__" -> f.doc = PyNone.NONE;
            case "__module__" -> f.module = PyNone.NONE;
            case "__defaults__" -> f.setDefaults(new Object[0]);
            case "__kwdefaults__" -> f.kwDefaults = null;
            case "__dict__" -> throw Errors.typeError("cannot delete __dict__");
            case "__code__" -> throw Errors.typeError("__code__ must be set to a code object");
            case "__annotations__" -> f.annotations = null;
            case "__closure__", "__globals__" -> throw readonly();
            case "__class__" -> throw Errors.typeError("can't delete __class__ attribute");
            default -> {
                if (f.dict == null || f.dict.remove(PyStr.of(name)) == null) {
                    throw Errors.attributeError(f, name);
                }
            }
        }
    }

    private static String string(String name, Object value) {
        if (!(value instanceof PyStr s)) {
            throw Errors.typeError(name + " must be set to a string object");
        }
        return s.value();
    }

    private static PyException readonly() {
        return Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
    }
}
