package dev.krait.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.TypeCalls;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PySuper;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;
import dev.krait.runtime.Wrappers;

/** Nodes for classes: the class statement, names in a class body, attributes as targets, {@code super()}. */
final class Classes {
    private Classes() {}

    /** A name read in a class body: the class namespace, then the module globals, then builtins. */
    static final class NamespaceLoad extends ExprNode {
        final String name;

        NamespaceLoad(String name) {
            this.name = name;
        }

        @Override
        Object eval(Frame frame) {
            Object v = frame.namespace.get(name);
            if (v == null) {
                v = frame.globals.get(name);
            }
            if (v == null) {
                v = frame.builtins.get(name);
            }
            if (v == null) {
                throw Errors.nameError(name);
            }
            return v;
        }
    }

    /** A name bound in a class body: an entry of the class namespace. */
    static final class NamespaceStore extends Target {
        final String name;

        NamespaceStore(String name) {
            this.name = name;
        }

        @Override
        void assign(Frame frame, Object value) {
            frame.namespace.put(name, value);
        }

        @Override
        void delete(Frame frame) {
            if (frame.namespace.remove(name) == null) {
                throw Errors.nameError(name);
            }
        }
    }

    /** {@code obj.name = value} and {@code del obj.name}. */
    static final class AttributeTarget extends Target {
        final ExprNode object;
        final String name;

        final AttributeSite site;

        AttributeTarget(ExprNode object, String name) {
            this.object = object;
            this.name = name;
            this.site = new AttributeSite(name);
        }

        @Override
        void assign(Frame frame, Object value) {
            Object o = object.eval(frame);
            if (o instanceof dev.krait.runtime.PyInstance i) {
                site.set(i, value);
            } else {
                Ops.setAttr(o, name, value);
            }
        }

        @Override
        void delete(Frame frame) {
            Ops.delAttr(object.eval(frame), name);
        }
    }

    /** Applies decorators, innermost (last written) first. */
    static final class Decorated extends ExprNode {
        final ExprNode[] decorators;
        final ExprNode target;

        Decorated(ExprNode[] decorators, ExprNode target) {
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        Object eval(Frame frame) {
            Object[] ds = new Object[decorators.length];
            for (int i = 0; i < ds.length; i++) {
                ds[i] = decorators[i].eval(frame);
            }
            Object v = target.eval(frame);
            for (int i = ds.length - 1; i >= 0; i--) {
                if (!(ds[i] instanceof PyCallable c)) {
                    throw Errors.typeError("'" + Types.nameOf(ds[i]) + "' object is not callable");
                }
                v = c.call(new Object[] {v}, PyCallable.NO_KEYWORDS);
            }
            return v;
        }
    }

    /**
     * {@code class Name(bases, **keywords): body}: runs the body in a namespace, then has the
     * metaclass make the class — {@code type} directly, a program's metaclass by calling it
     * with {@code (name, bases, namespace_dict, **keywords)}.
     */
    static final class MakeClass extends ExprNode {
        final String name;
        final ExprNode[] bases;
        final String[] kwnames;
        final ExprNode[] kwvalues;
        final Code body;
        final int[] closure;

        final String qualname;
        /** The body's docstring, or null. */
        final String doc;

        MakeClass(String name, String qualname, String doc, ExprNode[] bases, String[] kwnames, ExprNode[] kwvalues,
                  Code body, int[] closure) {
            this.name = name;
            this.qualname = qualname;
            this.doc = doc;
            this.bases = bases;
            this.kwnames = kwnames;
            this.kwvalues = kwvalues;
            this.body = body;
            this.closure = closure;
        }

        @Override
        Object eval(Frame frame) {
            List<Object> baseValues = new ArrayList<>();
            for (ExprNode b : bases) {
                baseValues.add(b.eval(frame));
            }
            Object explicitMeta = null;
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < kwnames.length; i++) {
                Object v = kwvalues[i].eval(frame);
                if (kwnames[i].equals("metaclass")) {
                    explicitMeta = v;
                } else {
                    names.add(kwnames[i]);
                    values.add(v);
                }
            }
            Object meta = explicitMeta;
            if (meta == null || meta instanceof PyType) {
                meta = TypeCalls.metaclassFor(meta == null ? Types.TYPE : (PyType) meta, baseValues);
            }
            Map<String, Object> namespace = runBody(frame);
            String[] keywordNames = names.toArray(new String[0]);
            Object result;
            if (meta == Types.TYPE) {
                result = TypeCalls.makeClass(Types.TYPE, name, baseValues, namespace, keywordNames, values.toArray());
            } else {
                PyDict dict = new PyDict();
                namespace.forEach((k, v) -> dict.put(PyStr.of(k), v));
                Object[] args = new Object[3 + values.size()];
                args[0] = PyStr.of(name);
                args[1] = PyTuple.of(baseValues.toArray());
                args[2] = dict;
                for (int i = 0; i < values.size(); i++) {
                    args[3 + i] = values.get(i);
                }
                if (!(meta instanceof PyCallable callable)) {
                    throw Errors.typeError("'" + Types.nameOf(meta) + "' object is not callable");
                }
                result = callable.call(args, keywordNames);
            }
            if (result instanceof PyType cls) {
                // The class that zero-argument super() in these methods starts after.
                for (Object member : namespace.values()) {
                    for (Object f : Wrappers.functionsOf(member)) {
                        if (f instanceof PyFunction function) {
                            function.owner = cls;
                        }
                    }
                }
            }
            return result;
        }

        private Map<String, Object> runBody(Frame frame) {
            Cell[] cells = new Cell[closure.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = frame.cells[closure[i]];
            }
            Map<String, Object> namespace = new LinkedHashMap<>();
            Object module = frame.globals.get("__name__");
            namespace.put("__module__", module == null ? PyStr.of("builtins") : module);
            namespace.put("__qualname__", PyStr.of(qualname));
            if (doc != null) {
                namespace.put("__doc__", PyStr.of(doc));
            }
            Frame bodyFrame = new Frame(body, frame.globals, frame.state, cells);
            bodyFrame.namespace = namespace;
            try {
                body.body.exec(bodyFrame);
            } catch (dev.krait.runtime.PyException e) {
                throw PyFunction.addTraceback(e, bodyFrame);
            }
            return namespace;
        }
    }

    /** Zero-argument {@code super()} in a method: the defining class and the first argument. */
    static final class ZeroArgSuper extends ExprNode {
        final ExprNode self;

        ZeroArgSuper(ExprNode self) {
            this.self = self;
        }

        @Override
        Object eval(Frame frame) {
            if (frame.function == null || frame.function.owner == null) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
            }
            return new PySuper(frame.function.owner, self.eval(frame));
        }
    }

    /** The builtin descriptor types, for the builtins namespace. */
    static void install(Map<String, Object> builtins) {
        for (PyType t : new PyType[] {Types.STATICMETHOD, Types.CLASSMETHOD, Types.PROPERTY}) {
            builtins.put(t.name(), t);
        }
    }
}
