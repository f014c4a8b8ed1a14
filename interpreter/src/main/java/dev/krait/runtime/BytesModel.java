package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import dev.krait.text.StringRepr;

import static dev.krait.runtime.BytesMethods.*;

import static dev.krait.runtime.ByteArrayMethods.*;

/** The data model of {@code bytes} and {@code bytearray}: construction, repr, comparison, iteration, indexing, mutation, operators and hashing. */
final class BytesModel {
    private BytesModel() {}

    /** {@code bytes(...)} and {@code bytearray(...)}; null for other types. */
    static Object construct(PyType type, Object[] args, String[] kwnames) {
        if (type != Types.BYTES && type != Types.BYTEARRAY) {
            return null;
        }
        Signature sig = Signature.parse(type.name() + "(source=..., encoding=..., errors=...)");
        Object[] a = sig.bind(args, kwnames);
        byte[] data;
        if (a[0] == null) {
            if (a[1] != null || a[2] != null) {
                throw Errors.typeError(a[1] != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            data = new byte[0];
        } else if (a[0] instanceof PyStr s) {
            if (a[1] == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            data = Codecs.encode(s.value(), str(a[1], type.name(), "'encoding'"),
                    a[2] == null ? "strict" : str(a[2], type.name(), "'errors'"));
        } else if (a[1] != null || a[2] != null) {
            throw Errors.typeError(a[1] != null ? "encoding without a string argument"
                    : "errors without a string argument");
        } else if (Objects.isUserObject(a[0]) && Types.typeOf(a[0]).lookup("__bytes__") != null) {
            Object r = Objects.callSpecial(a[0], "__bytes__");
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Types.nameOf(r) + ")");
            }
            data = rb.data();
            if (type == Types.BYTES) {
                return rb;
            }
        } else if (Arithmetic.isInt(a[0])) {
            Object n = Arithmetic.asInt(a[0]);
            if (n instanceof BigInteger || (Long) n > Integer.MAX_VALUE) {
                throw Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
            if ((Long) n < 0) {
                throw Errors.valueError("negative count");
            }
            data = new byte[(int) (long) (Long) n];
        } else {
            if (type == Types.BYTES && a[0] instanceof PyBytes b) {
                return b;
            }
            try {
                Ops.iterate(a[0]);
            } catch (PyException e) {
                throw Errors.typeError("cannot convert '" + Types.nameOf(a[0]) + "' object to " + type.name());
            }
            data = fromIterable(a[0]);
        }
        return type == Types.BYTES ? PyBytes.wrap(data) : new PyByteArray(data);
    }

    /** {@code str(obj, encoding, errors)} (with at least one of the last two). */
    static Object strConstruct(Object[] args, String[] kwnames) {
        Signature sig = Signature.parse("str(object=..., encoding='utf-8', errors='strict')");
        Object[] a = sig.bind(args, kwnames);
        byte[] b = a[0] == null ? new byte[0] : bytesOf(a[0]);
        if (b == null) {
            throw Errors.typeError(a[0] instanceof PyStr ? "decoding str is not supported"
                    : "decoding to str: need a bytes-like object, " + Types.nameOf(a[0]) + " found");
        }
        return PyStr.of(Codecs.decode(b, str(a[1], "str", "'encoding'"), str(a[2], "str", "'errors'")));
    }

    static String repr(Object o) {
        if (o instanceof PyBytes b) {
            return StringRepr.repr(b.data());
        }
        if (o instanceof PyByteArray b) {
            return "bytearray(" + StringRepr.repr(b.data()) + ")";
        }
        return null;
    }

    static Boolean eq(Object a, Object b) {
        byte[] x = bytesOf(a);
        if (x == null) {
            return null;
        }
        byte[] y = bytesOf(b);
        return y != null && Arrays.equals(x, y);
    }

    static Integer compare(Object a, Object b) {
        byte[] x = bytesOf(a);
        byte[] y = bytesOf(b);
        if (x == null || y == null) {
            return null;
        }
        return Arrays.compareUnsigned(x, y);
    }

    static Iterator<Object> iterate(Object o) {
        byte[] b = bytesOf(o);
        if (b == null) {
            return null;
        }
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < bytesOf(o).length;
            }

            @Override
            public Object next() {
                return (long) (bytesOf(o)[i++] & 0xff);
            }
        };
    }

    static Boolean contains(Object container, Object item) {
        byte[] b = bytesOf(container);
        if (b == null) {
            return null;
        }
        if (Arithmetic.isInt(item)) {
            int v = byteValue(item);
            for (byte x : b) {
                if ((x & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = bytesOf(item);
        if (sub == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + Types.nameOf(item) + "'");
        }
        return indexOf(b, sub) >= 0;
    }

    static int indexOf(byte[] b, byte[] sub) {
        outer:
        for (int i = 0; i + sub.length <= b.length; i++) {
            for (int k = 0; k < sub.length; k++) {
                if (b[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Object getItem(Object container, Object index) {
        byte[] b = bytesOf(container);
        if (b == null) {
            return null;
        }
        if (index instanceof PySlice s) {
            Slicing.Bounds bounds = Slicing.bounds(s, b.length);
            byte[] out = new byte[bounds.count()];
            for (int k = 0; k < out.length; k++) {
                out[k] = b[(int) bounds.at(k)];
            }
            return same(container, out);
        }
        String what = container instanceof PyBytes ? "byte" : "bytearray";
        Object i = Slicing.asIndexInt(index);
        if (i == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + Types.nameOf(index));
        }
        String message = container instanceof PyBytes ? "index out of range" : "bytearray index out of range";
        return (long) (b[Slicing.index(i, b.length, what, message)] & 0xff);
    }

    /** {@code bytearray[index] = value}; false if not a bytearray. */
    static boolean setItem(Object container, Object index, Object value) {
        if (!(container instanceof PyByteArray ba)) {
            return false;
        }
        byte[] d = ba.data();
        if (index instanceof PySlice s) {
            byte[] values = value == ba ? d.clone() : Arithmetic.isInt(value) ? null : fromIterable(value);
            if (values == null) {
                throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            Slicing.Bounds b = Slicing.bounds(s, d.length);
            if (b.step() == 1) {
                int start = (int) b.start();
                int stop = Math.max(start, (int) b.stop());
                byte[] out = new byte[d.length - (stop - start) + values.length];
                System.arraycopy(d, 0, out, 0, start);
                System.arraycopy(values, 0, out, start, values.length);
                System.arraycopy(d, stop, out, start + values.length, d.length - stop);
                ba.setData(out);
                return true;
            }
            if (values.length != b.count()) {
                throw Errors.valueError("attempt to assign bytes of size " + values.length
                        + " to extended slice of size " + b.count());
            }
            for (int k = 0; k < b.count(); k++) {
                d[(int) b.at(k)] = values[k];
            }
            return true;
        }
        Object i = Slicing.asIndexInt(index);
        if (i == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + Types.nameOf(index));
        }
        int k = Slicing.index(i, d.length, "bytearray", "bytearray index out of range");
        d[k] = (byte) byteValue(value);
        return true;
    }

    /** {@code del bytearray[index]}; false if not a bytearray. */
    static boolean delItem(Object container, Object index) {
        if (!(container instanceof PyByteArray ba)) {
            return false;
        }
        byte[] d = ba.data();
        if (index instanceof PySlice s) {
            Slicing.Bounds b = Slicing.bounds(s, d.length);
            boolean[] drop = new boolean[d.length];
            for (int k = 0; k < b.count(); k++) {
                drop[(int) b.at(k)] = true;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k = 0; k < d.length; k++) {
                if (!drop[k]) {
                    out.write(d[k]);
                }
            }
            ba.setData(out.toByteArray());
            return true;
        }
        Object i = Slicing.asIndexInt(index);
        if (i == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + Types.nameOf(index));
        }
        ba.setData(remove(d, Slicing.index(i, d.length, "bytearray", "bytearray index out of range")));
        return true;
    }

    /** {@code + * %} with a bytes-like left operand (or {@code int * bytes}); null otherwise. */
    static Object binary(String op, Object a, Object b) {
        byte[] x = bytesOf(a);
        if (op.equals("*") && x == null && bytesOf(b) != null && Arithmetic.isInt(a)) {
            return binary(op, b, a);
        }
        if (x == null) {
            return null;
        }
        switch (op) {
            case "+" -> {
                byte[] y = bytesOf(b);
                if (y == null) {
                    throw Errors.typeError("can't concat " + Types.nameOf(b) + " to " + Types.nameOf(a));
                }
                return same(a, concat(x, y));
            }
            case "*" -> {
                if (!Arithmetic.isInt(b)) {
                    if (Objects.isUserObject(b)) {
                        return null;
                    }
                    throw Errors.typeError("can't multiply sequence by non-int of type '" + Types.nameOf(b) + "'");
                }
                long n = ListMethods.asIndex(b);
                if (n <= 0) {
                    return same(a, new byte[0]);
                }
                if (n * x.length > Integer.MAX_VALUE - 8) {
                    throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
                }
                byte[] out = new byte[(int) (n * x.length)];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(x, 0, out, i * x.length, x.length);
                }
                return same(a, out);
            }
            case "%" -> {
                Object args = b;
                if (b instanceof PyTuple t) {
                    Object[] items = t.toArray();
                    for (int i = 0; i < items.length; i++) {
                        byte[] y = bytesOf(items[i]);
                        items[i] = y != null ? latin1(y) : items[i];
                    }
                    args = PyTuple.wrap(items);
                } else if (bytesOf(b) != null) {
                    args = latin1(bytesOf(b));
                }
                return same(a, fromLatin1(Formatting.percentFormat(latin1(x), args)));
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code bytearray += x} and {@code bytearray *= n}; null otherwise. */
    static Object inPlace(String op, Object a, Object b) {
        if (!(a instanceof PyByteArray ba)) {
            return null;
        }
        if (op.equals("+") && bytesOf(b) != null) {
            ba.extend(b == ba ? ba.data().clone() : bytesOf(b));
            return ba;
        }
        Object r = binary(op, a, b);
        if (r instanceof PyByteArray out) {
            ba.setData(out.data());
            return ba;
        }
        return null;
    }

    static long hash(Object o) {
        return Hashing.hashString(new String(((PyBytes) o).data(), StandardCharsets.ISO_8859_1));
    }
}
