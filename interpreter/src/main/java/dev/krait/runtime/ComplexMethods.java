package dev.krait.runtime;

import java.util.function.ToDoubleFunction;

/**
 * The methods and attributes of {@code complex}: {@code real}, {@code imag},
 * {@code conjugate()}, and the special methods reachable as attributes
 * ({@code (1j).__add__(2)}, {@code complex.__pow__(z, 2)}). Operators on complex values do not
 * go through these: {@link Ops} calls {@link ComplexArithmetic} directly.
 */
final class ComplexMethods {
    private ComplexMethods() {}

    static void install(PyType complexType) {
        complexType.define("real", new Part(complexType, "real", PyComplex::real));
        complexType.define("imag", new Part(complexType, "imag", PyComplex::imag));
        complexType.method("conjugate()", (self, a) -> new PyComplex(value(self).real(), -value(self).imag()));
        complexType.method("__complex__()", (self, a) -> value(self));
        complexType.method("__getnewargs__()", (self, a) -> PyTuple.of(value(self).real(), value(self).imag()));
        complexType.method("__repr__()", (self, a) -> PyStr.of(value(self).toString()));
        complexType.method("__str__()", (self, a) -> PyStr.of(value(self).toString()));
        complexType.method("__hash__()", (self, a) -> ComplexArithmetic.hash(value(self)));
        complexType.method("__bool__()", (self, a) -> value(self).isNonZero());
        complexType.method("__neg__()", (self, a) -> ComplexArithmetic.negate(value(self)));
        complexType.method("__pos__()", (self, a) -> value(self));
        complexType.method("__abs__()", (self, a) -> ComplexArithmetic.abs(value(self)));
        complexType.method("__format__(format_spec, /)", (self, a) -> {
            if (!(a[0] instanceof PyStr spec)) {
                throw Errors.typeError("__format__() argument must be str, not " + Types.nameOf(a[0]));
            }
            return PyStr.of(Formatting.format(value(self), spec.value()));
        });
        for (String[] op : new String[][] {{"add", "+"}, {"sub", "-"}, {"mul", "*"}, {"truediv", "/"}}) {
            String symbol = op[1];
            complexType.method("__" + op[0] + "__(value, /)",
                    (self, a) -> ComplexArithmetic.binary(symbol, value(self), a[0]));
            complexType.method("__r" + op[0] + "__(value, /)",
                    (self, a) -> ComplexArithmetic.binary(symbol, a[0], value(self)));
        }
        complexType.method("__pow__(value, mod=None, /)", (self, a) -> pow(value(self), a[0], a[1], false));
        complexType.method("__rpow__(value, mod=None, /)", (self, a) -> pow(value(self), a[0], a[1], true));
        complexType.method("__eq__(value, /)", (self, a) -> equality(self, a[0], true));
        complexType.method("__ne__(value, /)", (self, a) -> equality(self, a[0], false));
        for (String order : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            complexType.method(order + "(value, /)", (self, a) -> PyNone.NOT_IMPLEMENTED);
        }
    }

    private static PyComplex value(Object self) {
        return (PyComplex) BuiltinSubclasses.valueOf(self);
    }

    private static Object pow(PyComplex self, Object other, Object mod, boolean reflected) {
        PyComplex x = ComplexArithmetic.coerce(other);
        if (x == null) {
            return PyNone.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw Errors.valueError("complex modulo");
        }
        return reflected ? ComplexArithmetic.pow(x, self) : ComplexArithmetic.pow(self, x);
    }

    private static Object equality(Object self, Object other, boolean equal) {
        Object v = BuiltinSubclasses.valueOf(other);
        if (!(v instanceof PyComplex) && !Arithmetic.isNumber(v)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return ComplexArithmetic.equal(value(self), v) == equal;
    }

    /** {@code real} and {@code imag}: read-only member descriptors, as in CPython. */
    private static final class Part extends PyObject implements Descriptor.Data {
        private final PyType owner;
        private final String name;
        private final ToDoubleFunction<PyComplex> getter;

        Part(PyType owner, String name, ToDoubleFunction<PyComplex> getter) {
            this.owner = owner;
            this.name = name;
            this.getter = getter;
        }

        @Override
        public Object get(Object instance, PyType ownerType) {
            if (instance == null) {
                return this;
            }
            if (!(BuiltinSubclasses.valueOf(instance) instanceof PyComplex c)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + owner.name()
                        + "' objects doesn't apply to a '" + Types.nameOf(instance) + "' object");
            }
            return getter.applyAsDouble(c);
        }

        @Override
        public void set(Object instance, Object value) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
        }

        @Override
        public void delete(Object instance) {
            set(instance, null);
        }

        @Override
        public PyType type() {
            return Types.MEMBER_DESCRIPTOR;
        }

        @Override
        public String toString() {
            return "<member '" + name + "' of '" + owner.name() + "' objects>";
        }
    }
}
