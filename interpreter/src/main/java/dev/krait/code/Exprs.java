package dev.krait.code;

import java.util.ArrayList;
import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyMethodDescriptor;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Types;

/** The expression nodes, one small class per operation. */
final class Exprs {
    private Exprs() {}

    static final class Const extends ExprNode {
        final Object value;

        Const(Object value) {
            this.value = value;
        }

        @Override
        Object eval(Frame frame) {
            return value;
        }
    }

    /** A local variable of a function, by slot. */
    static final class LocalLoad extends ExprNode {
        final int slot;
        final String name;

        LocalLoad(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        Object eval(Frame frame) {
            Object v = frame.locals[slot];
            if (v == null) {
                throw Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                        "cannot access local variable '" + name + "' where it is not associated with a value");
            }
            return v;
        }
    }

    /** A variable shared with nested functions, read through its cell. */
    static final class CellLoad extends ExprNode {
        final int index;
        final String name;
        final boolean free;

        CellLoad(int index, String name, boolean free) {
            this.index = index;
            this.name = name;
            this.free = free;
        }

        @Override
        Object eval(Frame frame) {
            Object v = frame.cells[index].value;
            if (v == null) {
                throw free ? Errors.nameError("cannot access free variable '" + name
                        + "' where it is not associated with a value in enclosing scope", true)
                        : Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                        + "' where it is not associated with a value");
            }
            return v;
        }
    }

    /** Makes a function object ({@code def} or {@code lambda}): defaults evaluated now, cells captured. */
    static final class MakeFunction extends ExprNode {
        final Code code;
        final ExprNode[] defaults;
        final ExprNode[] kwDefaults;
        final ParamSpec params;
        final int[] closure;

        MakeFunction(Code code, ExprNode[] defaults, ExprNode[] kwDefaults, ParamSpec params, int[] closure) {
            this.code = code;
            this.defaults = defaults;
            this.kwDefaults = kwDefaults;
            this.params = params;
            this.closure = closure;
        }

        @Override
        Object eval(Frame frame) {
            Object[] values = new Object[defaults.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = defaults[i].eval(frame);
            }
            Object[] kwValues = new Object[kwDefaults.length];
            for (int i = 0; i < kwValues.length; i++) {
                kwValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].eval(frame);
            }
            Cell[] cells = new Cell[closure.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = frame.cells[closure[i]];
            }
            return new PyFunction(code, params, values, kwValues, frame.globals, frame.state, cells);
        }
    }

    /**
     * A module-level name: the module's globals, then the builtins. It remembers the dict and
     * entry where it last found the name, valid while that dict's layout is unchanged (see
     * {@link PyDict#layout()}), so a repeated read is two comparisons and an array read.
     */
    static final class GlobalLoad extends ExprNode {
        final String name;
        private PyDict cachedGlobals;
        private int globalsLayout;
        /** The entry in the globals, or -1 when the name was found in the builtins. */
        private int globalsIndex;
        private PyDict cachedBuiltins;
        private int builtinsLayout;
        private int builtinsIndex;

        GlobalLoad(String name) {
            this.name = name;
        }

        @Override
        Object eval(Frame frame) {
            PyDict g = frame.globals;
            if (g == cachedGlobals && g.layout() == globalsLayout) {
                if (globalsIndex >= 0) {
                    return g.valueAt(globalsIndex);
                }
                PyDict b = frame.builtins;
                if (b == cachedBuiltins && b.layout() == builtinsLayout) {
                    return b.valueAt(builtinsIndex);
                }
            }
            return lookup(frame, g);
        }

        private Object lookup(Frame frame, PyDict g) {
            int i = g.indexOf(name);
            cachedGlobals = g;
            globalsLayout = g.layout();
            globalsIndex = i;
            if (i >= 0) {
                return g.valueAt(i);
            }
            PyDict b = frame.builtins;
            int j = b.indexOf(name);
            if (j < 0) {
                cachedGlobals = null;
                throw Errors.nameError(name);
            }
            cachedBuiltins = b;
            builtinsLayout = b.layout();
            builtinsIndex = j;
            return b.valueAt(j);
        }
    }

    static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orelse;

        IfExp(ExprNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        Object eval(Frame frame) {
            return test.test(frame) ? body.eval(frame) : orelse.eval(frame);
        }
    }

    /** A call with positional arguments and keyword arguments named at compile time. */
    static final class Call extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;
        final String[] kwnames;

        Call(ExprNode func, ExprNode[] args, String[] kwnames) {
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        Object eval(Frame frame) {
            return callWith(frame, func.eval(frame));
        }

        /** The call, with the callee {@code f} already evaluated (from {@link #func}). */
        Object callWith(Frame frame, Object f) {
            if (f instanceof PyFunction function && kwnames.length == 0) {
                int size = function.localsForPositional(args.length);
                if (size >= 0) {
                    Object[] locals = new Object[size];
                    for (int i = 0; i < args.length; i++) {
                        locals[i] = args[i].eval(frame);
                    }
                    return function.callWithLocals(locals);
                }
            }
            Object[] values = new Object[args.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = args[i].eval(frame);
            }
            if (!(f instanceof PyCallable callable)) {
                throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
            }
            if (f == Types.TYPE && values.length == 3 && values[2] instanceof dev.krait.runtime.PyDict ns
                    && ns.get("__module__") == null && frame.globals.get("__name__") != null) {
                // type(name, bases, dict) places the class in the calling module, as CPython does
                // (in the class's namespace, not the caller's dict).
                dev.krait.runtime.PyDict copy = ns.copy();
                copy.put("__module__", frame.globals.get("__name__"));
                values[2] = copy;
            }
            return callable.call(values, kwnames);
        }
    }

    static final class GetAttr extends ExprNode {
        final ExprNode value;
        final String name;
        final AttributeSite site;

        GetAttr(ExprNode value, String name) {
            this.value = value;
            this.name = name;
            this.site = new AttributeSite(name);
        }

        @Override
        Object eval(Frame frame) {
            Object v = value.eval(frame);
            return v instanceof PyInstance i ? site.get(i) : Ops.getAttr(v, name);
        }
    }

    /**
     * {@code obj.name(args)}: calls a method without making a bound method when the name is
     * a function of the instance's class or a builtin method of the value's type. As in
     * CPython, the attribute is looked up before the arguments are evaluated.
     */
    static final class CallMethod extends ExprNode {
        final ExprNode receiver;
        final String name;
        final ExprNode[] args;
        final String[] kwnames;
        final AttributeSite site;

        CallMethod(ExprNode receiver, String name, ExprNode[] args, String[] kwnames) {
            this.receiver = receiver;
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
            this.site = new AttributeSite(name);
        }

        @Override
        Object eval(Frame frame) {
            Object self = receiver.eval(frame);
            Object f;
            if (self instanceof PyInstance instance) {
                PyCallable method = site.method(instance);
                int size = kwnames.length == 0 && method instanceof PyFunction function
                        ? function.localsForPositional(args.length + 1) : -1;
                if (size >= 0) {
                    Object[] locals = new Object[size];
                    locals[0] = self;
                    for (int i = 0; i < args.length; i++) {
                        locals[i + 1] = args[i].eval(frame);
                    }
                    return ((PyFunction) method).callWithLocals(locals);
                }
                if (method != null) {
                    Object[] values = new Object[args.length + 1];
                    values[0] = self;
                    for (int i = 0; i < args.length; i++) {
                        values[i + 1] = args[i].eval(frame);
                    }
                    return method.call(values, kwnames);
                }
                f = site.get(instance);
            } else {
                PyMethodDescriptor builtin = site.builtinMethod(self);
                if (builtin != null) {
                    return builtin.invoke(self, evalArgs(frame), kwnames);
                }
                f = Ops.getAttr(self, name);
            }
            Object[] values = evalArgs(frame);
            if (!(f instanceof PyCallable callable)) {
                throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
            }
            return callable.call(values, kwnames);
        }

        private Object[] evalArgs(Frame frame) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = args[i].eval(frame);
            }
            return values;
        }
    }

    static final class ListDisplay extends ExprNode {
        final ExprNode[] items;

        ListDisplay(ExprNode[] items) {
            this.items = items;
        }

        @Override
        Object eval(Frame frame) {
            List<Object> values = new ArrayList<>(items.length);
            for (ExprNode item : items) {
                values.add(item.eval(frame));
            }
            return new PyList(values);
        }
    }

    static final class TupleDisplay extends ExprNode {
        final ExprNode[] items;

        TupleDisplay(ExprNode[] items) {
            this.items = items;
        }

        @Override
        Object eval(Frame frame) {
            Object[] values = new Object[items.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = items[i].eval(frame);
            }
            return PyTuple.of(values);
        }
    }

    static final class Subscript extends ExprNode {
        final ExprNode value;
        final ExprNode index;

        Subscript(ExprNode value, ExprNode index) {
            this.value = value;
            this.index = index;
        }

        @Override
        Object eval(Frame frame) {
            Object v = value.eval(frame);
            return Ops.getItem(v, index.eval(frame));
        }
    }

    /** An f-string: its pieces' str (or repr/ascii) joined. */
    static final class FString extends ExprNode {
        final ExprNode[] parts;
        final int[] conversions;
        /** Per part: the format spec (itself an f-string node), or null. */
        final ExprNode[] specs;

        FString(ExprNode[] parts, int[] conversions, ExprNode[] specs) {
            this.parts = parts;
            this.conversions = conversions;
            this.specs = specs;
        }

        @Override
        Object eval(Frame frame) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                Object v = parts[i].eval(frame);
                if (conversions[i] == 'r') {
                    v = PyStr.of(Ops.repr(v));
                } else if (conversions[i] == 'a') {
                    v = dev.krait.runtime.Formatting.asciiOf(v);
                } else if (conversions[i] == 's') {
                    v = PyStr.of(Ops.str(v));
                }
                if (specs[i] != null) {
                    out.append(dev.krait.runtime.Formatting.format(v, Ops.str(specs[i].eval(frame))));
                } else {
                    out.append(v instanceof PyStr s ? s.value() : dev.krait.runtime.Formatting.format(v, ""));
                }
            }
            return PyStr.of(out.toString());
        }
    }
}
