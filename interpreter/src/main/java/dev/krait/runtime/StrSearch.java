package dev.krait.runtime;

import static dev.krait.runtime.StrMethods.arg;
import static dev.krait.runtime.StrMethods.cps;
import static dev.krait.runtime.StrMethods.index;

/** {@code str}'s searching methods: find/index/count/startswith/endswith and replace. */
final class StrSearch {
    private StrSearch() {}

    static PyStr replace(PyStr self, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        String v = self.value();
        StringBuilder out = new StringBuilder();
        if (old.isEmpty()) {
            int[] c = cps(self);
            long done = 0;
            for (int k = 0; k < c.length; k++) {
                if (done < count) {
                    out.append(rep);
                    done++;
                }
                out.appendCodePoint(c[k]);
            }
            if (done < count) {
                out.append(rep);
            }
            return PyStr.of(out.toString());
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int k = v.indexOf(old, i);
            if (k < 0) {
                break;
            }
            out.append(v, i, k).append(rep);
            i = k + old.length();
            done++;
        }
        if (done == 0) {
            return self;
        }
        out.append(v, i, v.length());
        return PyStr.of(out.toString());
    }

    /** Slice bounds [start, end) in code points, clamped as slices are; start may exceed end. */
    static int[] bounds(PyStr self, Object start, Object end) {
        int n = self.length();
        long st = 0;
        long en = n;
        if (start != null && start != PyNone.NONE) {
            st = sliceIndex(start);
            if (st < 0) {
                st = Math.max(0, st + n);
            }
        }
        if (end != null && end != PyNone.NONE) {
            en = sliceIndex(end);
            if (en < 0) {
                en = Math.max(0, en + n);
            }
        }
        en = Math.min(en, n);
        return new int[] {(int) Math.min(st, (long) n + 1), (int) en};
    }

    private static long sliceIndex(Object o) {
        Object i = Arithmetic.asInt(o);
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i instanceof Long l) {
            return l;
        }
        return ((java.math.BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    static int find(PyStr self, Object[] a, String name, boolean right) {
        if (!(a[0] instanceof PyStr subStr)) {
            throw Errors.typeError("must be str, not " + Types.nameOf(a[0]));
        }
        String sub = subStr.value();
        int[] b = bounds(self, a[1], a[2]);
        if (b[0] > b[1]) {
            return -1;
        }
        String v = self.value();
        int from = self.charOffset(b[0]);
        int to = self.charOffset(b[1]);
        int k;
        if (right) {
            k = to - sub.length() < from ? -1 : v.lastIndexOf(sub, to - sub.length());
            if (k < from) {
                k = -1;
            }
        } else {
            k = v.indexOf(sub, from);
            if (k >= 0 && k + sub.length() > to) {
                k = -1;
            }
        }
        return k < 0 ? -1 : self.codePointIndex(k);
    }

    static Object found(int k) {
        if (k < 0) {
            throw Errors.valueError("substring not found");
        }
        return (long) k;
    }

    static Object count(PyStr self, Object[] a) {
        if (!(a[0] instanceof PyStr subStr)) {
            throw Errors.typeError("must be str, not " + Types.nameOf(a[0]));
        }
        String sub = subStr.value();
        int[] b = bounds(self, a[1], a[2]);
        if (b[0] > b[1]) {
            return 0L;
        }
        if (sub.isEmpty()) {
            return (long) (b[1] - b[0] + 1);
        }
        String v = self.value().substring(self.charOffset(b[0]), self.charOffset(b[1]));
        long n = 0;
        int i = 0;
        while (true) {
            int k = v.indexOf(sub, i);
            if (k < 0) {
                return n;
            }
            n++;
            i = k + sub.length();
        }
    }

    static Object affix(PyStr self, Object[] a, String name) {
        int[] b = bounds(self, a[1], a[2]);
        if (a[0] instanceof PyTuple t) {
            for (Object o : t.toArray()) {
                if (!(o instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + Types.nameOf(o));
                }
                if (matches(self, p, b, name.equals("startswith"))) {
                    return true;
                }
            }
            return false;
        }
        if (!(a[0] instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + Types.nameOf(a[0]));
        }
        return matches(self, p, b, name.equals("startswith"));
    }

    private static boolean matches(PyStr self, PyStr p, int[] b, boolean start) {
        if (b[0] > self.length()) {
            return false;
        }
        if (b[1] - b[0] < p.length()) {
            return false;
        }
        PyStr window = self.substring(b[0], Math.max(b[0], b[1]));
        return start ? window.value().startsWith(p.value()) : window.value().endsWith(p.value());
    }
}
