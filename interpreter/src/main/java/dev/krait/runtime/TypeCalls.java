package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calling a type, and making classes — CPython's {@code type.__call__},
 * {@code object.__new__}/{@code __init__} and {@code type.__new__}:
 * <ul>
 *   <li>{@code C(args)} runs {@code type(C).__call__}: a metaclass may override it; the
 *       default calls {@code C.__new__(C, args)} and then, if the result is an instance of
 *       {@code C}, {@code C.__init__(obj, args)}, which must return None.</li>
 *   <li>{@code object.__new__} makes the bare instance and, like {@code object.__init__},
 *       refuses arguments unless the class overrides the other one of the pair.</li>
 *   <li>A class is made by {@code type.__new__(metatype, name, bases, namespace, **kw)}: the
 *       most derived metaclass wins, {@code __set_name__} is called on the namespace's
 *       values, then the parent's {@code __init_subclass__(**kw)}.</li>
 * </ul>
 */
public final class TypeCalls {
    private TypeCalls() {}

    /** {@code cls(args)}. */
    static Object call(PyType cls, Object[] args, String[] kwnames) {
        PyType meta = cls.type();
        if (!meta.isBuiltin()) {
            Object call = meta.lookup("__call__");
            if (call != null && call != TYPE_CALL) {
                return bind(call, cls, meta).call(args, kwnames);
            }
        }
        return typeCall(cls, args, kwnames);
    }

    /** {@code type.__call__(cls, args)}: {@code __new__} then {@code __init__}. */
    static Object typeCall(PyType cls, Object[] args, String[] kwnames) {
        if (cls == Types.TYPE) {
            int given = args.length - kwnames.length;
            if (given == 1 && kwnames.length == 0) {
                return Types.typeOf(args[0]);
            }
            if (given != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            return typeNew(Types.TYPE, args, kwnames);
        }
        if (cls == Types.SUPER) {
            return PySuper.construct(args, kwnames);
        }
        if (cls.isBuiltin()) {
            return Constructors.construct(cls, args, kwnames);
        }
        Object newFn = cls.lookup("__new__");
        if (newFn == OBJECT_NEW && cls.isPlainInstanceClass()) {
            // The common case: object.__new__ makes a bare instance, and __init__ (a Python
            // function, usually) runs as a method of it without a bound method being made.
            PyInstance obj = new PyInstance(cls);
            Object init = cls.lookup("__init__");
            if (init == OBJECT_INIT) {
                if (args.length > 0) {
                    throw Errors.typeError(cls.name() + "() takes no arguments");
                }
                return obj;
            }
            Object result = init instanceof MethodCallable m ? m.callAsMethod(obj, args, kwnames)
                    : bind(init, obj, cls).call(args, kwnames);
            if (result != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + Types.nameOf(result) + "'");
            }
            return obj;
        }
        Object obj;
        if (newFn != OBJECT_NEW && newFn != TYPE_NEW) {
            Object[] withClass = prepend(cls, args);
            obj = callable(newFn instanceof Descriptor d ? d.get(null, cls) : newFn).call(withClass, kwnames);
        } else if (newFn == TYPE_NEW) {
            obj = typeNew(cls, args, kwnames);
        } else {
            obj = objectNew(cls, args, kwnames);
        }
        if (!Types.typeOf(obj).isSubtypeOf(cls)) {
            return obj;
        }
        Object init = cls.lookup("__init__");
        if (init == OBJECT_INIT) {
            if (args.length > 0 && newFn == OBJECT_NEW && !cls.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)
                    && BuiltinSubclasses.builtinBase(cls) == null) {
                throw Errors.typeError(cls.name() + "() takes no arguments");
            }
            return obj;
        }
        if (init == null) {
            return obj;
        }
        if (kwnames.length == 0 && obj instanceof PyBaseException
                && init == ExceptionTypes.BASE_EXCEPTION.ownAttribute("__init__")) {
            return obj; // BaseException.__init__ would set the args __new__ has just set
        }
        Object result = bind(init, obj, cls).call(args, kwnames);
        if (result != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + Types.nameOf(result) + "'");
        }
        return obj;
    }

    /** The bare instance {@code object.__new__(cls)} makes. */
    private static Object objectNew(PyType cls, Object[] args, String[] kwnames) {
        refuseAbstract(cls);
        if (cls.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return ExceptionInit.create(cls, args, kwnames);
        }
        if (cls.isSubtypeOf(Types.TYPE)) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + args.length + " given)");
        }
        PyType base = BuiltinSubclasses.builtinBase(cls);
        return base == null ? new PyInstance(cls) : BuiltinSubclasses.newInstance(cls, base, args, kwnames);
    }

    /**
     * A class whose {@code __abstractmethods__} (set by {@code abc.ABCMeta}) is not empty
     * cannot be instantiated; CPython's message names the methods, sorted.
     */
    private static void refuseAbstract(PyType cls) {
        Object abstracts = cls.isBuiltin() ? null : cls.ownAttribute("__abstractmethods__");
        if (abstracts == null || !Ops.isTrue(abstracts)) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (java.util.Iterator<Object> it = Ops.iterate(abstracts); it.hasNext(); ) {
            names.add(Ops.str(it.next()));
        }
        java.util.Collections.sort(names);
        throw Errors.typeError("Can't instantiate abstract class " + cls.name() + " with abstract method"
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }

    // ---- the builtin methods of object and type that this protocol needs to recognise ----

    /** {@code object.__new__}: a static method of {@code object}. */
    static final Object OBJECT_NEW = new Wrappers.StaticMethod(new PyBuiltinFunction("__new__", (args, kw) -> {
        if (args.length == 0) {
            throw Errors.typeError("object.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + Types.nameOf(args[0]) + ")");
        }
        if (cls.isBuiltin() && cls != Types.OBJECT) {
            throw Errors.typeError("object.__new__(" + cls.name() + ") is not safe, use " + cls.name() + ".__new__()");
        }
        if (args.length > 1 && BuiltinSubclasses.builtinBase(cls) == null) {
            if (cls.lookup("__new__") != TypeCalls.OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == TypeCalls.OBJECT_INIT) {
                throw Errors.typeError(cls.name() + "() takes no arguments");
            }
        }
        return cls == Types.OBJECT ? new PyInstance(Types.OBJECT)
                : objectNew(cls, Arrays.copyOfRange(args, 1, args.length), kw);
    }));

    /** {@code object.__init__}: accepts the arguments {@code __new__} was given. */
    static final Object OBJECT_INIT = new PyMethodDescriptor(Types.OBJECT, Signature.parse("__init__(*args, **kwargs)"),
            (self, a) -> PyNone.NONE);

    /** {@code type.__new__(metatype, name, bases, namespace, **kw)}: a static method of {@code type}. */
    static final Object TYPE_NEW = new Wrappers.StaticMethod(new PyBuiltinFunction("__new__", (args, kw) -> {
        if (args.length == 0 || !(args[0] instanceof PyType meta)) {
            throw Errors.typeError("type.__new__(X): X is not a type object ("
                    + (args.length == 0 ? "nothing" : Types.nameOf(args[0])) + ")");
        }
        if (!meta.isSubtypeOf(Types.TYPE)) {
            throw Errors.typeError("type.__new__(" + meta.name() + "): " + meta.name() + " is not a subtype of type");
        }
        return typeNew(meta, Arrays.copyOfRange(args, 1, args.length), kw);
    }));

    /** {@code type.__call__}: a method of {@code type}, so {@code super().__call__(...)} works in metaclasses. */
    static final Object TYPE_CALL = new PyMethodDescriptor(Types.TYPE, Signature.parse("__call__(*args, **kwargs)"),
            (self, a) -> {
                PyTuple positional = (PyTuple) a[0];
                PyDict keywords = (PyDict) a[1];
                Object[] args = new Object[positional.size() + keywords.size()];
                String[] kwnames = new String[keywords.size()];
                System.arraycopy(positional.toArray(), 0, args, 0, positional.size());
                int k = 0;
                for (int i = 0; i < keywords.limit(); i++) {
                    if (keywords.keyAt(i) != null) {
                        kwnames[k] = Ops.str(keywords.keyAt(i).value);
                        args[positional.size() + k++] = keywords.valueAt(i);
                    }
                }
                return typeCall((PyType) self, args, kwnames);
            });

    // ---- making classes ----

    /** {@code type.__new__(meta, name, bases, dict, **kw)} with the arguments after {@code meta}. */
    private static Object typeNew(PyType meta, Object[] args, String[] kwnames) {
        int given = args.length - kwnames.length;
        if (given != 3) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + given + " given)");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + Types.nameOf(args[0]));
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Types.nameOf(args[1]));
        }
        if (!(args[2] instanceof PyDict dict)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Types.nameOf(args[2]));
        }
        Map<String, Object> namespace = new LinkedHashMap<>();
        for (int i = 0; i < dict.limit(); i++) {
            PyDict.Key k = dict.keyAt(i);
            if (k != null) {
                if (!(k.value instanceof PyStr s)) {
                    throw Errors.typeError("type.__new__() keywords must be strings");
                }
                namespace.put(s.value(), dict.valueAt(i));
            }
        }
        List<Object> baseList = new ArrayList<>(Arrays.asList(bases.toArray()));
        String[] keywords = kwnames;
        Object[] values = Arrays.copyOfRange(args, given, args.length);
        return makeClass(meta, name.value(), baseList, namespace, keywords, values);
    }

    /**
     * Makes a class: resolves the metaclass, checks the bases, builds the type, calls
     * {@code __set_name__} and the parent's {@code __init_subclass__}. {@code kwnames}/
     * {@code kwvalues} are the class keywords other than {@code metaclass}.
     */
    public static PyType makeClass(PyType meta, String name, List<Object> bases, Map<String, Object> namespace,
                                   String[] kwnames, Object[] kwvalues) {
        List<PyType> baseTypes = new ArrayList<>();
        PyType winner = TypeAttributes.winner(meta, bases);
        for (Object b : bases) {
            if (!(b instanceof PyType t)) {
                throw Errors.typeError("bases must be types");
            }
            if (t.isBuiltin() && t != Types.OBJECT && t != Types.TYPE && !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)
                    && !BuiltinSubclasses.isSubclassable(t)) {
                throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                        "Krait cannot run subclasses of builtin type '" + t.name() + "' yet");
            }
            if (baseTypes.contains(t)) {
                throw Errors.typeError("duplicate base class " + t.name());
            }
            baseTypes.add(t);
        }
        PyType layout = null;
        for (PyType t : baseTypes) {
            PyType b = BuiltinSubclasses.builtinBase(t);
            if (b != null && layout != null && b != layout && !b.isSubtypeOf(layout) && !layout.isSubtypeOf(b)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
            layout = layout == null ? b : layout;
        }
        PyType cls = PyType.userClass(name, baseTypes, namespace, winner);
        for (Map.Entry<String, Object> e : namespace.entrySet()) {
            Object value = e.getValue();
            if (value instanceof Wrappers.Property p) {
                p.name = e.getKey();
            }
            PyType vt = Types.typeOf(value);
            if (!vt.isBuiltin()) {
                Object setName = vt.lookup("__set_name__");
                if (setName != null) {
                    bind(setName, value, vt).call(new Object[] {cls, PyStr.of(e.getKey())}, PyCallable.NO_KEYWORDS);
                }
            }
        }
        initSubclass(cls, kwnames, kwvalues);
        return cls;
    }

    /** The metaclass a class statement must call, given the explicit one (or {@code type}) and the bases. */
    public static PyType metaclassFor(PyType explicit, List<Object> bases) {
        return TypeAttributes.winner(explicit, bases);
    }

    /** {@code super(cls, cls).__init_subclass__(**kw)}. */
    private static void initSubclass(PyType cls, String[] kwnames, Object[] kwvalues) {
        List<PyType> mro = cls.mro();
        for (int i = 1; i < mro.size(); i++) {
            Object hook = mro.get(i).ownAttribute("__init_subclass__");
            if (hook == null) {
                continue;
            }
            if (hook == OBJECT_INIT_SUBCLASS) {
                if (kwnames.length > 0) {
                    throw Errors.typeError(cls.name() + ".__init_subclass__() takes no keyword arguments");
                }
                return;
            }
            Object bound = hook instanceof Descriptor d ? d.get(null, cls) : hook;
            callable(bound).call(kwvalues, kwnames);
            return;
        }
    }

    /** {@code object.__init_subclass__}: a class method that accepts no keywords. */
    static final Object OBJECT_INIT_SUBCLASS = new Wrappers.ClassMethod(new PyBuiltinFunction("__init_subclass__",
            (args, kw) -> {
                if (kw.length > 0) {
                    throw Errors.typeError(((PyType) args[0]).name() + ".__init_subclass__() takes no keyword arguments");
                }
                if (args.length > 1) {
                    throw Errors.typeError(((PyType) args[0]).name()
                            + ".__init_subclass__() takes no positional arguments");
                }
                return PyNone.NONE;
            }));

    // ---- helpers ----

    private static PyCallable bind(Object attribute, Object instance, PyType owner) {
        return callable(attribute instanceof Descriptor d ? d.get(instance, owner)
                : attribute instanceof PyMethodDescriptor m ? new PyBoundMethod(instance, m) : attribute);
    }

    private static PyCallable callable(Object f) {
        if (!(f instanceof PyCallable c)) {
            throw Errors.typeError("'" + Types.nameOf(f) + "' object is not callable");
        }
        return c;
    }

    private static Object[] prepend(Object first, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = first;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
