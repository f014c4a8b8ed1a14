package dev.krait.syntax.ast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's AST as bytes and back: what the standard library ships beside each of its
 * {@code .py} files, so that importing it needs no parse (a cold parse is most of the
 * cost of an import in a fresh JVM; CPython ships bytecode for the same reason).
 *
 * <p>The encoding walks the records generically: each value is a tag byte and its data;
 * a record is its class (named once per blob, then by number) and its components in order.
 * The blob starts with a fingerprint of the source text, and {@link #decode} refuses a blob
 * made from other text, so a stale cache is never used; a blob it cannot read is also
 * answered with null, and the caller parses instead.
 */
public final class AstCodec {
    private AstCodec() {}

    private static final int MAGIC = 0x4b415354; // "KAST"
    private static final int FORMAT = 2;
    private static final String PACKAGE = "dev.krait.syntax.ast.";

    private static final byte NULL = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = 2;
    private static final byte INT = 3;
    private static final byte BIG = 4;
    private static final byte DOUBLE = 5;
    private static final byte STRING = 6;
    private static final byte BYTES = 7;
    private static final byte LIST = 8;
    private static final byte ENUM = 9;
    private static final byte RECORD = 10;
    private static final byte NEW_CLASS = 11;

    /** Per record class, its component accessors (encoding happens at build time; reflection is fine there). */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    /** The fingerprint a blob carries of the source it was made from. */
    private static long fingerprint(String source) {
        long h = 1125899906842597L;
        for (int i = 0; i < source.length(); i++) {
            h = 31 * h + source.charAt(i);
        }
        return h ^ ((long) source.length() << 32);
    }

    /** The bytes of {@code module}, parsed from {@code source}. */
    public static byte[] encode(Mod.Module module, String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(fingerprint(source));
            new Writer(out).value(module);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The module {@link #encode} wrote, or null when {@code blob} was not made from {@code source} by this format. */
    public static Mod.Module decode(byte[] blob, String source) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != fingerprint(source)) {
                return null;
            }
            return (Mod.Module) new Reader(in).value();
        } catch (IOException | RuntimeException unreadable) {
            return null; // the caller parses the source instead
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final java.util.Map<Class<?>, Integer> classes = new java.util.HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof BigInteger b) {
                out.writeByte(BIG);
                bytes(b.toByteArray());
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof String s) {
                out.writeByte(STRING);
                bytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (v instanceof byte[] b) {
                out.writeByte(BYTES);
                bytes(b);
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                type(e.getDeclaringClass());
                out.writeInt(e.ordinal());
            } else if (v instanceof Record r) {
                out.writeByte(RECORD);
                type(r.getClass());
                for (Method accessor : ACCESSORS.get(r.getClass())) {
                    try {
                        value(accessor.invoke(r));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException(e);
                    }
                }
            } else {
                throw new IllegalArgumentException("cannot encode " + v.getClass().getName());
            }
        }

        /** The class by number once named; first its name within this package and, for a record, its arity. */
        private void type(Class<?> c) throws IOException {
            Integer known = classes.get(c);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            classes.put(c, classes.size());
            out.writeInt(-1);
            bytes(c.getName().substring(PACKAGE.length()).getBytes(StandardCharsets.UTF_8));
            out.writeInt(c.isRecord() ? c.getRecordComponents().length : 0);
        }

        private void bytes(byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** Reads without reflection: records are made by {@link AstConstructors}. */
    private static final class Reader {
        private final DataInputStream in;
        private final List<String> names = new ArrayList<>();
        private final List<Integer> arities = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object value() throws IOException {
            byte tag = in.readByte();
            switch (tag) {
                case NULL: return null;
                case TRUE: return Boolean.TRUE;
                case FALSE: return Boolean.FALSE;
                case INT: return in.readInt();
                case BIG: return new BigInteger(bytes());
                case DOUBLE: return in.readDouble();
                case STRING: return new String(bytes(), StandardCharsets.UTF_8);
                case BYTES: return bytes();
                case LIST: {
                    int n = in.readInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return list; // may hold nulls (a dict display's ** entries), as the parser's lists do
                }
                case ENUM: return AstConstructors.constant(names.get(type()), in.readInt());
                case RECORD: return record(type());
                default: throw new IOException("bad tag " + tag);
            }
        }

        private Object record(int type) throws IOException {
            String name = names.get(type);
            Object[] args = new Object[arities.get(type)];
            for (int i = 0; i < args.length; i++) {
                args[i] = value();
            }
            if (name.equals("Span") && args[0].equals(0) && args[1].equals(0) && args[2].equals(0)
                    && args[3].equals(0)) {
                return Span.NONE;
            }
            return AstConstructors.construct(name, args);
        }

        /** A class's number in {@link #names}, reading its definition the first time. */
        private int type() throws IOException {
            int index = in.readInt();
            if (index >= 0) {
                return index;
            }
            names.add(new String(bytes(), StandardCharsets.UTF_8));
            arities.add(in.readInt());
            return names.size() - 1;
        }

        private byte[] bytes() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return b;
        }
    }
}
