package dev.krait.runtime;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An instance of a class defined by a program: its class and its own attributes.
 *
 * <p>The attributes start out in slots laid out by a {@link Shape}, which attribute nodes
 * cache, so {@code self.x} is an array read. The first time a program deletes an attribute
 * or takes {@code obj.__dict__} (or {@code vars(obj)}), the instance moves its attributes
 * into a real {@link PyDict} and keeps them there, so that the dict the program holds stays
 * live both ways. An instance of {@code object} itself has no attributes at all.
 */
public final class PyInstance extends PyObject implements PyCallable {
    private final PyType type;
    /** The slot layout while the attributes live in {@link #slots}; null once they live in {@link #dict}. */
    private Shape shape;
    private Object[] slots;
    /** The attributes as the dict {@code __dict__} returns, once it has been asked for. */
    private PyDict dict;

    /** The value of the builtin base a program's class derives from ({@code class Stack(list)}), or null. */
    private final Object builtinValue;

    public PyInstance(PyType type) {
        this(type, null);
    }

    /** An instance of a class derived from a builtin type, carrying its value; see {@link BuiltinSubclasses}. */
    PyInstance(PyType type, Object builtinValue) {
        this.type = type;
        this.shape = type.rootShape();
        this.slots = shape == null ? null : new Object[4];
        this.builtinValue = builtinValue;
        this.members = type.memberCount() == 0 ? null : new Object[type.memberCount()];
    }

    /** The values of the class's {@code __slots__} (null where unset); see {@link SlotMember}. */
    private final Object[] members;

    Object member(int index) {
        return members[index];
    }

    void setMember(int index, Object value) {
        members[index] = value;
    }

    /** The builtin value this instance carries, or null for instances of plain classes. */
    public Object builtinValue() {
        return builtinValue;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Calling an instance runs its class's {@code __call__}. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object f = type.lookup("__call__");
        if (f == null || f instanceof PyMethodDescriptor) {
            throw Errors.typeError("'" + type.name() + "' object is not callable");
        }
        Object bound = f instanceof Descriptor d ? d.get(this, type) : f;
        return ((PyCallable) bound).call(args, kwnames);
    }

    /** Whether the instance can hold attributes at all ({@code object()} cannot). */
    public boolean hasDict() {
        return shape != null || dict != null;
    }

    /** The instance's own attribute {@code name}, or null. */
    public Object getOwn(String name) {
        if (shape != null) {
            int i = shape.indexOf(name);
            return i < 0 ? null : slots[i];
        }
        return dict == null ? null : dict.get(PyStr.of(name));
    }

    /** Sets the instance's own attribute; the caller has checked {@link #hasDict()}. */
    public void setOwn(String name, Object value) {
        if (shape != null) {
            int i = shape.indexOf(name);
            if (i >= 0) {
                slots[i] = value;
                return;
            }
            if (shape.size() < Shape.MAX_SLOTS) {
                append(shape.with(name), value);
                return;
            }
            materialize();
        }
        dict.put(PyStr.of(name), value);
    }

    /** Removes the instance's own attribute; false if it had none of that name. */
    public boolean deleteOwn(String name) {
        if (!hasDict() || getOwn(name) == null) {
            return false;
        }
        materialize();
        dict.remove(PyStr.of(name));
        return true;
    }

    /** The live attribute dict ({@code obj.__dict__}); from now on the attributes live there. */
    public PyDict attributeDict() {
        if (!hasDict()) {
            throw Errors.attributeError(this, "__dict__");
        }
        materialize();
        return dict;
    }

    /** The current slot layout, or null when the attributes live in a dict (or there are none). */
    public Shape shape() {
        return shape;
    }

    /** The value in {@code slot} of the current shape. */
    public Object slot(int slot) {
        return slots[slot];
    }

    public void setSlot(int slot, Object value) {
        slots[slot] = value;
    }

    /** Adds an attribute by a transition already known: {@code next} is {@code shape().with(name)}. */
    public void append(Shape next, Object value) {
        int slot = next.size() - 1;
        if (slot >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(slots.length * 2, slot + 1));
        }
        slots[slot] = value;
        shape = next;
    }

    private void materialize() {
        if (shape == null) {
            return;
        }
        dict = new PyDict();
        for (int i = 0; i < shape.size(); i++) {
            dict.put(PyStr.of(shape.name(i)), slots[i]);
        }
        shape = null;
        slots = null;
    }

    /** The instance's own attributes as a Java map by name (reads and writes go to the instance). */
    public Map<String, Object> dict() {
        return new AbstractMap<>() {
            @Override
            public Object get(Object name) {
                return name instanceof String s ? getOwn(s) : null;
            }

            @Override
            public Object put(String name, Object value) {
                Object old = getOwn(name);
                setOwn(name, value);
                return old;
            }

            @Override
            public Object remove(Object name) {
                Object old = name instanceof String s ? getOwn(s) : null;
                if (old != null) {
                    deleteOwn((String) name);
                }
                return old;
            }

            @Override
            public Set<Entry<String, Object>> entrySet() {
                Set<Entry<String, Object>> entries = new LinkedHashSet<>();
                if (shape != null) {
                    for (int i = 0; i < shape.size(); i++) {
                        entries.add(new SimpleImmutableEntry<>(shape.name(i), slots[i]));
                    }
                } else if (dict != null) {
                    new AttributeMap(dict).entrySet().forEach(entries::add);
                }
                return entries;
            }
        };
    }
}
