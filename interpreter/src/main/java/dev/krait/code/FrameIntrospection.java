package dev.krait.code;

import java.util.Map;
import java.util.TreeSet;

import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyStr;

/**
 * {@code locals()}, {@code vars()} and {@code dir()} with no argument: they read the calling
 * frame, so the compiler turns them into this node (when the name means the builtin). In a
 * function they give a snapshot of the local variables, as CPython 3.11 does; at module
 * level and in class bodies, the namespace's contents.
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
        PyDict d = new PyDict();
        if (localNames == null) {
            Map<String, Object> ns = frame.namespace != null ? frame.namespace : frame.globals;
            ns.forEach((k, v) -> d.put(PyStr.of(k), v));
        } else {
            for (int i = 0; i < localNames.length; i++) {
                if (frame.locals[i] != null) {
                    d.put(PyStr.of(localNames[i]), frame.locals[i]);
                }
            }
            for (int i = 0; i < cellNames.length; i++) {
                if (frame.cells[i].value != null) {
                    d.put(PyStr.of(cellNames[i]), frame.cells[i].value);
                }
            }
        }
        if (!function.equals("dir")) {
            return d;
        }
        TreeSet<String> names = new TreeSet<>();
        dev.krait.runtime.Ops.iterate(d).forEachRemaining(k -> names.add(((PyStr) k).value()));
        PyList out = new PyList();
        names.forEach(n -> out.append(PyStr.of(n)));
        return out;
    }
}
