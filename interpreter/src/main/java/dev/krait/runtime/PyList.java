package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Python's {@code list}: a growable array of values. */
public final class PyList extends PyObject {
    private final ArrayList<Object> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(Collection<?> initial) {
        this.items = new ArrayList<>(initial);
    }

    /** The live backing list. */
    public List<Object> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Object get(int index) {
        return items.get(index);
    }

    public void append(Object value) {
        items.add(value);
    }

    @Override
    public PyType type() {
        return Types.LIST;
    }
}
