package dev.krait.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCallable;
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

    /** {@code class Name(bases): body}: runs the body in a namespace, then makes the class. */
    static final class MakeClass extends ExprNode {
        final String name;
        final ExprNode[] bases;
        final Code body;
        final int[] closure;

        MakeClass(String name, ExprNode[] bases, Code body, int[] closure) {
            this.name = name;
            this.bases = bases;
            this.body = body;
            this.closure = closure;
        }

        @Override
        Object eval(Frame frame) {
            List<PyType> baseTypes = new ArrayList<>();
            for (ExprNode b : bases) {
                Object base = b.eval(frame);
                if (!(base instanceof PyType t)) {
                    throw Errors.typeError("bases must be types");
                }
                if (t.isBuiltin() && t != Types.OBJECT && !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                    throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                            "Krait cannot run subclasses of builtin type '" + t.name() + "' yet");
                }
                baseTypes.add(t);
            }
            Cell[] cells = new Cell[closure.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = frame.cells[closure[i]];
            }
            Map<String, Object> namespace = new LinkedHashMap<>();
            Object module = frame.globals.get("__name__");
            namespace.put("__module__", module == null ? PyStr.of("builtins") : module);
            namespace.put("__qualname__", PyStr.of(name));
            Frame bodyFrame = new Frame(body, frame.globals, frame.state, cells);
            bodyFrame.namespace = namespace;
            try {
                body.body.exec(bodyFrame);
            } catch (dev.krait.runtime.PyException e) {
                throw PyFunction.addTraceback(e, bodyFrame);
            }
            namespace.putIfAbsent("__doc__", dev.krait.runtime.PyNone.NONE); // as type() does
            PyType cls = PyType.userClass(name, baseTypes, namespace);
            for (Object member : namespace.values()) {
                PyFunction f = member instanceof PyFunction pf ? pf : null;
                if (f != null) {
                    f.owner = cls;
                }
            }
            return cls;
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

    /** The builtin descriptor types, as callables for the builtins namespace. */
    static void install(Map<String, Object> builtins) {
        builtins.put("staticmethod", new dev.krait.runtime.PyBuiltinFunction("staticmethod",
                (a, k) -> new Wrappers.StaticMethod(a[0])));
        builtins.put("classmethod", new dev.krait.runtime.PyBuiltinFunction("classmethod",
                (a, k) -> new Wrappers.ClassMethod(a[0])));
        builtins.put("property", new dev.krait.runtime.PyBuiltinFunction("property",
                (a, k) -> new Wrappers.Property(a.length > 0 ? a[0] : null, a.length > 1 ? a[1] : null,
                        a.length > 2 ? a[2] : null)));
    }
}
