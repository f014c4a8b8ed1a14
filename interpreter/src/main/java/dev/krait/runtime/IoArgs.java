package dev.krait.runtime;

/** Argument conversions shared by the stream methods, with CPython's messages. */
final class IoArgs {
    private IoArgs() {}

    /** A size that may be None ({@code read(size)}): None gives -1. */
    static long sizeOrNone(Object o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        Object i = Arithmetic.asInt(o);
        if (i == null) {
            throw Errors.typeError("argument should be integer or None, not '" + Types.nameOf(o) + "'");
        }
        return clamp(i);
    }

    /** An int argument ({@code seek(offset)}, {@code readline(limit)}); None too when {@code noneAllowed}. */
    static long integer(Object o, boolean noneAllowed) {
        if (noneAllowed && o == PyNone.NONE) {
            return -1;
        }
        Object i = Arithmetic.asInt(o);
        if (i == null) {
            throw Errors.typeError("'" + Types.nameOf(o) + "' object cannot be interpreted as an integer");
        }
        return clamp(i);
    }

    /** {@code truncate(size=None)}: null for None. */
    static Long position(Object o) {
        return o == PyNone.NONE ? null : integer(o, false);
    }

    private static long clamp(Object i) {
        if (i instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    /** The bytes of a bytes-like {@code write()} argument. */
    static byte[] bytesLike(Object o) {
        byte[] data = BytesMethods.bytesOf(o);
        if (data == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + Types.nameOf(o) + "'");
        }
        return data.clone();
    }

    /** The text of a text stream's {@code write()} argument. */
    static String text(Object o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("write() argument must be str, not " + Types.nameOf(o));
        }
        return s.value();
    }
}
