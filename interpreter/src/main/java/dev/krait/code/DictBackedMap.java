package dev.krait.code;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import dev.krait.runtime.PyDict;

/**
 * A program's dict seen as a Java map of names: the namespace of code run by
 * {@code exec(code, globals, locals)} with separate locals, where module-level names are read
 * and bound as in a class body. Only {@code str} keys are visible.
 */
final class DictBackedMap extends AbstractMap<String, Object> {
    final PyDict dict;

    DictBackedMap(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public Object get(Object key) {
        return key instanceof String s ? dict.get(s) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && dict.containsKey(s);
    }

    @Override
    public Object put(String key, Object value) {
        Object old = dict.get(key);
        dict.put(key, value);
        return old;
    }

    @Override
    public Object remove(Object key) {
        return key instanceof String s ? dict.remove(s) : null;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        List<String> names = dict.names();
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<String> it = names.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        String name = it.next();
                        return new SimpleEntry<>(name, dict.get(name));
                    }
                };
            }

            @Override
            public int size() {
                return names.size();
            }
        };
    }
}
