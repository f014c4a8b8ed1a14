package dev.krait.runtime;

/** The methods of {@code int}, {@code bool} and {@code float} ({@link IntMethods}, {@link FloatMethods}) and their data attributes. */
final class NumberMethods {
    private NumberMethods() {}

    static void install(PyType intType, PyType boolType, PyType floatType) {
        IntMethods.install(intType, boolType);
        FloatMethods.install(floatType);
    }

    /** {@code x.real}, {@code x.imag}, {@code x.numerator}, {@code x.denominator}; null for other names. */
    static Object attribute(Object number, String name) {
        boolean isInt = Arithmetic.isInt(number);
        return switch (name) {
            case "real" -> isInt ? Arithmetic.asInt(number) : number;
            case "imag" -> isInt ? (Object) 0L : (Object) 0.0;
            case "numerator" -> isInt ? Arithmetic.asInt(number) : null;
            case "denominator" -> isInt ? (Object) 1L : null;
            case "__class__" -> Types.typeOf(number);
            default -> null;
        };
    }
}
