package dev.krait.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * CPython 3.11's "Did you mean" for an uncaught {@code NameError} or {@code AttributeError}:
 * the candidate name closest to the missing one by a Levenshtein distance over UTF-8 bytes
 * where inserting, deleting or replacing a byte costs 2 and changing only its ASCII case
 * costs 1. A candidate qualifies when at most about a third of the characters involved
 * change; ties go to the candidate met first. Lists of 750 names or more, and names over 40
 * bytes (after their common prefix and suffix), are not searched.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /**
     * The suggestion for exception {@code e}, or null: for a NameError, from the local
     * variable names of the frame it was raised in, then its globals, then the builtins; for
     * an AttributeError, from the attribute names of the object.
     */
    public static String forException(PyBaseException e) {
        if (!(e.field("name") instanceof PyStr name)) {
            return null;
        }
        if (e.type().isSubtypeOf(ExceptionTypes.NAME_ERROR)) {
            Traceback tb = e.traceback();
            while (tb != null && tb.next() != null) {
                tb = tb.next();
            }
            if (tb == null || !(tb.frame() instanceof FrameInfo frame)) {
                return null;
            }
            String found = closest(name.value(), List.of(frame.localNames()));
            if (found == null) {
                found = closest(name.value(), frame.globals().names());
            }
            return found != null ? found : closest(name.value(), frame.builtins().names());
        }
        if (e.type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR) && e.field("obj") != null) {
            return closest(name.value(), attributeNames(e.field("obj")));
        }
        return null;
    }

    /** The names {@code dir(obj)} lists, sorted: the object's own attributes and its type's. */
    private static Collection<String> attributeNames(Object obj) {
        TreeSet<String> names = new TreeSet<>();
        if (obj instanceof PyInstance i) {
            names.addAll(i.dict().keySet());
        } else if (obj instanceof PyBaseException e) {
            names.addAll(e.dict().keySet());
        }
        if (obj instanceof PyModule m) {
            names.addAll(m.namespace().names());
        } else {
            PyType type = obj instanceof PyType t ? t : Types.typeOf(obj);
            for (PyType t : type.mro()) {
                names.addAll(t.namespace().keySet());
            }
        }
        return names;
    }

    /** The best candidate for {@code name}, or null. */
    static String closest(String name, Collection<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new ArrayList<>(candidates)) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] other = candidate.getBytes(StandardCharsets.UTF_8);
            // At most a third of the characters involved may change, and it must beat the best so far.
            int limit = Math.min((wanted.length + other.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int distance = distance(wanted, other, limit);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The edit distance of {@code a} and {@code b}, or any value above {@code limit} once it must exceed it. */
    static int distance(byte[] a, byte[] b, int limit) {
        int start = 0;
        int endA = a.length;
        int endB = b.length;
        while (start < endA && start < endB && a[start] == b[start]) {
            start++;
        }
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        int lengthA = endA - start;
        int lengthB = endB - start;
        if (lengthA == 0 || lengthB == 0) {
            return (lengthA + lengthB) * MOVE_COST;
        }
        if (lengthA > MAX_LENGTH || lengthB > MAX_LENGTH || Math.abs(lengthA - lengthB) * MOVE_COST > limit) {
            return limit + 1;
        }
        // row[j]: the cost of turning the first i bytes of a into the first j + 1 bytes of b.
        int[] row = new int[lengthB];
        for (int j = 0; j < lengthB; j++) {
            row[j] = (j + 1) * MOVE_COST;
        }
        int cost = 0;
        for (int i = 0; i < lengthA; i++) {
            int diagonal = i * MOVE_COST; // cost of a[:i] -> b[:0]
            int left = (i + 1) * MOVE_COST; // cost of a[:i+1] -> b[:0]
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 0; j < lengthB; j++) {
                int replace = diagonal + substitution(a[start + i], b[start + j]);
                int insertOrDelete = Math.min(left, row[j]) + MOVE_COST;
                diagonal = row[j];
                cost = Math.min(replace, insertOrDelete);
                row[j] = cost;
                left = cost;
                rowMinimum = Math.min(rowMinimum, cost);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return cost;
    }

    private static int substitution(byte x, byte y) {
        if (x == y) {
            return 0;
        }
        return lowerAscii(x) == lowerAscii(y) ? CASE_COST : MOVE_COST;
    }

    private static int lowerAscii(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
