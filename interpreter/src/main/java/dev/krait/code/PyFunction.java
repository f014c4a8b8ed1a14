package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Traceback;
import dev.krait.runtime.Types;

/**
 * A function defined by a program: its code, parameter names and defaults, and the globals
 * of the module that defined it. Calling it binds the arguments into a fresh {@link Frame}.
 */
public final class PyFunction extends PyObject implements PyCallable, dev.krait.runtime.Descriptor,
        dev.krait.runtime.HasAttributes {
    private final Code code;
    private final ParamSpec params;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final dev.krait.runtime.PyDict globals;
    private final InterpreterState state;
    private final Cell[] closure;

    PyFunction(Code code, ParamSpec params, Object[] defaults, Object[] kwDefaults, dev.krait.runtime.PyDict globals,
               InterpreterState state, Cell[] closure) {
        this.code = code;
        this.params = params;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.globals = globals;
        this.state = state;
        this.closure = closure;
    }

    /** The class whose body defined this function, for zero-argument {@code super()}; null otherwise. */
    PyType owner;

    public String name() {
        return code.name;
    }

    private final Map<String, Object> attributes = new java.util.LinkedHashMap<>();

    @Override
    public Object getAttr(String name) {
        Object v = attributes.get(name);
        if (v != null) {
            return v;
        }
        return switch (name) {
            case "__name__" -> PyStr.of(code.name);
            case "__qualname__" -> PyStr.of(code.qualname);
            case "__doc__" -> code.doc == null ? PyNone.NONE : PyStr.of(code.doc);
            case "__module__" -> java.util.Objects.requireNonNullElse(globals.get("__name__"), PyNone.NONE);
            case "__defaults__" -> defaults.length == 0 ? PyNone.NONE : PyTuple.of(defaults);
            case "__kwdefaults__" -> kwDefaultsDict();
            case "__globals__" -> globals;
            case "__annotations__" -> {
                dev.krait.runtime.PyDict empty = new dev.krait.runtime.PyDict(); // made once, then kept
                attributes.put(name, empty);
                yield empty;
            }
            default -> throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'function' object has no attribute '" + name + "'");
        };
    }

    @Override
    public void setAttr(String name, Object value) {
        attributes.put(name, value);
    }

    private Object kwDefaultsDict() {
        dev.krait.runtime.PyDict d = new dev.krait.runtime.PyDict();
        for (int i = 0; i < kwDefaults.length; i++) {
            if (kwDefaults[i] != null) {
                d.put(PyStr.of(params.names[params.positional + i]), kwDefaults[i]);
            }
        }
        return d.size() == 0 ? PyNone.NONE : d;
    }

    /** Looked up through an instance, a function becomes a method bound to it. */
    @Override
    public Object get(Object instance, PyType ownerType) {
        return instance == null ? this : new dev.krait.runtime.PyMethod(instance, this);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Frame frame = new Frame(code, globals, state, closure);
        params.bind(code.qualname, frame.locals, args, kwnames, defaults, kwDefaults);
        return run(frame);
    }

    /**
     * The size of the locals array that {@link #callWithLocals} takes when a call passes
     * exactly {@code count} positional arguments and nothing else, or -1 when such a call
     * needs the general binding (defaults, keyword-only parameters, {@code *args}, ...).
     */
    int localsForPositional(int count) {
        return params.isSimple() && count == params.positional ? code.localCount : -1;
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
        for (int i = 0; i < code.parameterCells.length; i += 2) {
            frame.cells[code.parameterCells[i + 1]].value = frame.locals[code.parameterCells[i]];
        }
        state.enterCall();
        try {
            frame.line = code.firstLine;
            code.body.exec(frame);
            return frame.returnValue == null ? dev.krait.runtime.PyNone.NONE : frame.returnValue;
        } catch (PyException e) {
            throw addTraceback(e, frame);
        } catch (StackOverflowError e) {
            throw addTraceback(Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded"), frame);
        } finally {
            state.exitCall();
        }
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
        return "<function " + code.qualname + " at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}
