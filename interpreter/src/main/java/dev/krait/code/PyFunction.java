package dev.krait.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Traceback;
import dev.krait.runtime.Types;

/**
 * A function defined by a program: its code, parameter names and defaults, and the globals
 * of the module that defined it. Calling it binds the arguments into a fresh {@link Frame}.
 */
public final class PyFunction extends PyObject implements PyCallable, dev.krait.runtime.Descriptor {
    private final Code code;
    private final String[] params;
    private final Object[] defaults;
    private final Map<String, Object> globals;
    private final InterpreterState state;
    private final Cell[] closure;

    PyFunction(Code code, String[] params, Object[] defaults, Map<String, Object> globals,
               InterpreterState state, Cell[] closure) {
        this.code = code;
        this.params = params;
        this.defaults = defaults;
        this.globals = globals;
        this.state = state;
        this.closure = closure;
    }

    /** The class whose body defined this function, for zero-argument {@code super()}; null otherwise. */
    PyType owner;

    public String name() {
        return code.name;
    }

    /** Looked up through an instance, a function becomes a method bound to it. */
    @Override
    public Object get(Object instance, PyType ownerType) {
        return instance == null ? this : new dev.krait.runtime.PyMethod(instance, this);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Frame frame = new Frame(code, globals, state, closure);
        frame.function = this;
        bind(frame.locals, args, kwnames);
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

    /** Records that the exception passed through {@code frame}. */
    static PyException addTraceback(PyException e, Frame frame) {
        PyBaseException value = e.value();
        value.setTraceback(new Traceback(frame.code.filename, frame.code.name, frame.line, value.traceback()));
        return e;
    }

    private void bind(Object[] locals, Object[] args, String[] kwnames) {
        int positional = args.length - kwnames.length;
        int n = params.length;
        if (positional > n) {
            throw tooManyPositional(positional);
        }
        System.arraycopy(args, 0, locals, 0, positional);
        for (int k = 0; k < kwnames.length; k++) {
            int index = indexOf(kwnames[k]);
            if (index < 0) {
                throw Errors.typeError(code.name + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            if (locals[index] != null) {
                throw Errors.typeError(code.name + "() got multiple values for argument '" + kwnames[k] + "'");
            }
            locals[index] = args[positional + k];
        }
        int firstDefault = n - defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) {
                    locals[i] = defaults[i - firstDefault];
                } else {
                    missing.add("'" + params[i] + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(code.name + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
        }
    }

    private PyException tooManyPositional(int given) {
        int max = params.length;
        int min = max - defaults.length;
        String takes = min == max ? Integer.toString(max) : "from " + min + " to " + max;
        return Errors.typeError(code.name + "() takes " + takes + " positional argument" + (max == 1 && min == max ? "" : "s")
                + " but " + given + (given == 1 ? " was" : " were") + " given");
    }

    /** CPython's list of names: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    private int indexOf(String name) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public PyType type() {
        return Types.FUNCTION;
    }

    @Override
    public String toString() {
        return "<function " + code.name + ">";
    }
}
