package dev.krait.code;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.syntax.ast.AstNodes;
import dev.krait.syntax.ast.Comprehension;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Stmt;

/**
 * Finds the suspension points of the body being compiled: {@code yield}, {@code yield from},
 * {@code await}, {@code async for}, {@code async with} and async comprehensions (which are
 * awaited where they stand). Nested functions, lambdas and classes suspend in their own
 * frames, so only the parts of them evaluated where they are defined are searched; of a
 * comprehension, only its first iterable is. Answers are cached per node.
 */
final class SuspensionScan {
    private final Map<Node, Boolean> memo = new IdentityHashMap<>();

    boolean contains(Node n) {
        if (n == null) {
            return false;
        }
        Boolean known = memo.get(n);
        if (known != null) {
            return known;
        }
        boolean found = search(n);
        memo.put(n, found);
        return found;
    }

    boolean any(List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (contains(n)) {
                return true;
            }
        }
        return false;
    }

    private boolean search(Node n) {
        if (n instanceof Expr.Yield || n instanceof Expr.YieldFrom || n instanceof Expr.Await
                || n instanceof Expr.AsyncYieldFrom || n instanceof Stmt.AsyncFor || n instanceof Stmt.AsyncWith) {
            return true;
        }
        if (n instanceof Expr.Lambda l) {
            return any(l.args().defaults()) || anyNullable(l.args().kwDefaults());
        }
        if (n instanceof Stmt.FunctionDef f) {
            return any(f.decoratorList()) || any(f.args().defaults()) || anyNullable(f.args().kwDefaults());
        }
        if (n instanceof Stmt.AsyncFunctionDef f) {
            return any(f.decoratorList()) || any(f.args().defaults()) || anyNullable(f.args().kwDefaults());
        }
        if (n instanceof Stmt.ClassDef c) {
            if (any(c.decoratorList()) || any(c.bases())) {
                return true;
            }
            for (Keyword k : c.keywords()) {
                if (contains(k.value())) {
                    return true;
                }
            }
            return false;
        }
        if (n instanceof Expr.GeneratorExp g) {
            return contains(g.generators().get(0).iter());
        }
        List<Comprehension> generators = comprehensionClauses(n);
        if (generators != null) {
            return isAsyncComprehension((Expr) n) || contains(generators.get(0).iter());
        }
        for (Node child : AstNodes.children(n)) {
            if (contains(child)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyNullable(List<Expr> nodes) {
        for (Expr e : nodes) {
            if (e != null && contains(e)) {
                return true;
            }
        }
        return false;
    }

    static List<Comprehension> comprehensionClauses(Node n) {
        return n instanceof Expr.ListComp c ? c.generators() : n instanceof Expr.SetComp c ? c.generators()
                : n instanceof Expr.DictComp c ? c.generators() : n instanceof Expr.GeneratorExp c ? c.generators()
                : null;
    }

    /**
     * Whether a comprehension runs as a coroutine: it has an {@code async for} clause, or awaits
     * (directly or in a nested async comprehension) in its element, conditions or inner iterables.
     */
    boolean isAsyncComprehension(Expr comp) {
        List<Comprehension> generators = comprehensionClauses(comp);
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (g.isAsync() == 1 || any(g.ifs()) || i > 0 && contains(g.iter())) {
                return true;
            }
        }
        if (comp instanceof Expr.DictComp d) {
            return contains(d.key()) || contains(d.value());
        }
        return contains(comp instanceof Expr.ListComp l ? l.elt() : comp instanceof Expr.SetComp s ? s.elt()
                : ((Expr.GeneratorExp) comp).elt());
    }
}
