package dev.krait.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.krait.syntax.scope.Scope;

/**
 * Decides which variables live in cells: a name a nested function uses but does not bind,
 * and that an enclosing function binds, is a cell variable of the binder and a free
 * variable of every function from the user down (they pass the cell along). Class bodies
 * are skipped when looking outward, as in Python.
 */
final class ClosureAnalysis {
    private final Map<Scope, Set<String>> cells = new HashMap<>();
    private final Map<Scope, Set<String>> frees = new HashMap<>();

    ClosureAnalysis(Scope top) {
        visit(top);
    }

    /** The scope's own variables that nested functions share, in first-seen order. */
    List<String> cellVars(Scope s) {
        return new ArrayList<>(cells.getOrDefault(s, Set.of()));
    }

    /** Variables of enclosing functions this scope uses, in first-seen order. */
    List<String> freeVars(Scope s) {
        return new ArrayList<>(frees.getOrDefault(s, Set.of()));
    }

    private void visit(Scope s) {
        if (s.kind() == Scope.Kind.FUNCTION || s.kind() == Scope.Kind.COMPREHENSION) {
            for (Map.Entry<String, Integer> symbol : s.symbols().entrySet()) {
                String name = symbol.getKey();
                int flags = symbol.getValue();
                boolean nonlocal = (flags & Scope.DEF_NONLOCAL) != 0;
                if ((binds(flags) && !nonlocal) || (flags & Scope.DEF_GLOBAL) != 0) {
                    continue;
                }
                Scope binder = binder(s.parent(), name);
                if (binder != null) {
                    cells.computeIfAbsent(binder, k -> new LinkedHashSet<>()).add(name);
                    // Every scope in between passes the cell along, class bodies included.
                    for (Scope p = s; p != binder; p = p.parent()) {
                        frees.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(name);
                    }
                }
            }
        }
        for (Scope child : s.children()) {
            visit(child);
        }
    }

    /** The nearest enclosing function that binds {@code name} itself, or null (then it is global). */
    private static Scope binder(Scope from, String name) {
        for (Scope p = from; p != null && p.kind() != Scope.Kind.MODULE; p = p.parent()) {
            if (p.kind() == Scope.Kind.CLASS) {
                continue;
            }
            int flags = p.flags(name);
            if ((flags & Scope.DEF_GLOBAL) != 0) {
                return null;
            }
            if (binds(flags) && (flags & Scope.DEF_NONLOCAL) == 0) {
                return p;
            }
        }
        return null;
    }

    private static boolean binds(int flags) {
        return (flags & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT)) != 0;
    }
}
