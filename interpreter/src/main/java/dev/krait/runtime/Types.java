package dev.krait.runtime;

import java.math.BigInteger;

/**
 * The builtin types, and the type of any value. Shared by all interpreters: builtin types
 * are immutable once this class has initialised.
 */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = PyType.builtin("object", null);
    public static final PyType TYPE = PyType.builtin("type", OBJECT);
    public static final PyType INT = PyType.builtin("int", OBJECT);
    public static final PyType BOOL = PyType.builtin("bool", INT);
    public static final PyType FLOAT = PyType.builtin("float", OBJECT);
    public static final PyType COMPLEX = PyType.builtin("complex", OBJECT);
    public static final PyType STR = PyType.builtin("str", OBJECT);
    public static final PyType LIST = PyType.builtin("list", OBJECT);
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT);
    public static final PyType DICT = PyType.builtin("dict", OBJECT);
    public static final PyType SET = PyType.builtin("set", OBJECT);
    public static final PyType FROZENSET = PyType.builtin("frozenset", OBJECT);
    public static final PyType SLICE = PyType.builtin("slice", OBJECT);
    public static final PyType DICT_KEYS = PyType.builtin("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = PyType.builtin("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = PyType.builtin("dict_items", OBJECT);
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", OBJECT);
    public static final PyType LIST_REVERSEITERATOR = PyType.builtin("list_reverseiterator", OBJECT);
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", OBJECT);
    public static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", OBJECT);
    public static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", OBJECT);
    public static final PyType SET_ITERATOR = PyType.builtin("set_iterator", OBJECT);
    public static final PyType DICT_KEYITERATOR = PyType.builtin("dict_keyiterator", OBJECT);
    public static final PyType DICT_VALUEITERATOR = PyType.builtin("dict_valueiterator", OBJECT);
    public static final PyType DICT_ITEMITERATOR = PyType.builtin("dict_itemiterator", OBJECT);
    public static final PyType ENUMERATE = PyType.builtin("enumerate", OBJECT);
    public static final PyType MAP = PyType.builtin("map", OBJECT);
    public static final PyType TEXT_IO = PyType.builtin("_io.TextIOWrapper", OBJECT);
    public static final PyType FILTER = PyType.builtin("filter", OBJECT);
    public static final PyType ZIP = PyType.builtin("zip", OBJECT);
    public static final PyType REVERSED = PyType.builtin("reversed", OBJECT);
    public static final PyType RANGE = PyType.builtin("range", OBJECT);
    public static final PyType FUNCTION = PyType.builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT);
    public static final PyType MODULE = PyType.builtin("module", OBJECT);
    /** {@code importlib.machinery.ModuleSpec}, {@code __future__._Feature}, code objects: plain records. */
    public static final PyType MODULE_SPEC = PyType.builtin("ModuleSpec", OBJECT);
    public static final PyType FUTURE_FEATURE = PyType.builtin("_Feature", OBJECT);
    public static final PyType CODE = PyType.builtin("code", OBJECT);
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT);
    public static final PyType ITERATOR = PyType.builtin("iterator", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", OBJECT);
    public static final PyType METHOD = PyType.builtin("method", OBJECT);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", OBJECT);
    public static final PyType PROPERTY = PyType.builtin("property", OBJECT);
    public static final PyType SUPER = PyType.builtin("super", OBJECT);
    public static final PyType BYTES = PyType.builtin("bytes", OBJECT);
    public static final PyType BYTEARRAY = PyType.builtin("bytearray", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = PyType.builtin("getset_descriptor", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = PyType.builtin("member_descriptor", OBJECT);
    public static final PyType TRACEBACK = PyType.builtin("traceback", OBJECT);
    public static final PyType FRAME = PyType.builtin("frame", OBJECT);
    public static final PyType CELL = PyType.builtin("cell", OBJECT);
    public static final PyType GENERIC_ALIAS = PyType.builtin("types.GenericAlias", OBJECT);
    public static final PyType MAPPINGPROXY = PyType.builtin("mappingproxy", OBJECT);

    static {
        // Every builtin type's methods are defined here, once, before any interpreter runs.
        BuiltinMethods.installAll();
    }

    /** The Python type of any value Krait hands to a program. */
    public static PyType typeOf(Object value) {
        if (value instanceof PyObject o) {
            return o.type();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return INT;
        }
        if (value instanceof Boolean) {
            return BOOL;
        }
        if (value instanceof Double) {
            return FLOAT;
        }
        if (value instanceof PyStr) {
            return STR;
        }
        throw new IllegalStateException("not a Python value: " + (value == null ? "null" : value.getClass()));
    }

    /** The type's name, as error messages quote it ({@code 'int'}). */
    public static String nameOf(Object value) {
        return typeOf(value).name();
    }
}
