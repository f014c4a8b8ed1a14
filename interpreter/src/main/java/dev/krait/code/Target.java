package dev.krait.code;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;

/** Where an assignment stores: a local slot, a global name, or a tuple of targets to unpack into. */
abstract class Target {
    abstract void assign(Frame frame, Object value);

    /** Removes the binding ({@code del}). */
    abstract void delete(Frame frame);

    static final class Local extends Target {
        final int slot;
        final String name;

        Local(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        void assign(Frame frame, Object value) {
            frame.locals[slot] = value;
        }

        @Override
        void delete(Frame frame) {
            if (frame.locals[slot] == null) {
                throw Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                        "cannot access local variable '" + name + "' where it is not associated with a value");
            }
            frame.locals[slot] = null;
        }
    }

    static final class CellTarget extends Target {
        final int index;
        final String name;

        CellTarget(int index, String name) {
            this.index = index;
            this.name = name;
        }

        @Override
        void assign(Frame frame, Object value) {
            frame.cells[index].value = value;
        }

        @Override
        void delete(Frame frame) {
            if (frame.cells[index].value == null) {
                throw Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                        "cannot access local variable '" + name + "' where it is not associated with a value");
            }
            frame.cells[index].value = null;
        }
    }

    static final class Global extends Target {
        final String name;

        Global(String name) {
            this.name = name;
        }

        /** Where the name was last bound, valid while the dict's layout is unchanged (as in GlobalLoad). */
        private dev.krait.runtime.PyDict cachedGlobals;
        private int cachedLayout;
        private int cachedIndex;

        @Override
        void assign(Frame frame, Object value) {
            dev.krait.runtime.PyDict g = frame.globals;
            if (g == cachedGlobals && g.layout() == cachedLayout) {
                g.setValueAt(cachedIndex, value);
                return;
            }
            g.put(name, value);
            cachedIndex = g.indexOf(name);
            cachedGlobals = g;
            cachedLayout = g.layout();
        }

        @Override
        void delete(Frame frame) {
            if (frame.globals.remove(name) == null) {
                throw Errors.nameError(name);
            }
        }
    }

    /** {@code a, b = ...} and {@code a, *rest = ...}. */
    static final class Unpack extends Target {
        final Target[] targets;
        final int starred;

        Unpack(Target[] targets, int starred) {
            this.targets = targets;
            this.starred = starred;
        }

        @Override
        void assign(Frame frame, Object value) {
            List<Object> values = new ArrayList<>();
            Iterator<Object> it;
            try {
                it = Ops.iterate(value);
            } catch (dev.krait.runtime.PyException e) {
                if (e.getMessage().endsWith("object is not iterable")) {
                    throw Errors.typeError("cannot unpack non-iterable " + dev.krait.runtime.Types.nameOf(value)
                            + " object");
                }
                throw e;
            }
            while (it.hasNext()) {
                values.add(it.next());
            }
            if (starred < 0) {
                if (values.size() > targets.length) {
                    throw Errors.valueError("too many values to unpack (expected " + targets.length + ")");
                }
                if (values.size() < targets.length) {
                    throw Errors.valueError("not enough values to unpack (expected " + targets.length + ", got "
                            + values.size() + ")");
                }
                for (int i = 0; i < targets.length; i++) {
                    targets[i].assign(frame, values.get(i));
                }
                return;
            }
            int after = targets.length - starred - 1;
            if (values.size() < targets.length - 1) {
                throw Errors.valueError("not enough values to unpack (expected at least " + (targets.length - 1)
                        + ", got " + values.size() + ")");
            }
            for (int i = 0; i < starred; i++) {
                targets[i].assign(frame, values.get(i));
            }
            targets[starred].assign(frame,
                    new dev.krait.runtime.PyList(values.subList(starred, values.size() - after)));
            for (int i = 0; i < after; i++) {
                targets[starred + 1 + i].assign(frame, values.get(values.size() - after + i));
            }
        }

        @Override
        void delete(Frame frame) {
            for (Target t : targets) {
                t.delete(frame);
            }
        }
    }
}
