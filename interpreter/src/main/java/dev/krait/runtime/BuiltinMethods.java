package dev.krait.runtime;

/** Defines the methods of the builtin types; called once from {@link Types}' initialisation. */
final class BuiltinMethods {
    private BuiltinMethods() {}

    static void installAll() {
        NumberMethods.install(Types.INT, Types.BOOL, Types.FLOAT);
        ComplexMethods.install(Types.COMPLEX);
        ObjectMethods.install(Types.OBJECT);
        TypeAttributes.install(Types.TYPE);
        TypeAttributes.installMappingProxy(Types.MAPPINGPROXY);
        FileMethods.install(Types.TEXT_IO);
        ListMethods.install(Types.LIST, Types.TUPLE);
        DictMethods.install(Types.DICT);
        SetMethods.install(Types.SET, Types.FROZENSET);
        Types.SLICE.method("indices(length, /)", (self, a) -> Slicing.indices((PySlice) self, a[0]));
        StrMethods.install(Types.STR);
        BytesMethods.install(Types.BYTES, Types.BYTEARRAY);
        // The mutable containers are unhashable, and say so as CPython does: __hash__ is None.
        for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.SET, Types.BYTEARRAY}) {
            t.define("__hash__", PyNone.NONE);
        }
        BuiltinSubclasses.install(); // after the types' own methods, which it does not replace
    }
}
