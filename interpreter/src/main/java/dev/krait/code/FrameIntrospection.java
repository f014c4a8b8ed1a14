package dev.krait.code;

import java.util.Map;
import java.util.TreeSet;

import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyStr;

/**
 * {@code locals()}, {@code vars()} and {@code dir()} with no argument: they read the calling
 * frame, so the compiler turns them into this node (when the name means the builtin). At
 * module level {@code locals()} is the globals dict itself (or, in code run by {@code exec}
 * with separate locals, that locals dict); in a function it is a snapshot of the local
 * variables (one dict per call, refreshed each time, as CPython 3.11 gives); in a class body,
 * a snapshot of the namespace.
 */
final class FrameIntrospection extends ExprNode {
    private final String function;
    private final String[] localNames;
    private final String[] cellNames;

    FrameIntrospection(String function, String[] localNames, String[] cellNames) {
        this.function = function;
        this.localNames = localNames;
        this.cellNames = cellNames;
    }

    @Override
    Object eval(Frame frame) {
        PyDict d = locals(frame, localNames, cellNames);
        if (!function.equals("dir")) {
            return d;
        }
        TreeSet<String> names = new TreeSet<>();
        dev.krait.runtime.Ops.iterate(d).forEachRemaining(k -> names.add(((PyStr) k).value()));
        PyList out = new PyList();
        names.forEach(n -> out.append(PyStr.of(n)));
        return out;
    }

    /** What {@code locals()} gives in {@code frame}; {@code localNames} is null outside functions. */
    static PyDict locals(Frame frame, String[] localNames, String[] cellNames) {
        if (localNames == null) {
            if (frame.namespace == null) {
                return frame.globals;
            }
            if (frame.namespace instanceof DictBackedMap m) {
                return m.dict;
            }
            PyDict d = new PyDict();
            frame.namespace.forEach((k, v) -> d.put(PyStr.of(k), v));
            return d;
        }
        // One dict per frame, refreshed from the variables at each call: names the program
        // added to it (exec("q = 1")) stay, unbound variables leave, as in CPython 3.11.
        PyDict d = frame.localsDict;
        if (d == null) {
            d = frame.localsDict = new PyDict();
        }
        for (int i = 0; i < localNames.length; i++) {
            refresh(d, localNames[i], frame.locals[i]);
        }
        for (int i = 0; i < cellNames.length; i++) {
            refresh(d, cellNames[i], frame.cells[i].value);
        }
        return d;
    }

    private static void refresh(PyDict d, String name, Object value) {
        if (value != null) {
            d.put(name, value);
        } else {
            d.remove(name);
        }
    }
}
