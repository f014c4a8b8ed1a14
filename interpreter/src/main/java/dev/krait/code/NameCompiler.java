package dev.krait.code;

import java.util.List;
import java.util.Map;

import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.scope.Scope;

/**
 * The part of the {@link Compiler} that knows where each name of the code being compiled
 * lives — a local slot, a closure cell, a class or {@code exec} namespace, or the globals —
 * and compiles loads of names and assignment targets accordingly. {@link NestedScopeCompiler}
 * sets the current scope as it enters and leaves functions, classes and comprehensions.
 */
final class NameCompiler {
    private final Compiler compiler;

    /** The scope being compiled. */
    Scope scope;
    /** Local slot by name in the function being compiled; null outside functions. */
    Map<String, Integer> slots;
    /** Cell index by name in the function being compiled (own cells first, then free variables). */
    Map<String, Integer> cellIndex = Map.of();
    /** How many of {@link #cellIndex}'s cells are the code's own (the rest come from its closure). */
    int ownCells;
    /** What kind of body is being compiled: 0, or {@link Code#GENERATOR}, {@link Code#COROUTINE}, {@link Code#ASYNC_GENERATOR}. */
    int suspendKind;
    /**
     * Slots after the named locals: the compiler's temporaries (named {@code .tN}, see
     * {@link SuspendLowering}) and the resume state of resumable nodes.
     */
    Map<String, Integer> temps = new java.util.HashMap<>();
    int extraSlots;

    NameCompiler(Compiler compiler) {
        this.compiler = compiler;
    }

    /** The current scope's state, kept while a nested scope is compiled. */
    record Saved(Scope scope, Map<String, Integer> slots, Map<String, Integer> cellIndex, int ownCells,
                 int suspendKind, Map<String, Integer> temps, int extraSlots) {}

    Saved save() {
        return new Saved(scope, slots, cellIndex, ownCells, suspendKind, temps, extraSlots);
    }

    void restore(Saved saved) {
        scope = saved.scope();
        slots = saved.slots();
        cellIndex = saved.cellIndex();
        ownCells = saved.ownCells();
        suspendKind = saved.suspendKind();
        temps = saved.temps();
        extraSlots = saved.extraSlots();
    }

    /** A fresh slot after the named locals of the function being compiled. */
    int newSlot() {
        return slots.size() + extraSlots++;
    }

    private int temp(String name) {
        return temps.computeIfAbsent(name, n -> newSlot());
    }

    private ExprNode expr(Expr e) {
        return compiler.expressions.expr(e);
    }

    ExprNode load(String name) {
        if (name.startsWith(".t")) {
            return new Exprs.LocalLoad(temp(name), name);
        }
        Integer cell = cellIndex.get(name);
        if (cell != null) {
            return new Exprs.CellLoad(cell, name, cell >= ownCells);
        }
        if (scope.kind() == Scope.Kind.CLASS || compiler.namesInNamespace && scope.kind() == Scope.Kind.MODULE) {
            return (scope.flags(name) & Scope.DEF_GLOBAL) != 0 ? new Exprs.GlobalLoad(name)
                    : new Classes.NamespaceLoad(name);
        }
        Integer slot = slots == null ? null : slots.get(name);
        return slot != null ? new Exprs.LocalLoad(slot, name) : new Exprs.GlobalLoad(name);
    }

    Target nameTarget(String name) {
        if (name.startsWith(".t")) {
            return new Target.Local(temp(name), name);
        }
        Integer cell = cellIndex.get(name);
        if (cell != null) {
            return new Target.CellTarget(cell, name);
        }
        if (scope.kind() == Scope.Kind.CLASS || compiler.namesInNamespace && scope.kind() == Scope.Kind.MODULE) {
            return (scope.flags(name) & Scope.DEF_GLOBAL) != 0 ? new Target.Global(name)
                    : new Classes.NamespaceStore(name);
        }
        Integer slot = slots == null ? null : slots.get(name);
        return slot != null ? new Target.Local(slot, name) : new Target.Global(name);
    }

    Target target(Expr e) {
        if (e instanceof Expr.Attribute a) {
            return new Classes.AttributeTarget(expr(a.value()), a.attr());
        }
        if (e instanceof Expr.Name n) {
            return nameTarget(n.id());
        }
        List<Expr> elts = e instanceof Expr.Tuple t ? t.elts() : e instanceof Expr.List l ? l.elts() : null;
        if (elts != null) {
            Target[] targets = new Target[elts.size()];
            int starred = -1;
            for (int i = 0; i < targets.length; i++) {
                Expr elt = elts.get(i);
                if (elt instanceof Expr.Starred s) {
                    starred = i;
                    elt = s.value();
                }
                targets[i] = target(elt);
            }
            return new Target.Unpack(targets, starred);
        }
        if (e instanceof Expr.Subscript s) {
            return new ContainerExprs.SubscriptTarget(expr(s.value()), expr(s.slice()));
        }
        throw compiler.unsupported("assignment to " + e.pythonName(), e.span().line());
    }

    /** True when {@code name} is not bound anywhere in the current scope chain, so it means the builtin. */
    boolean isBuiltinName(String name) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if ((s.flags(name) & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT | Scope.DEF_GLOBAL)) != 0) {
                return false;
            }
        }
        return true;
    }
}
