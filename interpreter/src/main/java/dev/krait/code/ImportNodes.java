package dev.krait.code;

import java.util.Iterator;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.Types;

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
            Importer importer = frame.state.importer();
            Object leaf = importer.importModule(module);
            int dot = module.indexOf('.');
            target.assign(frame, bindLeaf || dot < 0 ? leaf : importer.importModule(module.substring(0, dot)));
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
            Importer importer = frame.state.importer();
            Object m = importer.importModule(resolved);
            if (names.length == 1 && names[0].equals("*")) {
                importStar(frame, m);
                return NORMAL;
            }
            if (Importer.attributeOrNull(m, "__path__") != null) {
                for (String name : names) {
                    importSubmoduleIfMissing(importer, m, resolved + "." + name, name);
                }
            }
            for (int i = 0; i < names.length; i++) {
                targets[i].assign(frame, fetch(importer, m, names[i]));
            }
            return NORMAL;
        }

        /** A package's submodule named in the import list is imported unless the package has that attribute. */
        private static void importSubmoduleIfMissing(Importer importer, Object pkg, String dotted, String name) {
            if (Importer.attributeOrNull(pkg, name) != null) {
                return;
            }
            try {
                importer.importModule(dotted);
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.MODULE_NOT_FOUND_ERROR)
                        || !(e.value().field("name") instanceof PyStr s && s.value().equals(dotted))) {
                    throw e;
                }
            }
        }

        /** One imported name: the module's attribute, else a submodule already in sys.modules. */
        private static Object fetch(Importer importer, Object m, String name) {
            Object v = Importer.attributeOrNull(m, name);
            if (v != null) {
                return v;
            }
            Object moduleName = Importer.attributeOrNull(m, "__name__");
            String modName = moduleName instanceof PyStr s ? s.value() : "<unknown module name>";
            if (moduleName instanceof PyStr) {
                Object sub = importer.modules().get(modName + "." + name);
                if (sub != null) {
                    return sub;
                }
            }
            Object file = Importer.attributeOrNull(m, "__file__");
            String where = file instanceof PyStr s ? s.value() : "unknown location";
            String message = importer.isInitializing(modName)
                    ? "cannot import name '" + name + "' from partially initialized module '" + modName
                            + "' (most likely due to a circular import) (" + where + ")"
                    : "cannot import name '" + name + "' from '" + modName + "' (" + where + ")";
            PyException error = Errors.of(ExceptionTypes.IMPORT_ERROR, message);
            error.value().setField("name", PyStr.of(modName));
            if (file instanceof PyStr) {
                error.value().setField("path", file);
            }
            throw error;
        }

        /** {@code from m import *}: the names in {@code __all__}, or else every name not starting with {@code _}. */
        private static void importStar(Frame frame, Object m) {
            Map<String, Object> into = frame.namespace;
            Object all = Importer.attributeOrNull(m, "__all__");
            if (all != null) {
                Object moduleName = Importer.attributeOrNull(m, "__name__");
                for (Iterator<Object> it = Ops.iterate(all); it.hasNext(); ) {
                    Object item = it.next();
                    if (!(item instanceof PyStr s)) {
                        throw Errors.typeError("Item in " + Ops.str(moduleName) + ".__all__ must be str, not "
                                + Types.nameOf(item));
                    }
                    bind(frame, into, s.value(), Ops.getAttr(m, s.value()));
                }
                return;
            }
            if (!(m instanceof PyModule module)) {
                Object dict = Ops.getAttr(m, "__dict__");
                for (Iterator<Object> it = Ops.iterate(dict); it.hasNext(); ) {
                    Object key = it.next();
                    if (key instanceof PyStr s && !s.value().startsWith("_")) {
                        bind(frame, into, s.value(), Ops.getAttr(m, s.value()));
                    }
                }
                return;
            }
            for (String name : module.namespace().names()) {
                if (!name.startsWith("_")) {
                    bind(frame, into, name, module.namespace().get(name));
                }
            }
        }

        private static void bind(Frame frame, Map<String, Object> into, String name, Object value) {
            if (into != null) {
                into.put(name, value);
            } else {
                frame.globals.put(name, value);
            }
        }
    }

}
