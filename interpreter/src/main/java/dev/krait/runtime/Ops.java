package dev.krait.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.krait.text.FloatRepr;
import dev.krait.text.StringRepr;

/**
 * The operations of Python's data model on any value: {@code str}, {@code repr}, truth,
 * the binary operators, comparisons, {@code len}, iteration and subscription. Builtin
 * types are handled directly here; user classes join in with their dunder methods when
 * classes arrive.
 */
public final class Ops {
    private Ops() {}

    /** Operator symbol to special-method stem: "+" is __add__/__radd__. */
    private static final java.util.Map<String, String> SPECIAL_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("+", "add"), java.util.Map.entry("-", "sub"), java.util.Map.entry("*", "mul"),
            java.util.Map.entry("/", "truediv"), java.util.Map.entry("//", "floordiv"), java.util.Map.entry("%", "mod"),
            java.util.Map.entry("**", "pow"), java.util.Map.entry("<<", "lshift"), java.util.Map.entry(">>", "rshift"),
            java.util.Map.entry("&", "and"), java.util.Map.entry("|", "or"), java.util.Map.entry("^", "xor"),
            java.util.Map.entry("@", "matmul"));

    private static String textResult(Object r, String method) {
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError(method + " returned non-string (type " + Types.nameOf(r) + ")");
        }
        return s.value();
    }

    // ---- text ----

    public static String str(Object o) {
        if (o instanceof PyInstance || o instanceof PyBaseException e && !e.type().isBuiltin()) {
            Object r = Objects.callSpecial(o, "__str__");
            if (r != Objects.ABSENT) {
                return textResult(r, "__str__");
            }
            if (o instanceof PyInstance i) {
                // str has its own __str__; the other builtin bases show their repr.
                return i.builtinValue() instanceof PyStr s ? s.value() : repr(o);
            }
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBaseException e) {
            return e.message();
        }
        return repr(o);
    }

    public static String repr(Object o) {
        if (o instanceof PyInstance || o instanceof PyBaseException e && !e.type().isBuiltin()) {
            Object r = Objects.callSpecial(o, "__repr__");
            if (r != Objects.ABSENT) {
                return textResult(r, "__repr__");
            }
            if (o instanceof PyInstance i && i.builtinValue() != null) {
                String value = repr(i.builtinValue());
                return i.type() == Types.MAPPINGPROXY ? "mappingproxy(" + value + ")" : value;
            }
            if (o instanceof PyInstance i) {
                return "<" + i.type().qualifiedName() + " object at 0x"
                        + String.format("%012x", System.identityHashCode(o)) + ">";
            }
        }
        String container = Containers.repr(o);
        if (container != null) {
            return container;
        }
        if (o instanceof PyStr s) {
            return StringRepr.repr(s.value());
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return IntStrLimit.toDecimal(b);
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o instanceof PyList l) {
            return sequenceRepr("[", l.items(), "]");
        }
        if (o instanceof PyTuple t) {
            List<Object> items = List.of(t.toArray());
            return sequenceRepr("(", items, t.size() == 1 ? ",)" : ")");
        }
        if (o instanceof PyBaseException e) {
            return ExceptionText.repr(e);
        }
        if (o instanceof PyType t) {
            return t.toString();
        }
        return o.toString();
    }

    private static String sequenceRepr(String open, List<Object> items, String close) {
        StringBuilder out = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(repr(items.get(i)));
        }
        return out.append(close).toString();
    }

    // ---- truth ----

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof PyInstance) {
            Object r = Objects.callSpecial(o, "__bool__");
            if (r != Objects.ABSENT) {
                if (!(r instanceof Boolean b)) {
                    throw Errors.typeError("__bool__ should return bool, returned " + Types.nameOf(r));
                }
                return b;
            }
            Object lenMethod = ((PyInstance) o).type().lookup("__len__");
            if (lenMethod != null && !(lenMethod instanceof PyMethodDescriptor)) {
                return len(o) != 0;
            }
            Object value = ((PyInstance) o).builtinValue();
            return value == null || isTrue(value);
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyStr s) {
            return s.length() != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof BigInteger) {
            return true; // normalised ints that need BigInteger are never zero
        }
        if (o instanceof PyList l) {
            return l.size() != 0;
        }
        if (o instanceof PyTuple t) {
            return t.size() != 0;
        }
        if (o instanceof PyRange r) {
            return !r.isEmpty();
        }
        if (o instanceof PyComplex c) {
            return c.isNonZero();
        }
        long size = Containers.length(o);
        if (size >= 0) {
            return size != 0;
        }
        return true;
    }

    // ---- binary operators ----

    /** Applies binary operator {@code symbol} ({@code "+"}, {@code "//"}, ...). */
    public static Object binary(String symbol, Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance) {
            String name = SPECIAL_NAMES.get(symbol);
            if (name != null) {
                Object r = SpecialDispatch.binary(name, a, b);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            a = BuiltinSubclasses.valueOf(a);
            b = BuiltinSubclasses.valueOf(b);
        }
        Object r = switch (symbol) {
            case "+" -> add(a, b);
            case "-" -> Arithmetic.sub(a, b);
            case "*" -> mul(a, b);
            case "/" -> Arithmetic.trueDiv(a, b);
            case "//" -> Arithmetic.floorDiv(a, b);
            case "%" -> a instanceof PyStr f ? Formatting.percentFormat(f, b) : Arithmetic.mod(a, b);
            case "**" -> Arithmetic.pow(a, b);
            case "<<" -> Arithmetic.lshift(a, b);
            case ">>" -> Arithmetic.rshift(a, b);
            case "&" -> Arithmetic.bitAnd(a, b);
            case "|" -> Arithmetic.bitOr(a, b);
            case "^" -> Arithmetic.bitXor(a, b);
            default -> PyNone.NOT_IMPLEMENTED;
        };
        if (r == PyNone.NOT_IMPLEMENTED && (a instanceof PyComplex || b instanceof PyComplex)) {
            r = ComplexArithmetic.binary(symbol, a, b);
        }
        if (r == PyNone.NOT_IMPLEMENTED) {
            Object c = Containers.binary(symbol, a, b);
            if (c != null) {
                return c;
            }
        }
        if (r == PyNone.NOT_IMPLEMENTED) {
            throw symbol.equals("**") ? Errors.typeError("unsupported operand type(s) for ** or pow(): '"
                    + Types.nameOf(a) + "' and '" + Types.nameOf(b) + "'") : Errors.unsupported(symbol, a, b);
        }
        return r;
    }

    private static Object add(Object a, Object b) {
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.concat(y);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            PyList r = new PyList(x.items());
            r.items().addAll(y.items());
            return r;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            Object[] items = new Object[x.size() + y.size()];
            System.arraycopy(x.toArray(), 0, items, 0, x.size());
            System.arraycopy(y.toArray(), 0, items, x.size(), y.size());
            return PyTuple.wrap(items);
        }
        if (a instanceof PyStr && !(b instanceof PyStr)) {
            throw Errors.typeError("can only concatenate str (not \"" + Types.nameOf(b) + "\") to str");
        }
        if (a instanceof PyList && !(b instanceof PyList)) {
            throw Errors.typeError("can only concatenate list (not \"" + Types.nameOf(b) + "\") to list");
        }
        return Arithmetic.add(a, b);
    }

    private static Object mul(Object a, Object b) {
        if (a instanceof PyStr s && Arithmetic.isInt(b)) {
            return repeat(s, repeatCount(b));
        }
        if (b instanceof PyStr s && Arithmetic.isInt(a)) {
            return repeat(s, repeatCount(a));
        }
        if (a instanceof PyList l && Arithmetic.isInt(b)) {
            return repeat(l.items(), repeatCount(b));
        }
        if (b instanceof PyList l && Arithmetic.isInt(a)) {
            return repeat(l.items(), repeatCount(a));
        }
        boolean aSeq = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple;
        boolean bSeq = b instanceof PyStr || b instanceof PyList || b instanceof PyTuple;
        if (aSeq && !Arithmetic.isInt(b) && !(b instanceof PyInstance)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Types.nameOf(b) + "'");
        }
        if (bSeq && !Arithmetic.isInt(a) && !(a instanceof PyInstance)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Types.nameOf(a) + "'");
        }
        return Arithmetic.mul(a, b);
    }

    private static long repeatCount(Object n) {
        Object i = Arithmetic.asInt(n);
        if (i instanceof BigInteger) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return (Long) i;
    }

    /**
     * Refuses a repetition whose result could not be held (CPython would fail to allocate it):
     * a MemoryError rather than a wrapped-around size or a Java heap failure.
     */
    static void checkRepeat(long unitLength, long times) {
        if (times > 0 && unitLength > 0 && times > (Integer.MAX_VALUE - 8) / unitLength) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
    }

    private static PyStr repeat(PyStr s, long times) {
        checkRepeat(s.value().length(), times);
        return PyStr.of(s.value().repeat((int) Math.max(0, times)));
    }

    private static PyList repeat(List<Object> items, long times) {
        checkRepeat(items.size(), times);
        PyList r = new PyList();
        for (long k = 0; k < times; k++) {
            r.items().addAll(items);
        }
        return r;
    }

    public static Object negate(Object a) {
        if (a instanceof PyInstance) {
            Object r = Objects.callSpecial(a, "__neg__");
            if (r != Objects.ABSENT) {
                return r;
            }
            a = BuiltinSubclasses.valueOf(a);
        }
        Object r = Arithmetic.negate(a);
        if (r == PyNone.NOT_IMPLEMENTED && a instanceof PyComplex c) {
            r = ComplexArithmetic.negate(c);
        }
        if (r == PyNone.NOT_IMPLEMENTED) {
            throw Errors.typeError("bad operand type for unary -: '" + Types.nameOf(a) + "'");
        }
        return r;
    }

    public static Object positive(Object a) {
        if (a instanceof PyInstance) {
            Object r = Objects.callSpecial(a, "__pos__");
            if (r != Objects.ABSENT) {
                return r;
            }
            a = BuiltinSubclasses.valueOf(a);
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (Arithmetic.isNumber(a) || a instanceof PyComplex) {
            return a;
        }
        throw Errors.typeError("bad operand type for unary +: '" + Types.nameOf(a) + "'");
    }

    public static Object invert(Object a) {
        if (a instanceof PyInstance) {
            Object r = Objects.callSpecial(a, "__invert__");
            if (r != Objects.ABSENT) {
                return r;
            }
            a = BuiltinSubclasses.valueOf(a);
        }
        Object r = Arithmetic.invert(a);
        if (r == PyNone.NOT_IMPLEMENTED) {
            throw Errors.typeError("bad operand type for unary ~: '" + Types.nameOf(a) + "'");
        }
        return r;
    }

    // ---- comparisons (see Comparisons) ----

    /** Python's {@code ==} as a truth value. */
    public static boolean eq(Object a, Object b) {
        return Comparisons.eq(a, b);
    }

    /** Ordering comparison {@code <}, {@code <=}, {@code >}, {@code >=}. */
    public static boolean order(String op, Object a, Object b) {
        return Comparisons.order(op, a, b);
    }

    /** A comparison's value: what a program's special method returned (any object), or a bool. */
    public static Object richCompare(String op, Object a, Object b) {
        return Comparisons.richCompare(op, a, b);
    }




    /**
     * {@code a op= b} when a program object takes part: {@code __iop__}, then the binary
     * operator's special methods; null when neither operand is a program object (the caller
     * does the builtin in-place operation).
     */
    public static Object inPlace(String symbol, Object a, Object b) {
        if (!(a instanceof PyInstance) && !(b instanceof PyInstance)) {
            return null;
        }
        String name = SPECIAL_NAMES.get(symbol);
        Object r = name == null ? PyNone.NOT_IMPLEMENTED : SpecialDispatch.inPlaceMethod(name, a, b);
        if (r != PyNone.NOT_IMPLEMENTED) {
            return r;
        }
        if (a instanceof PyInstance i && i.builtinValue() != null) {
            // A mutable builtin base changes in place, and the statement keeps the instance.
            Object value = i.builtinValue();
            if (symbol.equals("+") && value instanceof PyList list) {
                list.items().addAll(Constructors.collect(b));
                return a;
            }
            Object changed = Containers.inPlace(symbol, value, BuiltinSubclasses.valueOf(b));
            if (changed == value) {
                return a;
            }
        }
        r = name == null ? PyNone.NOT_IMPLEMENTED : SpecialDispatch.binary(name, a, b);
        if (r != PyNone.NOT_IMPLEMENTED) {
            return r;
        }
        if (BuiltinSubclasses.valueOf(a) != a || BuiltinSubclasses.valueOf(b) != b) {
            return null; // the builtin in-place operation on the values, as for builtin operands
        }
        throw Errors.typeError("unsupported operand type(s) for " + symbol + "=: '" + Types.nameOf(a) + "' and '"
                + Types.nameOf(b) + "'");
    }




    /** {@code a in b}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyInstance) {
            Object r = Objects.callSpecial(container, "__contains__", item);
            if (r != Objects.ABSENT) {
                return isTrue(r);
            }
            if (Types.typeOf(container).lookup("__iter__") instanceof PyMethodDescriptor) {
                container = BuiltinSubclasses.valueOf(container);
            }
        }
        Boolean c = Containers.contains(container, item);
        if (c != null) {
            return c;
        }
        if (container instanceof PyStr s) {
            item = BuiltinSubclasses.valueOf(item);
            if (!(item instanceof PyStr sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + Types.nameOf(item));
            }
            return s.value().contains(sub.value());
        }
        Iterator<Object> it;
        try {
            it = iterate(container);
        } catch (PyException e) {
            if (e.value().type() == ExceptionTypes.TYPE_ERROR && e.getMessage().endsWith("object is not iterable")) {
                throw Errors.typeError("argument of type '" + Types.nameOf(container) + "' is not iterable");
            }
            throw e;
        }
        while (it.hasNext()) {
            Object x = it.next();
            if (x == item || eq(x, item)) { // identity first, as CPython: nan in [nan]
                return true;
            }
        }
        return false;
    }

    // ---- attributes (see Attributes) ----

    /** {@code obj.name}. */
    public static Object getAttr(Object obj, String name) {
        try {
            return Attributes.getAttr(obj, name);
        } catch (PyException e) {
            throw ExceptionInit.attributeErrorContext(e, obj, name);
        }
    }

    /** {@code obj.name(args)}, without a bound method when the attribute is a builtin method. */
    public static Object callMethod(Object obj, String name, Object[] args, String[] kwnames) {
        return Attributes.callMethod(obj, name, args, kwnames);
    }

    /** {@code obj.name = value}. */
    public static void setAttr(Object obj, String name, Object value) {
        Attributes.setAttr(obj, name, value);
    }

    /** {@code del obj.name}. */
    public static void delAttr(Object obj, String name) {
        Attributes.delAttr(obj, name);
    }

    // ---- containers ----

    public static long len(Object o) {
        if (o instanceof PyInstance) {
            Object r = Objects.callSpecial(o, "__len__");
            if (r != Objects.ABSENT) {
                if (!Arithmetic.isInt(r)) {
                    throw Errors.typeError("'" + Types.nameOf(r) + "' object cannot be interpreted as an integer");
                }
                if (Arithmetic.compare(r, 0L) < 0) {
                    throw Errors.valueError("__len__() should return >= 0");
                }
                if (!(Arithmetic.asInt(r) instanceof Long n)) {
                    throw Errors.overflow("cannot fit 'int' into an index-sized integer");
                }
                return n;
            }
            o = BuiltinSubclasses.valueOf(o);
        }
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        long size = Containers.length(o);
        if (size >= 0) {
            return size;
        }
        throw Errors.typeError("object of type '" + Types.nameOf(o) + "' has no len()");
    }

    /** A Java iterator over a Python iterable. */
    public static Iterator<Object> iterate(Object o) {
        if (o instanceof PyIOBase f) {
            return f.iterator();
        }
        if (o instanceof PyInstance) {
            Object it = Objects.callSpecial(o, "__iter__");
            if (it != Objects.ABSENT) {
                // A user __iter__ may hand back a builtin iterator (iter(self.items)).
                return it instanceof PyInstance ? Objects.javaIterator(it) : iterate(it);
            }
            Object getitem = Types.typeOf(o).lookup("__getitem__");
            if (((PyInstance) o).builtinValue() != null && (getitem == null || getitem instanceof PyMethodDescriptor)) {
                return iterate(((PyInstance) o).builtinValue());
            }
            if (Types.typeOf(o).lookup("__getitem__") != null) {
                return Objects.sequenceIterator(o);
            }
        }
        if (o instanceof PyList l) {
            // Python's list iterator follows the index, so appends during the loop are seen.
            return new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < l.size();
                }

                @Override
                public Object next() {
                    if (i >= l.size()) {
                        throw new NoSuchElementException();
                    }
                    return l.get(i++);
                }
            };
        }
        if (o instanceof PyTuple t) {
            return List.of(t.toArray()).iterator();
        }
        if (o instanceof PyRange r) {
            return r.iterator();
        }
        if (o instanceof PyStr s) {
            List<Object> chars = new ArrayList<>(s.length());
            s.value().codePoints().forEach(cp -> chars.add(PyStr.ofCodePoint(cp)));
            return chars.iterator();
        }
        Iterator<Object> c = Containers.iterate(o);
        if (c != null) {
            return c;
        }
        throw Errors.typeError("'" + Types.nameOf(o) + "' object is not iterable");
    }

    /** {@code container[index] = value}. */
    public static void setItem(Object container, Object index, Object value) {
        Containers.setItem(container, index, value);
    }

    /** {@code del container[index]}. */
    public static void delItem(Object container, Object index) {
        Containers.delItem(container, index);
    }

    /** {@code container[index]} for integer indexes. */
    public static Object getItem(Object container, Object index) {
        if (container instanceof PyInstance i) {
            Object r = Objects.callSpecial(container, "__getitem__", index);
            if (r != Objects.ABSENT) {
                return r;
            }
            if (i.builtinValue() instanceof PyDict d) {
                Object v = d.get(index);
                if (v != null) {
                    return v;
                }
                // dict subclasses may supply missing keys (collections.Counter and defaultdict do)
                r = Objects.callSpecial(container, "__missing__", index);
                if (r != Objects.ABSENT) {
                    return r;
                }
                throw PyDict.keyError(index);
            }
            container = BuiltinSubclasses.valueOf(container);
        }
        if (container instanceof PyType t) {
            return GenericAlias.subscript(t, index);
        }
        Object c = Containers.getItem(container, index);
        if (c != null) {
            return c;
        }
        if (container instanceof PyList l) {
            return l.get(checkIndex(index, l.size(), "list"));
        }
        if (container instanceof PyTuple t) {
            return t.get(checkIndex(index, t.size(), "tuple"));
        }
        if (container instanceof PyStr s) {
            return PyStr.ofCodePoint(s.codePointAt(checkIndex(index, s.length(), "string")));
        }
        throw Errors.typeError("'" + Types.nameOf(container) + "' object is not subscriptable");
    }

    private static int checkIndex(Object index, int size, String what) {
        Object i = Arithmetic.asInt(index);
        if (i == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + Types.nameOf(index));
        }
        long k = i instanceof Long l ? l : Long.MAX_VALUE;
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw Errors.indexError(what + " index out of range");
        }
        return (int) k;
    }
}
