package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** What calling a builtin type does: {@code int('12')}, {@code str(x)}, {@code ValueError('bad')}. */
final class Constructors {
    private Constructors() {}

    /** Calls builtin type {@code type}; program-defined classes go through {@link TypeCalls}. */
    static Object construct(PyType type, Object[] args, String[] kwnames) {
        if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return ExceptionInit.create(type, args, kwnames);
        }
        if (type == Types.NONE_TYPE || type == Types.NOT_IMPLEMENTED_TYPE || type == Types.ELLIPSIS_TYPE) {
            if (args.length > 0) { // keyword arguments included
                // CPython names the ellipsis type by its types-module name here.
                String name = type == Types.ELLIPSIS_TYPE ? "EllipsisType" : type.name();
                throw Errors.typeError(name + " takes no arguments");
            }
            return type == Types.NONE_TYPE ? PyNone.NONE
                    : type == Types.ELLIPSIS_TYPE ? PyNone.ELLIPSIS : PyNone.NOT_IMPLEMENTED;
        }
        if (type == Types.GENERIC_ALIAS) {
            return GenericAlias.construct(args, kwnames);
        }
        if (type == Types.STATICMETHOD || type == Types.CLASSMETHOD || type == Types.PROPERTY) {
            return Wrappers.construct(type, args, kwnames);
        }
        Object container = Containers.construct(type, args, kwnames);
        if (container != null) {
            return container;
        }
        Object stream = IoTypes.construct(type, args, kwnames);
        if (stream != null) {
            return stream;
        }
        if (type == Types.STR && (args.length > 1 || kwnames.length > 0)) {
            return BytesModel.strConstruct(args, kwnames);
        }
        if (type == Types.INT) {
            return NumberConversions.constructInt(args, kwnames);
        }
        if (type == Types.COMPLEX) {
            return ComplexConversions.construct(args, kwnames);
        }
        if (kwnames.length > 0) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        if (type == Types.FLOAT) {
            if (args.length > 1) {
                throw Errors.typeError("float expected at most 1 argument, got " + args.length);
            }
            return args.length == 0 ? 0.0 : NumberConversions.toFloat(args[0]);
        }
        if (type == Types.STR) {
            return args.length == 0 ? PyStr.EMPTY : PyStr.of(Ops.str(args[0]));
        }
        if (type == Types.BOOL) {
            return args.length != 0 && Ops.isTrue(args[0]);
        }
        if ((type == Types.LIST || type == Types.TUPLE) && args.length > 1) {
            throw Errors.typeError(type.name() + " expected at most 1 argument, got " + args.length);
        }
        if (type == Types.LIST) {
            return new PyList(args.length == 0 ? List.of() : collect(args[0]));
        }
        if (type == Types.TUPLE) {
            return args.length == 0 ? PyTuple.EMPTY : PyTuple.wrap(collect(args[0]).toArray());
        }
        if (type == Types.RANGE) {
            return range(args);
        }
        if (type == Types.OBJECT) {
            if (args.length > 0) {
                throw Errors.typeError("object() takes no arguments");
            }
            return new PyInstance(Types.OBJECT);
        }
        if (type == Types.TYPE && args.length == 1) {
            return Types.typeOf(args[0]);
        }
        throw Errors.typeError("cannot create '" + type.name() + "' instances");
    }

    static List<Object> collect(Object iterable) {
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = Ops.iterate(iterable);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    private static PyRange range(Object[] args) {
        if (args.length == 0 || args.length > 3) {
            throw Errors.typeError(args.length == 0 ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + args.length);
        }
        Object[] v = new Object[args.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Slicing.asIndexInt(args[i]);
            if (v[i] == null) {
                throw Errors.typeError("'" + Types.nameOf(args[i]) + "' object cannot be interpreted as an integer");
            }
        }
        return v.length == 1 ? new PyRange(0L, v[0], 1L) : new PyRange(v[0], v[1], v.length == 3 ? v[2] : 1L);
    }
}
