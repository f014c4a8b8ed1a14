package dev.krait.code;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Objects;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBoundMethod;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.Types;

/** A call with {@code *iterable} or {@code **mapping} arguments, spread at run time. */
final class StarCall extends ExprNode {
    /** One argument as written: positional, {@code *}-spread, keyword, or {@code **}-spread. */
    record Part(ExprNode value, boolean star, String keyword, boolean doubleStar) {}

    private final ExprNode func;
    private final Part[] parts;

    StarCall(ExprNode func, Part[] parts) {
        this.func = func;
        this.parts = parts;
    }

    @Override
    Object eval(Frame frame) {
        Object f = func.eval(frame);
        List<Object> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Part p : parts) {
            Object v = p.value().eval(frame);
            if (p.star()) {
                iterate(f, v).forEachRemaining(positional::add);
            } else if (p.doubleStar()) {
                spreadMapping(f, v, names, values);
            } else if (p.keyword() != null) {
                if (names.contains(p.keyword())) {
                    throw Errors.typeError(functionStr(f) + " got multiple values for keyword argument '"
                            + p.keyword() + "'");
                }
                names.add(p.keyword());
                values.add(v);
            } else {
                positional.add(v);
            }
        }
        if (!(f instanceof PyCallable callable)) {
            throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
        }
        Object[] all = new Object[positional.size() + values.size()];
        for (int i = 0; i < positional.size(); i++) {
            all[i] = positional.get(i);
        }
        for (int i = 0; i < values.size(); i++) {
            all[positional.size() + i] = values.get(i);
        }
        return callable.call(all, names.toArray(new String[0]));
    }

    /** {@code *v}: its iterator, or CPython's TypeError when v is not iterable at all. */
    private static Iterator<Object> iterate(Object f, Object v) {
        if (Objects.isUserObject(v) && (Types.typeOf(v).lookup("__iter__") != null
                || Types.typeOf(v).lookup("__getitem__") != null)) {
            return Ops.iterate(v); // iterable: errors its __iter__ raises are the program's own
        }
        try {
            return Ops.iterate(v);
        } catch (PyException e) {
            if (!e.value().type().isSubtypeOf(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            throw Errors.typeError(functionStr(f) + " argument after * must be an iterable, not " + Types.nameOf(v));
        }
    }

    /** {@code **v}: a dict, or any object with {@code keys()} and {@code __getitem__}. */
    private static void spreadMapping(Object f, Object v, List<String> names, List<Object> values) {
        Iterator<Object> keys;
        if (v instanceof PyDict d) {
            keys = Ops.iterate(d);
        } else {
            Object keysMethod;
            try {
                keysMethod = Ops.getAttr(v, "keys");
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                throw Errors.typeError(functionStr(f) + " argument after ** must be a mapping, not "
                        + Types.nameOf(v));
            }
            if (!(keysMethod instanceof PyCallable c)) {
                throw Errors.typeError("'" + Types.nameOf(keysMethod) + "' object is not callable");
            }
            keys = Ops.iterate(c.call(new Object[0], PyCallable.NO_KEYWORDS));
        }
        while (keys.hasNext()) {
            Object k = keys.next();
            if (!(k instanceof PyStr s)) {
                throw Errors.typeError("keywords must be strings");
            }
            if (names.contains(s.value())) {
                throw Errors.typeError(functionStr(f) + " got multiple values for keyword argument '" + s.value() + "'");
            }
            names.add(s.value());
            values.add(v instanceof PyDict d ? d.get(k) : Ops.getItem(v, k));
        }
    }

    /**
     * How CPython names a callee in these errors: {@code __main__.f()} (module and qualified
     * name), {@code len()} for builtins, or the object's {@code str()} when it has no
     * {@code __qualname__}.
     */
    static String functionStr(Object f) {
        if (f instanceof PyFunction fn) {
            return qualified(fn.module, fn.qualname());
        }
        if (f instanceof PyBoundMethod m) {
            return m.qualname() + "()";
        }
        if (f instanceof PyBuiltinFunction b) {
            return b.name() + "()";
        }
        Object qualname;
        try {
            qualname = Ops.getAttr(f, "__qualname__");
        } catch (PyException e) {
            return Ops.str(f);
        }
        Object module;
        try {
            module = Ops.getAttr(f, "__module__");
        } catch (PyException e) {
            module = PyNone.NONE;
        }
        return qualified(module, Ops.str(qualname));
    }

    private static String qualified(Object module, String qualname) {
        if (module instanceof PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + qualname + "()";
        }
        return qualname + "()";
    }
}
