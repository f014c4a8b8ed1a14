package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import dev.krait.text.StringRepr;

import static dev.krait.runtime.ByteArrayMethods.*;

/**
 * The methods and data-model operations of {@code bytes} and {@code bytearray}, and
 * {@code str.encode}. Methods whose meaning does not depend on character classes are computed
 * by the matching {@code str} method over the latin-1 view of the bytes (one char per byte).
 */
final class BytesMethods {
    private BytesMethods() {}

    // ---- helpers ----

    /** The contents of a bytes-like value, or null. */
    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof PyByteArray b) {
            return b.data();
        }
        return null;
    }

    static boolean isBytesLike(Object o) {
        return o instanceof PyBytes || o instanceof PyByteArray;
    }

    /** A value of the same type as {@code like} holding {@code data}. */
    static Object same(Object like, byte[] data) {
        return like instanceof PyByteArray ? new PyByteArray(data) : PyBytes.wrap(data);
    }

    static byte[] need(Object o) {
        byte[] b = bytesOf(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + Types.nameOf(o) + "'");
        }
        return b;
    }

    static PyStr latin1(byte[] b) {
        return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
    }

    static byte[] fromLatin1(PyStr s) {
        return s.value().getBytes(StandardCharsets.ISO_8859_1);
    }

    static int byteValue(Object v) {
        Object i = Arithmetic.asInt(v);
        if (i == null) {
            throw Errors.typeError("'" + Types.nameOf(v) + "' object cannot be interpreted as an integer");
        }
        if (!(i instanceof Long l) || l < 0 || l > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private interface BytePredicate {
        boolean test(int c);
    }

    static boolean all(byte[] b, BytePredicate p) {
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            if (!p.test(x & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private interface ByteMap {
        int map(int c);
    }

    static byte[] map(byte[] b, ByteMap m) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) m.map(b[i] & 0xff);
        }
        return out;
    }

    static int swap(int c) {
        return isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c;
    }

    // ---- install ----

    static void install(PyType bytes, PyType bytearray) {
        for (PyType t : new PyType[] {bytes, bytearray}) {
            common(t);
        }
        Signature fromhex = Signature.parse("fromhex(string, /)");
        bytes.define("fromhex", new PyBuiltinFunction("fromhex", (args, kw) ->
                PyBytes.wrap(fromhex(fromhex.bind(args, kw)[0]))));
        Signature fromhexBa = Signature.parse("fromhex(string, /)");
        bytearray.define("fromhex", new PyBuiltinFunction("fromhex", (args, kw) ->
                new PyByteArray(fromhex(fromhexBa.bind(args, kw)[0]))));
        ByteArrayMethods.mutators(bytearray);
        for (PyType t : new PyType[] {bytes, bytearray}) {
            Signature maketrans = Signature.parse("maketrans(frm, to, /)");
            t.define("maketrans", new PyBuiltinFunction("maketrans", (args, kw) -> {
                Object[] a = maketrans.bind(args, kw);
                byte[] from = need(a[0]);
                byte[] to = need(a[1]);
                if (from.length != to.length) {
                    throw Errors.valueError("maketrans arguments must have same length");
                }
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) {
                    table[i] = (byte) i;
                }
                for (int i = 0; i < from.length; i++) {
                    table[from[i] & 0xff] = to[i];
                }
                return PyBytes.wrap(table);
            }));
            t.method("translate(table, /, delete=...)", (self, a) -> translate(self, a[0], a[1]));
        }
        Types.INT.method("to_bytes(length=1, byteorder='big', *, signed=False)", (self, a) ->
                PyBytes.wrap(toBytes(self, a[0], a[1], Ops.isTrue(a[2]))));
        Signature fromBytes = Signature.parse("from_bytes(bytes, byteorder='big', *, signed=False)");
        Types.INT.define("from_bytes", new PyBuiltinFunction("from_bytes", (args, kw) -> {
            Object[] a = fromBytes.bind(args, kw);
            byte[] b = a[0] instanceof PyStr ? null : bytesOf(a[0]);
            if (b == null) {
                b = a[0] instanceof PyStr ? null : fromIterable(a[0]);
            }
            if (b == null) {
                throw Errors.typeError("cannot convert 'str' object to bytes");
            }
            boolean little = littleEndian(a[1]);
            byte[] big = b.clone();
            if (little) {
                reverse(big);
            }
            BigInteger v = big.length == 0 ? BigInteger.ZERO
                    : Ops.isTrue(a[2]) ? new BigInteger(big) : new BigInteger(1, big);
            return Arithmetic.normalize(v);
        }));
        Types.STR.method("encode(encoding='utf-8', errors='strict')", (self, a) ->
                PyBytes.wrap(Codecs.encode(((PyStr) self).value(), str(a[0], "encode", "'encoding'"),
                        str(a[1], "encode", "'errors'"))));
    }

    static Object translate(Object self, Object tableArg, Object deleteArg) {
        byte[] table = tableArg == PyNone.NONE ? null : need(tableArg);
        if (table != null && table.length != 256) {
            throw Errors.valueError("translation table must be 256 characters long");
        }
        byte[] delete = deleteArg == null ? new byte[0] : need(deleteArg);
        boolean[] drop = new boolean[256];
        for (byte d : delete) {
            drop[d & 0xff] = true;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : bytesOf(self)) {
            if (!drop[x & 0xff]) {
                out.write(table == null ? x : table[x & 0xff]);
            }
        }
        return same(self, out.toByteArray());
    }

    static boolean littleEndian(Object order) {
        if (!(order instanceof PyStr s)) {
            throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not " + Types.nameOf(order));
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    static void reverse(byte[] d) {
        for (int i = 0, j = d.length - 1; i < j; i++, j--) {
            byte x = d[i];
            d[i] = d[j];
            d[j] = x;
        }
    }

    static byte[] toBytes(Object self, Object lengthArg, Object order, boolean signed) {
        long length = ListMethods.asIndex(lengthArg);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        boolean little = littleEndian(order);
        Object i = Arithmetic.asInt(self);
        BigInteger v = i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() != 0 && bits > length * 8 || length > Integer.MAX_VALUE - 8) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] raw = v.toByteArray(); // big-endian two's complement, minimal
        byte[] out = new byte[(int) length];
        byte fill = v.signum() < 0 ? (byte) 0xff : 0;
        Arrays.fill(out, fill);
        int n = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - n, out, out.length - n, n);
        if (little) {
            reverse(out);
        }
        return out;
    }

    static String str(Object o, String fn, Object n) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument " + n + " must be str, not " + Types.nameOf(o));
        }
        return s.value();
    }

    static void common(PyType t) {
        t.method("decode(encoding='utf-8', errors='strict')", (self, a) ->
                PyStr.of(Codecs.decode(bytesOf(self), str(a[0], "decode", "'encoding'"), str(a[1], "decode", "'errors'"))));
        t.method("hex(sep=None, bytes_per_sep=1)", (self, a) -> PyStr.of(hex(bytesOf(self), a[0], a[1])));
        t.method("join(iterable_of_bytes, /)", (self, a) -> join(self, a[0]));
        t.method("upper()", (self, a) -> same(self, map(bytesOf(self), c -> isLower(c) ? c - 32 : c)));
        t.method("lower()", (self, a) -> same(self, map(bytesOf(self), c -> isUpper(c) ? c + 32 : c)));
        t.method("swapcase()", (self, a) -> same(self, map(bytesOf(self), BytesMethods::swap)));
        t.method("capitalize()", (self, a) -> {
            byte[] b = map(bytesOf(self), c -> isUpper(c) ? c + 32 : c);
            if (b.length > 0 && isLower(b[0])) {
                b[0] -= 32;
            }
            return same(self, b);
        });
        t.method("title()", (self, a) -> {
            byte[] b = bytesOf(self).clone();
            boolean prevCased = false;
            for (int i = 0; i < b.length; i++) {
                int c = b[i] & 0xff;
                if (isUpper(c) || isLower(c)) {
                    b[i] = (byte) (prevCased ? (isUpper(c) ? c + 32 : c) : (isLower(c) ? c - 32 : c));
                    prevCased = true;
                } else {
                    prevCased = false;
                }
            }
            return same(self, b);
        });
        t.method("isdigit()", (self, a) -> all(bytesOf(self), BytesMethods::isDigit));
        t.method("isalpha()", (self, a) -> all(bytesOf(self), c -> isLower(c) || isUpper(c)));
        t.method("isalnum()", (self, a) -> all(bytesOf(self), c -> isLower(c) || isUpper(c) || isDigit(c)));
        t.method("isspace()", (self, a) -> all(bytesOf(self), BytesMethods::isSpace));
        t.method("isascii()", (self, a) -> {
            for (byte x : bytesOf(self)) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        });
        t.method("islower()", (self, a) -> cased(bytesOf(self), true));
        t.method("isupper()", (self, a) -> cased(bytesOf(self), false));
        t.method("istitle()", (self, a) -> {
            boolean prevCased = false;
            boolean any = false;
            for (byte x : bytesOf(self)) {
                int c = x & 0xff;
                if (isUpper(c)) {
                    if (prevCased) {
                        return false;
                    }
                    prevCased = true;
                    any = true;
                } else if (isLower(c)) {
                    if (!prevCased) {
                        return false;
                    }
                    prevCased = true;
                } else {
                    prevCased = false;
                }
            }
            return any;
        });
        t.method("strip(bytes=None, /)", (self, a) -> strip(self, a[0], true, true));
        t.method("lstrip(bytes=None, /)", (self, a) -> strip(self, a[0], true, false));
        t.method("rstrip(bytes=None, /)", (self, a) -> strip(self, a[0], false, true));
        t.method("split(sep=None, maxsplit=-1)", (self, a) -> split(self, a[0], a[1], false));
        t.method("rsplit(sep=None, maxsplit=-1)", (self, a) -> split(self, a[0], a[1], true));
        viaStr(t, "replace(old, new, count=-1, /)", "replace");
        viaStr(t, "find(sub, start=None, end=None, /)", "find");
        viaStr(t, "rfind(sub, start=None, end=None, /)", "rfind");
        viaStr(t, "count(sub, start=None, end=None, /)", "count");
        t.method("index(sub, start=None, end=None, /)", (self, a) -> found(viaStr(self, "find", a)));
        t.method("rindex(sub, start=None, end=None, /)", (self, a) -> found(viaStr(self, "rfind", a)));
        viaStr(t, "startswith(prefix, start=None, end=None, /)", "startswith");
        viaStr(t, "endswith(suffix, start=None, end=None, /)", "endswith");
        viaStr(t, "center(width, fillchar=b' ', /)", "center");
        viaStr(t, "ljust(width, fillchar=b' ', /)", "ljust");
        viaStr(t, "rjust(width, fillchar=b' ', /)", "rjust");
        viaStr(t, "zfill(width, /)", "zfill");
        viaStr(t, "partition(sep, /)", "partition");
        viaStr(t, "rpartition(sep, /)", "rpartition");
        viaStr(t, "removeprefix(prefix, /)", "removeprefix");
        viaStr(t, "removesuffix(suffix, /)", "removesuffix");
        viaStr(t, "expandtabs(tabsize=8)", "expandtabs");
        viaStr(t, "splitlines(keepends=False)", "splitlines");
    }

    static Object found(Object r) {
        if (r instanceof Long l && l < 0) {
            throw Errors.valueError("subsection not found");
        }
        return r;
    }

    static boolean cased(byte[] b, boolean lower) {
        boolean any = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (lower ? isUpper(c) : isLower(c)) {
                return false;
            }
            any |= lower ? isLower(c) : isUpper(c);
        }
        return any;
    }

    static void viaStr(PyType t, String signature, String name) {
        String sig = signature.replace("b' '", "...");
        t.method(sig, (self, a) -> viaStr(self, name, a));
    }

    /** Runs str's method {@code name} over the latin-1 views of self and the bytes arguments. */
    static Object viaStr(Object self, String name, Object[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == null) {
            n--;
        }
        Object[] args = new Object[n];
        boolean search = name.endsWith("find") || name.equals("count");
        if (n > 0 && search && !Arithmetic.isInt(a[0]) && bytesOf(a[0]) == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + Types.nameOf(a[0]) + "'");
        }
        if (n > 0 && name.endsWith("with") && bytesOf(a[0]) == null) {
            boolean ok = a[0] instanceof PyTuple;
            if (ok) {
                for (Object x : ((PyTuple) a[0]).toArray()) {
                    if (bytesOf(x) == null) {
                        throw Errors.typeError("a bytes-like object is required, not '" + Types.nameOf(x) + "'");
                    }
                }
            } else {
                throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not "
                        + Types.nameOf(a[0]));
            }
        }
        if (n > 1 && (name.equals("center") || name.equals("ljust") || name.equals("rjust"))) {
            byte[] fill = bytesOf(a[1]);
            if (fill == null || fill.length != 1) {
                throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not "
                        + Types.nameOf(a[1]));
            }
        }
        for (int i = 0; i < n; i++) {
            args[i] = i == 0 && Arithmetic.isInt(a[i]) && (name.endsWith("find") || name.equals("count"))
                    ? PyStr.of(String.valueOf((char) byteValue(a[i])))
                    : toStrArg(a[i], name, i == 0 && name.endsWith("with"));
        }
        PyMethodDescriptor m = (PyMethodDescriptor) Types.STR.lookup(name);
        Object r = m.invoke(latin1(bytesOf(self)), args, new String[0]);
        return fromStr(self, r);
    }

    static Object toStrArg(Object o, String name, boolean tupleAllowed) {
        byte[] b = bytesOf(o);
        if (b != null) {
            return latin1(b);
        }
        if (tupleAllowed && o instanceof PyTuple t) {
            Object[] items = t.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = toStrArg(items[i], name, false);
            }
            return PyTuple.wrap(items);
        }
        if (o instanceof PyStr) {
            if (name.equals("center") || name.equals("ljust") || name.equals("rjust")) {
                throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not str");
            }
            throw Errors.typeError("a bytes-like object is required, not 'str'");
        }
        return o;
    }

    static Object fromStr(Object self, Object r) {
        if (r instanceof PyStr s) {
            return same(self, fromLatin1(s));
        }
        if (r instanceof PyList l) {
            PyList out = new PyList();
            for (Object x : l.items()) {
                out.append(fromStr(self, x));
            }
            return out;
        }
        if (r instanceof PyTuple t) {
            Object[] items = t.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = fromStr(self, items[i]);
            }
            return PyTuple.wrap(items);
        }
        return r;
    }

    static Object strip(Object self, Object chars, boolean left, boolean right) {
        byte[] b = bytesOf(self);
        byte[] set = chars == PyNone.NONE ? null : need(chars);
        int i = 0;
        int j = b.length;
        while (left && i < j && strippable(b[i], set)) {
            i++;
        }
        while (right && j > i && strippable(b[j - 1], set)) {
            j--;
        }
        return same(self, Arrays.copyOfRange(b, i, j));
    }

    static boolean strippable(byte x, byte[] set) {
        if (set == null) {
            return isSpace(x & 0xff);
        }
        for (byte s : set) {
            if (s == x) {
                return true;
            }
        }
        return false;
    }

    static Object split(Object self, Object sep, Object maxsplitArg, boolean fromRight) {
        if (sep != PyNone.NONE) {
            return viaStr(self, fromRight ? "rsplit" : "split", new Object[] {sep, maxsplitArg});
        }
        long maxsplit = ListMethods.asIndex(maxsplitArg);
        byte[] b = bytesOf(self);
        List<byte[]> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0;
            int n = b.length;
            while (true) {
                while (i < n && isSpace(b[i] & 0xff)) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(Arrays.copyOfRange(b, i, n));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(b[j] & 0xff)) {
                    j++;
                }
                parts.add(Arrays.copyOfRange(b, i, j));
                i = j;
            }
        } else {
            int j = b.length;
            while (true) {
                while (j > 0 && isSpace(b[j - 1] & 0xff)) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(0, Arrays.copyOfRange(b, 0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(b[i - 1] & 0xff)) {
                    i--;
                }
                parts.add(0, Arrays.copyOfRange(b, i, j));
                j = i;
            }
        }
        PyList out = new PyList();
        for (byte[] p : parts) {
            out.append(same(self, p));
        }
        return out;
    }

    static Object join(Object self, Object iterable) {
        byte[] sep = bytesOf(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<Object> it = Ops.iterate(iterable);
        int i = 0;
        while (it.hasNext()) {
            Object x = it.next();
            byte[] b = bytesOf(x);
            if (b == null) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + Types.nameOf(x) + " found");
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(b);
            i++;
        }
        return same(self, out.toByteArray());
    }

    static String hex(byte[] b, Object sepArg, Object perArg) {
        String sep = null;
        if (sepArg != PyNone.NONE) {
            if (sepArg instanceof PyStr s) {
                sep = s.value();
            } else {
                sep = new String(need(sepArg), StandardCharsets.ISO_8859_1);
            }
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
        }
        long per = ListMethods.asIndex(perArg);
        StringBuilder out = new StringBuilder();
        int n = b.length;
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && per != 0) {
                long k = Math.abs(per);
                // positive: groups counted from the right; negative: from the left
                boolean boundary = per > 0 ? (n - i) % k == 0 : i % k == 0;
                if (boundary) {
                    out.append(sep);
                }
            }
            out.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return out.toString();
    }

    static byte[] fromhex(Object arg) {
        if (!(arg instanceof PyStr s)) {
            throw Errors.typeError("fromhex() argument must be str, not " + Types.nameOf(arg));
        }
        String v = s.value();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (i + 1 >= v.length()) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            char d = v.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (lo < 0 || d > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

}
