package dev.krait.runtime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A by-name view of an object's attribute dict: the attributes live in one {@link PyDict},
 * so {@code obj.__dict__} is the real, live dictionary while Java code keeps using names.
 */
final class AttributeMap extends AbstractMap<String, Object> {
    private final PyDict dict;

    AttributeMap(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public Object get(Object name) {
        return name instanceof String s ? dict.get(PyStr.of(s)) : null;
    }

    @Override
    public Object put(String name, Object value) {
        PyStr key = PyStr.of(name);
        Object old = dict.get(key);
        dict.put(key, value);
        return old;
    }

    @Override
    public Object remove(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        PyStr key = PyStr.of(s);
        Object old = dict.get(key);
        if (old != null) {
            dict.remove(key);
        }
        return old;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Set<Entry<String, Object>> entries = new LinkedHashSet<>();
        List<Object> keys = new ArrayList<>();
        Iterator<Object> it = Ops.iterate(dict);
        it.forEachRemaining(keys::add);
        for (Object k : keys) {
            entries.add(new SimpleImmutableEntry<>(Ops.str(k), dict.get(k)));
        }
        return entries;
    }
}
