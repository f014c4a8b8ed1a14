package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyStr;

/** {@code import} and {@code from ... import} statements. */
final class ImportNodes {
    private ImportNodes() {}

    /** {@code import a.b.c [as d]}: binds {@code a} (or {@code d}, to the leaf module). */
    static final class Import extends StmtNode {
        final String module;
        final Target target;
        final boolean bindLeaf;

        Import(int line, String module, Target target, boolean bindLeaf) {
            super(line);
            this.module = module;
            this.target = target;
            this.bindLeaf = bindLeaf;
        }

        @Override
        int exec(Frame frame) {
            PyModule leaf = frame.state.importer().importModule(module);
            int dot = module.indexOf('.');
            target.assign(frame, bindLeaf || dot < 0 ? leaf
                    : frame.state.importer().importModule(module.substring(0, dot)));
            return NORMAL;
        }
    }

    /** {@code from m import x as y, ...} and {@code from m import *}. */
    static final class ImportFrom extends StmtNode {
        final String module;
        final int level;
        final String[] names;
        final Target[] targets;

        ImportFrom(int line, String module, int level, String[] names, Target[] targets) {
            super(line);
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }

        @Override
        int exec(Frame frame) {
            String resolved = Importer.resolveRelative(module, level, frame.globals);
            PyModule m = frame.state.importer().importModule(resolved);
            if (names.length == 1 && names[0].equals("*")) {
                Map<String, Object> into = frame.namespace != null ? frame.namespace : frame.globals;
                for (Map.Entry<String, Object> e : m.namespace().entrySet()) {
                    if (!e.getKey().startsWith("_")) {
                        into.put(e.getKey(), e.getValue());
                    }
                }
                return NORMAL;
            }
            for (int i = 0; i < names.length; i++) {
                targets[i].assign(frame, fetch(frame, m, resolved, names[i]));
            }
            return NORMAL;
        }

        private static Object fetch(Frame frame, PyModule m, String resolved, String name) {
            Object v = m.namespace().get(name);
            if (v != null) {
                return v;
            }
            try {
                return frame.state.importer().importModule(resolved + "." + name);
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                    throw e;
                }
            }
            Object file = m.namespace().get("__file__");
            String where = file instanceof PyStr s ? s.value() : "unknown location";
            PyException error = Errors.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '"
                    + resolved + "' (" + where + ")");
            error.value().setField("name", PyStr.of(resolved));
            throw error;
        }
    }

}
