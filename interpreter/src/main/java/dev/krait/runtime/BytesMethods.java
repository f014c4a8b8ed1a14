package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import dev.krait.text.StringRepr;

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

    private static byte[] need(Object o) {
        byte[] b = bytesOf(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + Types.nameOf(o) + "'");
        }
        return b;
    }

    private static PyStr latin1(byte[] b) {
        return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
    }

    private static byte[] fromLatin1(PyStr s) {
        return s.value().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int byteValue(Object v) {
        Object i = Arithmetic.asInt(v);
        if (i == null) {
            throw Errors.typeError("'" + Types.nameOf(v) + "' object cannot be interpreted as an integer");
        }
        if (!(i instanceof Long l) || l < 0 || l > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private interface BytePredicate {
        boolean test(int c);
    }

    private static boolean all(byte[] b, BytePredicate p) {
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

    private static byte[] map(byte[] b, ByteMap m) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) m.map(b[i] & 0xff);
        }
        return out;
    }

    private static int swap(int c) {
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
        mutators(bytearray);
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
                PyBytes.wrap(encode(((PyStr) self).value(), str(a[0], "encode", "'encoding'"),
                        str(a[1], "encode", "'errors'"))));
    }

    private static Object translate(Object self, Object tableArg, Object deleteArg) {
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

    private static boolean littleEndian(Object order) {
        if (!(order instanceof PyStr s)) {
            throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not " + Types.nameOf(order));
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static void reverse(byte[] d) {
        for (int i = 0, j = d.length - 1; i < j; i++, j--) {
            byte x = d[i];
            d[i] = d[j];
            d[j] = x;
        }
    }

    private static byte[] toBytes(Object self, Object lengthArg, Object order, boolean signed) {
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

    private static String str(Object o, String fn, Object n) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument " + n + " must be str, not " + Types.nameOf(o));
        }
        return s.value();
    }

    private static void common(PyType t) {
        t.method("decode(encoding='utf-8', errors='strict')", (self, a) ->
                PyStr.of(decode(bytesOf(self), str(a[0], "decode", "'encoding'"), str(a[1], "decode", "'errors'"))));
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

    private static Object found(Object r) {
        if (r instanceof Long l && l < 0) {
            throw Errors.valueError("subsection not found");
        }
        return r;
    }

    private static boolean cased(byte[] b, boolean lower) {
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

    private static void viaStr(PyType t, String signature, String name) {
        String sig = signature.replace("b' '", "...");
        t.method(sig, (self, a) -> viaStr(self, name, a));
    }

    /** Runs str's method {@code name} over the latin-1 views of self and the bytes arguments. */
    private static Object viaStr(Object self, String name, Object[] a) {
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

    private static Object toStrArg(Object o, String name, boolean tupleAllowed) {
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

    private static Object fromStr(Object self, Object r) {
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

    private static Object strip(Object self, Object chars, boolean left, boolean right) {
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

    private static boolean strippable(byte x, byte[] set) {
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

    private static Object split(Object self, Object sep, Object maxsplitArg, boolean fromRight) {
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

    private static Object join(Object self, Object iterable) {
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

    private static String hex(byte[] b, Object sepArg, Object perArg) {
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

    private static byte[] fromhex(Object arg) {
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

    // ---- codecs ----

    private static String normalizeEncoding(String e) {
        String n = e.toLowerCase().replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf" -> "utf-8";
            case "ascii", "us_ascii", "646" -> "ascii";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "l1", "latin", "cp819" -> "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + e);
        };
    }

    static byte[] encode(String s, String encoding, String errors) {
        String enc = normalizeEncoding(encoding);
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            byte[] body = s.getBytes(java.nio.charset.Charset.forName(wide(enc)));
            if (enc.length() == 6) {
                byte[] bom = enc.equals("utf-16") ? new byte[] {(byte) 0xff, (byte) 0xfe}
                        : new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
                return concat(bom, body);
            }
            return body;
        }
        if (enc.equals("utf-8")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1)))) {
                    if (errors.equals("ignore")) {
                        continue;
                    }
                    if (errors.equals("replace")) {
                        out.write('?');
                        continue;
                    }
                    throw unicodeError("UnicodeEncodeError", "'utf-8' codec can't encode character '\\u"
                            + String.format("%04x", (int) c) + "' in position " + s.codePointCount(0, i)
                            + ": surrogates not allowed");
                }
                int cp = s.codePointAt(i);
                if (cp > 0xffff) {
                    i++;
                }
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }
        int limit = enc.equals("ascii") ? 128 : 256;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        for (int i = 0; i < s.length(); pos++) {
            int cp = s.codePointAt(i);
            int start = pos;
            i += Character.charCount(cp);
            if (cp < limit) {
                out.write(cp);
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.write('?');
                case "backslashreplace" -> out.writeBytes(escape(cp).getBytes(StandardCharsets.ISO_8859_1));
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.ISO_8859_1));
                default -> {
                    int end = start + 1;
                    int j = i;
                    while (j < s.length() && s.codePointAt(j) >= limit) {
                        j += Character.charCount(s.codePointAt(j));
                        end++;
                    }
                    String what = end - start == 1 ? "character '" + escape(cp) + "' in position " + start
                            : "characters in position " + start + "-" + (end - 1);
                    throw unicodeError("UnicodeEncodeError", "'" + (limit == 128 ? "ascii" : "latin-1")
                            + "' codec can't encode " + what + ": ordinal not in range(" + limit + ")");
                }
            }
        }
        return out.toByteArray();
    }

    private static String wide(String enc) {
        return switch (enc) {
            case "utf-16", "utf-16-le" -> "UTF-16LE";
            case "utf-16-be" -> "UTF-16BE";
            case "utf-32", "utf-32-le" -> "UTF-32LE";
            default -> "UTF-32BE";
        };
    }

    private static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    private static PyException unicodeError(String type, String message) {
        return Errors.of(type.equals("UnicodeDecodeError") ? ExceptionTypes.UNICODE_DECODE_ERROR
                : ExceptionTypes.UNICODE_ENCODE_ERROR, message);
    }

    static String decode(byte[] b, String encoding, String errors) {
        if (b.length == 0) {
            return ""; // CPython answers before looking the codec up
        }
        String enc = normalizeEncoding(encoding);
        if (enc.equals("latin-1")) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            String cs = wide(enc);
            int unit = enc.startsWith("utf-16") ? 2 : 4;
            int skip = 0;
            if (enc.length() == 6 && b.length >= unit) {
                boolean le = (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe;
                boolean be = unit == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                        : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff;
                if (be) {
                    cs = unit == 2 ? "UTF-16BE" : "UTF-32BE";
                }
                skip = le || be ? unit : 0;
            }
            if ((b.length - skip) % unit != 0 && errors.equals("strict")) {
                throw unicodeError("UnicodeDecodeError", "'" + enc.replace('-', '_').replace("utf_", "utf-")
                        + "' codec can't decode byte 0x" + String.format("%02x", b[b.length - 1] & 0xff)
                        + " in position " + (b.length - 1) + ": truncated data");
            }
            return new String(b, skip, b.length - skip, java.nio.charset.Charset.forName(cs));
        }
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            String reason;
            int len = 1;
            if (enc.equals("ascii")) {
                reason = "ordinal not in range(128)";
            } else {
                int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
                if (need < 0) {
                    reason = "invalid start byte";
                } else {
                    int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                    int k = 1;
                    reason = null;
                    for (; k <= need; k++) {
                        if (i + k >= b.length) {
                            reason = "unexpected end of data";
                            break;
                        }
                        int d = b[i + k] & 0xff;
                        boolean ok = d >= 0x80 && d <= 0xbf;
                        if (k == 1) {
                            ok = ok && !(c == 0xe0 && d < 0xa0) && !(c == 0xed && d > 0x9f)
                                    && !(c == 0xf0 && d < 0x90) && !(c == 0xf4 && d > 0x8f);
                        }
                        if (!ok) {
                            reason = "invalid continuation byte";
                            break;
                        }
                        cp = (cp << 6) | (d & 0x3f);
                    }
                    if (reason == null) {
                        out.appendCodePoint(cp);
                        i += need + 1;
                        continue;
                    }
                    len = k;
                }
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = 0; k < len; k++) {
                        out.append(String.format("\\x%02x", b[i + k] & 0xff));
                    }
                }
                default -> {
                    String what = reason.equals("unexpected end of data") && b.length - i > 1
                            ? "bytes in position " + i + "-" + (b.length - 1)
                            : len > 1 ? "bytes in position " + i + "-" + (i + len - 1)
                            : "byte 0x" + String.format("%02x", c) + " in position " + i;
                    throw unicodeError("UnicodeDecodeError", "'" + enc + "' codec can't decode " + what + ": " + reason);
                }
            }
            i += len;
        }
        return out.toString();
    }

    // ---- bytearray mutation ----

    private static void mutators(PyType t) {
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

    private static byte[] remove(byte[] d, int i) {
        byte[] out = new byte[d.length - 1];
        System.arraycopy(d, 0, out, 0, i);
        System.arraycopy(d, i + 1, out, i, d.length - i - 1);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] fromIterable(Object o) {
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

    // ---- data model ----

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
            data = encode(s.value(), str(a[1], type.name(), "'encoding'"),
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
        return PyStr.of(decode(b, str(a[1], "str", "'encoding'"), str(a[2], "str", "'errors'")));
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

    private static int indexOf(byte[] b, byte[] sub) {
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
