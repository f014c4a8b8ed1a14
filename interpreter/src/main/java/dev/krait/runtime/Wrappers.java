package dev.krait.runtime;

/** {@code staticmethod}, {@code classmethod} and {@code property}: the builtin descriptors. */
public final class Wrappers {
    private Wrappers() {}

    /** {@code staticmethod(f)}: the function, unbound, from class and instance alike. */
    /** The functions a class attribute holds: itself, or those a staticmethod, classmethod or property wraps. */
    public static java.util.List<Object> functionsOf(Object member) {
        if (member instanceof StaticMethod m) {
            return java.util.List.of(m.function);
        }
        if (member instanceof ClassMethod m) {
            return java.util.List.of(m.function);
        }
        if (member instanceof Property p) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            for (Object f : new Object[] {p.getter, p.setter, p.deleter}) {
                if (f != null) {
                    out.add(f);
                }
            }
            return out;
        }
        return java.util.List.of(member);
    }

    public static final class StaticMethod extends PyObject implements Descriptor {
        final Object function;

        public StaticMethod(Object function) {
            this.function = function;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return function;
        }

        @Override
        public PyType type() {
            return Types.STATICMETHOD;
        }
    }

    /** {@code classmethod(f)}: bound to the class. */
    public static final class ClassMethod extends PyObject implements Descriptor {
        final Object function;

        public ClassMethod(Object function) {
            this.function = function;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return new PyMethod(owner != null ? owner : Types.typeOf(instance), (PyCallable) function);
        }

        @Override
        public PyType type() {
            return Types.CLASSMETHOD;
        }
    }

    /** {@code property(fget, fset, fdel)} with {@code .setter}/{@code .deleter}. */
    public static final class Property extends PyObject implements Descriptor.Data {
        final Object getter;
        final Object setter;
        final Object deleter;

        public Property(Object getter, Object setter, Object deleter) {
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            if (instance == null) {
                return this;
            }
            if (getter == null || getter == PyNone.NONE) {
                throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "property object has no getter");
            }
            return ((PyCallable) getter).call(new Object[] {instance}, PyCallable.NO_KEYWORDS);
        }

        @Override
        public void set(Object instance, Object value) {
            if (setter == null || setter == PyNone.NONE) {
                throw missingAccessor(instance, "setter");
            }
            ((PyCallable) setter).call(new Object[] {instance, value}, PyCallable.NO_KEYWORDS);
        }

        @Override
        public void delete(Object instance) {
            if (deleter == null || deleter == PyNone.NONE) {
                throw missingAccessor(instance, "deleter");
            }
            ((PyCallable) deleter).call(new Object[] {instance}, PyCallable.NO_KEYWORDS);
        }

        /** The attribute name, once the class holding the property is made ({@code __set_name__}). */
        String name;

        /** CPython 3.11's message: {@code property 'area' of 'Rect' object has no setter}. */
        private PyException missingAccessor(Object instance, String accessor) {
            PyType type = Types.typeOf(instance);
            Object qualname = type.namespace().get("__qualname__");
            String owner = qualname instanceof PyStr q ? q.value() : type.name();
            return Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, name != null
                    ? "property '" + name + "' of '" + owner + "' object has no " + accessor
                    : "property of '" + owner + "' object has no " + accessor);
        }

        @Override
        public PyType type() {
            return Types.PROPERTY;
        }
    }
}
