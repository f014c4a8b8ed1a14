package dev.krait.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type object. Builtin types are created once, filled while their class
 * initialises and never changed afterwards, so they are shared by every interpreter in the
 * JVM; classes defined by programs belong to the interpreter that runs them.
 */
public final class PyType extends PyObject implements PyCallable {
    private final String name;
    private final List<PyType> bases;
    private final List<PyType> mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean builtin;
    /** Instances' empty attribute layout; null for builtin types, whose instances have none. */
    private Shape rootShape;
    /**
     * A program-defined class's lookups along its MRO, absent names included ({@link #MISSING}).
     * Builtin types need none (their MROs are short and never change) and must not have one:
     * they are shared by every interpreter in the JVM.
     */
    private final HashMap<String, Object> lookupCache;
    /** Program-defined subclasses, whose caches depend on this class's namespace. */
    private final List<WeakReference<PyType>> subclasses;
    /** Bumped whenever a lookup through this class may give a different answer; see {@link #version()}. */
    private int version;

    private static final Object MISSING = new Object();

    private PyType(String name, List<PyType> bases, boolean builtin) {
        this(name, bases, builtin, singleInheritance(bases));
    }

    private PyType(String name, List<PyType> bases, boolean builtin, List<PyType> mroAfterThis) {
        this.name = name;
        this.bases = List.copyOf(bases);
        this.builtin = builtin;
        List<PyType> order = new ArrayList<>();
        order.add(this);
        order.addAll(mroAfterThis);
        this.mro = List.copyOf(order);
        this.rootShape = builtin ? null : Shape.root(); // userClass drops it when __slots__ leave no dict
        this.lookupCache = builtin ? null : new HashMap<>();
        this.subclasses = builtin ? null : new ArrayList<>();
        for (PyType base : this.mro) {
            if (base != this && !base.builtin) {
                base.subclasses.add(new WeakReference<>(this));
            }
        }
    }

    private static List<PyType> singleInheritance(List<PyType> bases) {
        List<PyType> order = new ArrayList<>();
        for (PyType base = bases.isEmpty() ? null : bases.get(0); base != null;
             base = base.bases.isEmpty() ? null : base.bases.get(0)) {
            order.add(base);
        }
        return order;
    }

    /**
     * A class defined by a program: C3 linearisation of its bases, and the namespace its
     * body filled. Unlike builtin types, its attributes can change later.
     */
    public static PyType userClass(String name, List<PyType> bases, Map<String, Object> namespace) {
        return userClass(name, bases, namespace, Types.TYPE);
    }

    /** A class made by metaclass {@code metatype} (a subclass of {@code type}); see {@link TypeCalls}. */
    static PyType userClass(String name, List<PyType> bases, Map<String, Object> namespace, PyType metatype) {
        List<PyType> effective = bases.isEmpty() ? List.of(Types.OBJECT) : bases;
        PyType type = new PyType(name, effective, false, C3.linearize(name, effective));
        type.metatype = metatype;
        type.dict.putAll(namespace);
        type.dict.putIfAbsent("__doc__", PyNone.NONE);
        type.defineSlots();
        // As in CPython, these are implicitly static or class methods when written as plain functions.
        wrapImplicit(type.dict, "__new__", false);
        wrapImplicit(type.dict, "__init_subclass__", true);
        wrapImplicit(type.dict, "__class_getitem__", true);
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
            type.dict.put("__hash__", PyNone.NONE); // defining __eq__ alone makes instances unhashable
        }
        return type;
    }

    /** How many {@code __slots__} values instances keep, this class's and its bases'. */
    private int memberCount;

    int memberCount() {
        return memberCount;
    }

    /**
     * {@code __slots__}: a member descriptor per name, placed after the bases' members; the
     * instances have no attribute dict unless every class in the MRO allows one.
     */
    private void defineSlots() {
        for (PyType base : bases) {
            memberCount = Math.max(memberCount, base.memberCount);
        }
        Object slots = dict.get("__slots__");
        if (slots == null) {
            return;
        }
        List<Object> names = slots instanceof PyStr ? List.of(slots) : Constructors.collect(slots);
        boolean allowsDict = false;
        for (Object n : names) {
            if (!(n instanceof PyStr s)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + Types.nameOf(n) + "'");
            }
            String slot = s.value();
            if (slot.equals("__dict__")) {
                allowsDict = true;
            } else if (!slot.equals("__weakref__")) {
                if (dict.containsKey(slot)) {
                    throw Errors.valueError("'" + slot + "' in __slots__ conflicts with class variable");
                }
                dict.put(slot, new SlotMember(slot, this, memberCount++));
            }
        }
        boolean dictless = !allowsDict;
        for (PyType t : mro) {
            if (t != this && !t.builtin && t.rootShape != null) {
                dictless = false; // a base without __slots__ already gives instances a dict
            }
        }
        if (dictless) {
            rootShape = null;
        }
    }

    private static void wrapImplicit(Map<String, Object> dict, String name, boolean classMethod) {
        Object f = dict.get(name);
        if (f != null && Types.typeOf(f) == Types.FUNCTION) {
            dict.put(name, classMethod ? new Wrappers.ClassMethod(f) : new Wrappers.StaticMethod(f));
        }
    }

    /** The class's metaclass: {@code type} unless a program made it with another. */
    private PyType metatype = Types.TYPE;

    /** Sets a class attribute ({@code C.x = 1}); builtin types refuse. */
    public void setAttribute(String attribute, Object value) {
        if (builtin) {
            throw Errors.typeError("cannot set '" + attribute + "' attribute of immutable type '" + name + "'");
        }
        dict.put(attribute, value);
        changed();
    }

    /** Deletes a class attribute ({@code del C.x}); false if this class itself has none of that name. */
    public boolean deleteAttribute(String attribute) {
        if (builtin) {
            throw Errors.typeError("cannot delete '" + attribute + "' attribute of immutable type '" + name + "'");
        }
        if (dict.remove(attribute) == null) {
            return false;
        }
        changed();
        return true;
    }

    /**
     * A number that changes whenever a {@link #lookup} on this class may answer differently
     * (its namespace or an ancestor's changed). With the class's identity it keys the caches
     * of attribute nodes; builtin types never change.
     */
    public int version() {
        return version;
    }

    /** {@link #isPlainInstanceClass()}'s answer, valid while {@link #version} equals {@code plainVersion}. */
    private boolean plain;
    private int plainVersion = -1;

    /**
     * True for a program's class whose instances {@code object.__new__} makes as bare
     * {@link PyInstance}s: no builtin base, not an exception or metaclass, no abstract
     * methods left. Cached until the class (or a base) changes.
     */
    boolean isPlainInstanceClass() {
        if (plainVersion != version) {
            Object abstracts = isBuiltin() ? null : ownAttribute("__abstractmethods__");
            plain = !isBuiltin() && (abstracts == null || !Ops.isTrue(abstracts))
                    && !isSubtypeOf(ExceptionTypes.BASE_EXCEPTION) && !isSubtypeOf(Types.TYPE)
                    && BuiltinSubclasses.builtinBase(this) == null;
            plainVersion = version;
        }
        return plain;
    }

    /** The layout that new instances start from; null for builtin types. */
    Shape rootShape() {
        return rootShape;
    }

    private void changed() {
        version++;
        lookupCache.clear();
        subclasses.removeIf(ref -> ref.get() == null);
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                sub.version++;
                sub.lookupCache.clear();
            }
        }
    }

    /** The type's own namespace (not its bases'); read-only view. */
    /** The attribute this type itself defines (not inherited), or null. */
    public Object ownAttribute(String attribute) {
        return dict.get(attribute);
    }

    public Map<String, Object> namespace() {
        return java.util.Collections.unmodifiableMap(dict);
    }

    /** A builtin type with at most one base. */
    static PyType builtin(String name, PyType base) {
        return new PyType(name, base == null ? List.of() : List.of(base), true);
    }

    /**
     * A builtin type defined outside this package (the evaluator's generator types), based
     * on {@code object}; it is set up with {@link #defineMethod} once, before it is used.
     */
    public static PyType newBuiltinType(String name) {
        return builtin(name, Types.OBJECT);
    }

    /** {@link #define} for the builtin types defined outside this package, while they are set up. */
    public void defineAttribute(String attribute, Object value) {
        define(attribute, value);
    }

    /** {@link #method} for the builtin types defined outside this package, while they are set up. */
    public void defineMethod(String signature, PyMethodDescriptor.Body body) {
        method(signature, body);
    }

    /** A builtin type with several bases ({@code ExceptionGroup}), its MRO by C3. */
    static PyType builtinWithBases(String name, List<PyType> bases) {
        return new PyType(name, bases, true, C3.linearize(name, bases));
    }

    public String name() {
        return name;
    }

    public List<PyType> bases() {
        return bases;
    }

    /** The method resolution order, this type first. */
    public List<PyType> mro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** Looks a name up along the MRO, as attribute access on instances does; null if absent. */
    public Object lookup(String attribute) {
        if (lookupCache == null) {
            return lookupUncached(attribute);
        }
        Object v = lookupCache.get(attribute);
        if (v == null) {
            v = lookupUncached(attribute);
            lookupCache.put(attribute, v == null ? MISSING : v);
            return v;
        }
        return v == MISSING ? null : v;
    }

    private Object lookupUncached(String attribute) {
        for (PyType t : mro) {
            Object v = t.dict.get(attribute);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** True if this type is {@code other} or inherits from it. */
    public boolean isSubtypeOf(PyType other) {
        return this == other || mro.contains(other);
    }

    /** Adds an attribute while a builtin type is being set up. */
    void define(String attribute, Object value) {
        dict.put(attribute, value);
    }

    /** Defines a builtin method from its Python signature, e.g. {@code "split(sep=None, maxsplit=-1)"}. */
    void method(String signature, PyMethodDescriptor.Body body) {
        Signature s = Signature.parse(signature);
        dict.put(s.name(), new PyMethodDescriptor(this, s, body));
    }

    /** Calling a type makes an instance of it. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        return TypeCalls.call(this, args, kwnames);
    }

    @Override
    public PyType type() {
        return metatype == null ? Types.TYPE : metatype;
    }

    /** The program-defined classes that name this one among their bases, oldest first (live ones only). */
    public List<PyType> directSubclasses() {
        List<PyType> out = new ArrayList<>();
        if (subclasses != null) {
            for (WeakReference<PyType> ref : subclasses) {
                PyType sub = ref.get();
                if (sub != null && sub.bases.contains(this)) {
                    out.add(sub);
                }
            }
        }
        return out;
    }

    /** {@code module.Name} for program-defined classes, the bare name for builtins outside modules. */
    public String qualifiedName() {
        Object module = dict.get("__module__");
        Object qualname = builtin ? null : dict.get("__qualname__");
        String local = qualname instanceof PyStr q ? q.value() : name;
        return module == null ? local : Ops.str(module) + "." + local;
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }
}
