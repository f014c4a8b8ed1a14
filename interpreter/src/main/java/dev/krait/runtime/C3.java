package dev.krait.runtime;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/** The C3 method resolution order, with CPython's error when none exists. */
final class C3 {
    private C3() {}

    /** The MRO of a new class after the class itself: merge of the bases' MROs and the bases. */
    static List<PyType> linearize(String name, List<PyType> bases) {
        List<LinkedList<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new LinkedList<>(base.mro()));
        }
        sequences.add(new LinkedList<>(bases));
        List<PyType> result = new ArrayList<>();
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result;
            }
            PyType next = null;
            for (LinkedList<PyType> seq : sequences) {
                PyType candidate = seq.getFirst();
                boolean inTail = false;
                for (LinkedList<PyType> other : sequences) {
                    if (other.indexOf(candidate) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                StringBuilder names = new StringBuilder();
                for (PyType base : bases) {
                    names.append(names.length() == 0 ? "" : ", ").append(base.name());
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            result.add(next);
            for (LinkedList<PyType> seq : sequences) {
                if (seq.getFirst() == next) {
                    seq.removeFirst();
                }
            }
        }
    }
}
