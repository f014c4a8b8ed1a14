package dev.krait.code;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.Types;

/** A call with {@code *iterable} or {@code **mapping} arguments, spread at run time. */
final class StarCall extends ExprNode {
    /** One argument as written: positional, {@code *}-spread, keyword, or {@code **}-spread. */
    record Part(ExprNode value, boolean star, String keyword, boolean doubleStar) {}

    private final ExprNode func;
    private final Part[] parts;
    private final String description;

    StarCall(ExprNode func, Part[] parts, String description) {
        this.func = func;
        this.parts = parts;
        this.description = description;
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
                Iterator<Object> it;
                try {
                    it = Ops.iterate(v);
                } catch (dev.krait.runtime.PyException e) {
                    throw Errors.typeError(description(f) + " argument after * must be an iterable, not "
                            + Types.nameOf(v));
                }
                it.forEachRemaining(positional::add);
            } else if (p.doubleStar()) {
                if (!(v instanceof PyDict d)) {
                    throw Errors.typeError(description(f) + " argument after ** must be a mapping, not " + Types.nameOf(v));
                }
                Iterator<Object> keys = Ops.iterate(d);
                while (keys.hasNext()) {
                    Object k = keys.next();
                    if (!(k instanceof PyStr s)) {
                        throw Errors.typeError("keywords must be strings");
                    }
                    if (names.contains(s.value())) {
                        throw Errors.typeError(description(f) + " got multiple values for keyword argument '"
                                + s.value() + "'");
                    }
                    names.add(s.value());
                    values.add(d.get(k));
                }
            } else if (p.keyword() != null) {
                if (names.contains(p.keyword())) {
                    throw Errors.typeError(description(f) + " got multiple values for keyword argument '"
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

    /** How CPython names the callee in these errors: {@code __main__.f()} or {@code f()}. */
    private String description(Object f) {
        if (f instanceof PyFunction fn) {
            return description.isEmpty() ? fn.name() + "()" : description;
        }
        return description.isEmpty() ? Types.nameOf(f) + "()" : description;
    }
}
