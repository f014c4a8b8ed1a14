package dev.krait.runtime;

/**
 * The methods every object inherits from {@code object}, for explicit calls such as
 * {@code object.__setattr__(self, name, value)} or {@code super().__init__()}. Operators do
 * not go through these (the special-method lookup treats builtin defaults as absent).
 */
final class ObjectMethods {
    private ObjectMethods() {}

    static void install(PyType object) {
        object.define("__init__", TypeCalls.OBJECT_INIT);
        object.define("__new__", TypeCalls.OBJECT_NEW);
        object.method("__setattr__(name, value, /)", (self, a) -> {
            Objects.genericSetAttr(self, name(a[0]), a[1]);
            return PyNone.NONE;
        });
        object.method("__getattribute__(name, /)", (self, a) -> Objects.genericGetAttr(self, name(a[0])));
        object.method("__delattr__(name, /)", (self, a) -> {
            Objects.genericDelAttr(self, name(a[0]));
            return PyNone.NONE;
        });
        object.method("__repr__()", (self, a) -> PyStr.of("<" + Types.typeOf(self).qualifiedName() + " object at 0x"
                + String.format("%012x", System.identityHashCode(self)) + ">"));
        object.method("__str__()", (self, a) -> PyStr.of(Ops.repr(self)));
        object.method("__eq__(other, /)", (self, a) -> self == a[0] ? Boolean.TRUE : PyNone.NOT_IMPLEMENTED);
        object.method("__ne__(other, /)", (self, a) -> self == a[0] ? Boolean.FALSE : PyNone.NOT_IMPLEMENTED);
        for (String order : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            object.method(order + "(other, /)", (self, a) -> PyNone.NOT_IMPLEMENTED);
        }
        object.method("__hash__()", (self, a) -> (long) System.identityHashCode(self));
        object.define("__init_subclass__", TypeCalls.OBJECT_INIT_SUBCLASS);
        // object.__subclasshook__: no opinion, the default answer the abc module's checks start from.
        object.define("__subclasshook__", new Wrappers.ClassMethod(new PyBuiltinFunction("__subclasshook__",
                (args, kw) -> PyNone.NOT_IMPLEMENTED)));
    }

    private static String name(Object n) {
        if (!(n instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + Types.nameOf(n) + "'");
        }
        return s.value();
    }
}
