package dev.krait.code;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.krait.runtime.Containers;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PySet;
import dev.krait.runtime.PySlice;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Types;

/** Nodes for container displays, slices, and subscript targets. */
final class ContainerExprs {
    private ContainerExprs() {}

    /** Evaluates display items, unpacking the {@code *starred} ones (marked in {@code starred}). */
    static List<Object> items(Frame frame, ExprNode[] items, boolean[] starred) {
        List<Object> values = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            Object v = items[i].eval(frame);
            if (starred != null && starred[i]) {
                Iterator<Object> it;
                try {
                    it = Ops.iterate(v);
                } catch (dev.krait.runtime.PyException e) {
                    if (e.getMessage().endsWith("is not iterable")) {
                        throw Errors.typeError("Value after * must be an iterable, not " + Types.nameOf(v));
                    }
                    throw e;
                }
                while (it.hasNext()) {
                    values.add(it.next());
                }
            } else {
                values.add(v);
            }
        }
        return values;
    }

    /** {@code [a, *b]} and {@code (a, *b)} with unpacking. */
    static final class StarredDisplay extends ExprNode {
        final ExprNode[] items;
        final boolean[] starred;
        final boolean tuple;

        StarredDisplay(ExprNode[] items, boolean[] starred, boolean tuple) {
            this.items = items;
            this.starred = starred;
            this.tuple = tuple;
        }

        @Override
        Object eval(Frame frame) {
            List<Object> values = items(frame, items, starred);
            return tuple ? PyTuple.of(values.toArray()) : new PyList(values);
        }
    }

    /** {@code {a, *b}}; all-constant displays of three or more are built as CPython folds them. */
    static final class SetDisplay extends ExprNode {
        final ExprNode[] items;
        final boolean[] starred;
        final boolean folded;

        SetDisplay(ExprNode[] items, boolean[] starred, boolean folded) {
            this.items = items;
            this.starred = starred;
            this.folded = folded;
        }

        @Override
        Object eval(Frame frame) {
            List<Object> values = items(frame, items, starred);
            PySet s = new PySet(false);
            if (folded) {
                s.update(PySet.of(true, values));
            } else {
                for (Object v : values) {
                    s.add(v);
                }
            }
            return s;
        }
    }

    /** {@code {k: v, **m}}: a null key marks {@code **} unpacking. */
    static final class DictDisplay extends ExprNode {
        final ExprNode[] keys;
        final ExprNode[] values;

        DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        Object eval(Frame frame) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object m = values[i].eval(frame);
                    if (m instanceof PyDict other) {
                        Iterator<Object> it = Ops.iterate(other);
                        List<Object> ks = new ArrayList<>();
                        while (it.hasNext()) {
                            ks.add(it.next());
                        }
                        for (Object k : ks) {
                            d.put(k, other.getItem(k));
                        }
                    } else {
                        throw Errors.typeError("'" + Types.nameOf(m) + "' object is not a mapping");
                    }
                } else {
                    Object k = keys[i].eval(frame);
                    d.put(k, values[i].eval(frame));
                }
            }
            return d;
        }
    }

    /** {@code lower:upper:step} inside a subscript. */
    static final class SliceNode extends ExprNode {
        final ExprNode lower;
        final ExprNode upper;
        final ExprNode step;

        SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        Object eval(Frame frame) {
            Object a = lower == null ? PyNone.NONE : lower.eval(frame);
            Object b = upper == null ? PyNone.NONE : upper.eval(frame);
            Object c = step == null ? PyNone.NONE : step.eval(frame);
            return new PySlice(a, b, c);
        }
    }

    /** {@code container[index] = value} and {@code del container[index]}. */
    static final class SubscriptTarget extends Target {
        final ExprNode container;
        final ExprNode index;

        SubscriptTarget(ExprNode container, ExprNode index) {
            this.container = container;
            this.index = index;
        }

        @Override
        void assign(Frame frame, Object value) {
            Object c = container.eval(frame);
            Ops.setItem(c, index.eval(frame), value);
        }

        @Override
        void delete(Frame frame) {
            Object c = container.eval(frame);
            Ops.delItem(c, index.eval(frame));
        }
    }

    /** {@code container[index] op= value}: container and index evaluated once. */
    static final class AugSubscript extends StmtNode {
        final ExprNode container;
        final ExprNode index;
        final String op;
        final ExprNode value;

        AugSubscript(int line, ExprNode container, ExprNode index, String op, ExprNode value) {
            super(line);
            this.container = container;
            this.index = index;
            this.op = op;
            this.value = value;
        }

        @Override
        int exec(Frame frame) {
            Object c = container.eval(frame);
            Object i = index.eval(frame);
            Object current = Ops.getItem(c, i);
            Object operand = value.eval(frame);
            Ops.setItem(c, i, inPlace(op, current, operand));
            return NORMAL;
        }
    }

    /** {@code obj.name op= value}: the object evaluated once. */
    static final class AugAttribute extends StmtNode {
        final ExprNode object;
        final String name;
        final String op;
        final ExprNode value;

        final AttributeSite load;
        final AttributeSite store;

        AugAttribute(int line, ExprNode object, String name, String op, ExprNode value) {
            super(line);
            this.object = object;
            this.name = name;
            this.op = op;
            this.value = value;
            this.load = new AttributeSite(name);
            this.store = new AttributeSite(name);
            this.fast = NumericFastPaths.forSymbol(op);
        }

        final NumericFastPaths.Operation fast;

        @Override
        int exec(Frame frame) {
            Object o = object.eval(frame);
            if (o instanceof dev.krait.runtime.PyInstance i) {
                Object current = load.get(i);
                Object operand = value.eval(frame);
                Object result = fast == null ? null : fast.apply(current, operand);
                store.set(i, result != null ? result : inPlace(op, current, operand));
                return NORMAL;
            }
            Object current = Ops.getAttr(o, name);
            Object operand = value.eval(frame);
            Ops.setAttr(o, name, inPlace(op, current, operand));
            return NORMAL;
        }
    }

    /** The in-place form of a binary operator: mutates lists, sets and dicts where Python does. */
    static Object inPlace(String op, Object current, Object operand) {
        Object special = Ops.inPlace(op, current, operand);
        if (special != null) {
            return special;
        }
        if (op.equals("+") && current instanceof PyList list) {
            Iterator<Object> it = Ops.iterate(operand);
            List<Object> add = new ArrayList<>();
            while (it.hasNext()) {
                add.add(it.next());
            }
            list.items().addAll(add);
            return list;
        }
        Object r = Containers.inPlace(op, current, operand);
        if (r != null) {
            return r;
        }
        try {
            return Ops.binary(op, current, operand);
        } catch (dev.krait.runtime.PyException e) {
            String prefix = "TypeError: unsupported operand type(s) for " + op;
            if (e.getMessage().startsWith(prefix + ":") || e.getMessage().startsWith(prefix + " or pow():")) {
                throw Errors.typeError("unsupported operand type(s) for " + op + "=: '" + Types.nameOf(current)
                        + "' and '" + Types.nameOf(operand) + "'");
            }
            throw e;
        }
    }
}
