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

/** The methods only {@code bytearray} has: the ones that change it in place. */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    static void mutators(PyType t) {
        t.method("append(item, /)", (self, a) -> {
            ((PyByteArray) self).append((byte) byteValue(a[0]));
            return PyNone.NONE;
        });
        t.method("extend(iterable_of_ints, /)", (self, a) -> {
            PyByteArray ba = (PyByteArray) self;
            if (a[0] instanceof PyStr) {
                throw Errors.typeError("expected iterable of integers; got: 'str'");
            }
            if (bytesOf(a[0]) == null) {
                try {
                    Ops.iterate(a[0]);
                } catch (PyException e) {
                    throw Errors.typeError("can't extend bytearray with " + Types.nameOf(a[0]));
                }
            }
            ba.extend(fromIterable(a[0]));
            return PyNone.NONE;
        });
        t.method("pop(index=-1, /)", (self, a) -> {
            PyByteArray ba = (PyByteArray) self;
            byte[] d = ba.data();
            if (d.length == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            long i = ListMethods.asIndex(a[0]);
            if (i < 0) {
                i += d.length;
            }
            if (i < 0 || i >= d.length) {
                throw Errors.indexError("pop index out of range");
            }
            long v = d[(int) i] & 0xff;
            ba.setData(remove(d, (int) i));
            return v;
        });
        t.method("insert(index, item, /)", (self, a) -> {
            PyByteArray ba = (PyByteArray) self;
            byte[] d = ba.data();
            long i = ListMethods.asIndex(a[0]);
            int v = byteValue(a[1]);
            if (i < 0) {
                i = Math.max(0, i + d.length);
            } else if (i > d.length) {
                i = d.length;
            }
            byte[] out = new byte[d.length + 1];
            System.arraycopy(d, 0, out, 0, (int) i);
            out[(int) i] = (byte) v;
            System.arraycopy(d, (int) i, out, (int) i + 1, d.length - (int) i);
            ba.setData(out);
            return PyNone.NONE;
        });
        t.method("remove(value, /)", (self, a) -> {
            PyByteArray ba = (PyByteArray) self;
            int v = byteValue(a[0]);
            byte[] d = ba.data();
            for (int i = 0; i < d.length; i++) {
                if ((d[i] & 0xff) == v) {
                    ba.setData(remove(d, i));
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.method("clear()", (self, a) -> {
            ((PyByteArray) self).setData(new byte[0]);
            return PyNone.NONE;
        });
        t.method("copy()", (self, a) -> new PyByteArray(((PyByteArray) self).data().clone()));
        t.method("reverse()", (self, a) -> {
            PyByteArray ba = (PyByteArray) self;
            byte[] d = ba.data().clone();
            for (int i = 0, j = d.length - 1; i < j; i++, j--) {
                byte x = d[i];
                d[i] = d[j];
                d[j] = x;
            }
            ba.setData(d);
            return PyNone.NONE;
        });
    }

    static byte[] remove(byte[] d, int i) {
        byte[] out = new byte[d.length - 1];
        System.arraycopy(d, 0, out, 0, i);
        System.arraycopy(d, i + 1, out, i, d.length - i - 1);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] fromIterable(Object o) {
        byte[] b = bytesOf(o);
        if (b != null) {
            return b.clone();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<Object> it = Ops.iterate(o);
        while (it.hasNext()) {
            Object x = it.next();
            Object i = Arithmetic.asInt(x);
            if (i == null) {
                throw Errors.typeError("'" + Types.nameOf(x) + "' object cannot be interpreted as an integer");
            }
            if (!(i instanceof Long l) || l < 0 || l > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) (long) l);
        }
        return out.toByteArray();
    }

}
