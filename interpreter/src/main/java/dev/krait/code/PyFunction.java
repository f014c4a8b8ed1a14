package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Descriptor;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.HasAttributes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyMethod;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Traceback;
import dev.krait.runtime.Types;

/**
 * A function defined by a program: its code, defaults, closure cells and the globals of the
 * module that defined it. Calling it binds the arguments into a fresh {@link Frame}. Its
 * program-visible attributes ({@code __name__}, {@code __defaults__}, {@code __code__}, ...)
 * are in {@link FunctionAttributes}.
 */
public final class PyFunction extends PyObject implements dev.krait.runtime.MethodCallable, Descriptor, HasAttributes {
    /** The code; a program may replace it ({@code f.__code__ = g.__code__}). */
    Code code;
    /** {@code __defaults__}: values for the last positional parameters, and the same as a tuple (null: None). */
    Object[] defaults;
    PyTuple defaultsTuple;
    /** {@code __kwdefaults__}, or null for None; read at each call, so changes to it take effect. */
    PyDict kwDefaults;
    final dev.krait.runtime.PyDict globals;
    final InterpreterState state;
    final Cell[] closure;
    String name;
    String qualname;
    /** {@code __doc__} and {@code __module__}: any object, as a program may set them. */
    Object doc;
    Object module;
    /** {@code __dict__}, made when first needed. */
    PyDict dict;
    /** {@code __annotations__}, made when first needed (or set by the definition's annotations). */
    PyDict annotations;

    PyFunction(Code code, ParamSpec params, Object[] defaults, Object[] kwDefaults, dev.krait.runtime.PyDict globals,
               InterpreterState state, Cell[] closure) {
        this.code = code;
        this.globals = globals;
        this.state = state;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = code.doc == null ? PyNone.NONE : PyStr.of(code.doc);
        Object moduleName = globals.get("__name__");
        this.module = moduleName == null ? PyNone.NONE : moduleName;
        setDefaults(defaults);
        if (kwDefaults.length > 0) {
            PyDict d = new PyDict();
            for (int i = 0; i < kwDefaults.length; i++) {
                if (kwDefaults[i] != null) {
                    d.put(PyStr.of(params.names[params.positional + i]), kwDefaults[i]);
                }
            }
            this.kwDefaults = d.size() == 0 ? null : d;
        }
    }

    /** The class whose body defined this function, for zero-argument {@code super()}; null otherwise. */
    PyType owner;

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __qualname__}: what call errors and the repr name the function by. */
    public String qualname() {
        return qualname;
    }

    /** {@code __module__}, when it is a string; null otherwise. */
    public String moduleName() {
        return module instanceof PyStr s ? s.value() : null;
    }

    void setDefaults(Object[] values) {
        defaults = values;
        defaultsTuple = values.length == 0 ? null : PyTuple.of(values);
    }

    @Override
    public Object getAttr(String attribute) {
        return FunctionAttributes.get(this, attribute);
    }

    @Override
    public void setAttr(String attribute, Object value) {
        FunctionAttributes.set(this, attribute, value);
    }

    @Override
    public void delAttr(String attribute) {
        FunctionAttributes.delete(this, attribute);
    }

    /** Looked up through an instance, a function becomes a method bound to it. */
    @Override
    public Object get(Object instance, PyType ownerType) {
        return instance == null ? this : new PyMethod(instance, this);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Code c = code;
        Frame frame = new Frame(c, globals, state, closure);
        c.params.bind(qualname, frame.locals, args, kwnames, defaults, kwDefaults);
        return run(frame);
    }

    @Override
    public Object callAsMethod(Object self, Object[] args, String[] kwnames) {
        if (kwnames.length == 0) {
            int size = localsForPositional(args.length + 1);
            if (size >= 0) {
                Object[] locals = new Object[size];
                locals[0] = self;
                System.arraycopy(args, 0, locals, 1, args.length);
                return callWithLocals(locals);
            }
        }
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = self;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return call(withSelf, kwnames);
    }

    /**
     * The size of the locals array that {@link #callWithLocals} takes when a call passes
     * exactly {@code count} positional arguments and nothing else, or -1 when such a call
     * needs the general binding (defaults, keyword-only parameters, {@code *args}, ...).
     */
    int localsForPositional(int count) {
        Code c = code;
        return c.params.isSimple() && count == c.params.positional ? c.localCount : -1;
    }

    /**
     * Calls with the arguments already in place: {@code locals} has the size that
     * {@link #localsForPositional} gave and holds the positional arguments in its first slots.
     * Call nodes use this to evaluate arguments straight into the new frame.
     */
    Object callWithLocals(Object[] locals) {
        return run(new Frame(code, locals, globals, state, closure));
    }

    private Object run(Frame frame) {
        frame.function = this;
        Code c = frame.code;
        for (int i = 0; i < c.parameterCells.length; i += 2) {
            frame.cells[c.parameterCells[i + 1]].value = frame.locals[c.parameterCells[i]];
        }
        if (c.suspendKind != 0) {
            return suspendable(frame, c.suspendKind);
        }
        state.enterCall();
        try {
            frame.line = c.firstLine;
            c.body.exec(frame);
            return frame.returnValue == null ? PyNone.NONE : frame.returnValue;
        } catch (PyException e) {
            throw addTraceback(e, frame);
        } catch (StackOverflowError e) {
            throw addTraceback(Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded"), frame);
        } catch (OutOfMemoryError e) {
            // The heap is exhausted: what was being built is garbage now, so there is room to report it.
            throw addTraceback(Errors.of(ExceptionTypes.MEMORY_ERROR, ""), frame);
        } finally {
            state.exitCall();
        }
    }

    /** Calling a generator, coroutine or async generator function makes the object that will run its frame. */
    private dev.krait.runtime.PyObject suspendable(Frame frame, int kind) {
        return kind == Code.GENERATOR ? new PyGenerator(frame, this)
                : kind == Code.COROUTINE ? new PyCoroutine(frame, this) : new PyAsyncGenerator(new PyAsyncGenerator.Core(frame, this));
    }

    /**
     * Records that the exception passed through {@code frame}, at the frame's current line,
     * unless its traceback already starts with this frame (caught and re-raised here).
     */
    static PyException addTraceback(PyException e, Frame frame) {
        PyBaseException value = e.value();
        Traceback head = value.traceback();
        if (head == null || head.frame() != frame) {
            value.setTraceback(new Traceback(frame.code.filename, frame.code.name, frame.line, head, frame));
        }
        return e;
    }

    /** {@code raise exc}: a new traceback entry for this frame and line, even if it has one already. */
    static void recordRaise(PyBaseException value, Frame frame) {
        value.setTraceback(new Traceback(frame.code.filename, frame.code.name, frame.line, value.traceback(), frame));
    }

    @Override
    public PyType type() {
        return Types.FUNCTION;
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}
