package dev.krait.code;

import java.util.ArrayList;
import java.util.List;

import dev.krait.syntax.ast.BoolOperator;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.ExprContext;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Span;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.ast.UnaryOperator;

/**
 * Rewrites an expression that suspends midway into statements that suspend at statement
 * level, so that no expression node ever needs to resume. Each {@code yield},
 * {@code yield from} and {@code await} becomes an assignment to a temporary (a local named
 * {@code .tN}, which no program can name), and every operand evaluated before it is first
 * saved in a temporary too, so each is evaluated exactly once and in Python's order:
 * {@code f(a(), (yield b), c())} becomes {@code .t0 = f; .t1 = a(); .t2 = yield b}
 * followed by {@code .t0(.t1, .t2, c())}. Short-circuiting operators and conditional
 * expressions become {@code if} statements, so a suspension in a branch not taken never runs.
 */
final class SuspendLowering {
    private final SuspensionScan scan;
    /** The compiler's scopes by node: a rebuilt comprehension keeps the scope of the one it replaces. */
    private final java.util.Map<dev.krait.syntax.ast.Node, dev.krait.syntax.scope.Scope> scopes;
    private int counter;

    SuspendLowering(SuspensionScan scan, java.util.Map<dev.krait.syntax.ast.Node, dev.krait.syntax.scope.Scope> scopes) {
        this.scan = scan;
        this.scopes = scopes;
    }

    private Expr.Name newTemp(Span span) {
        return new Expr.Name(".t" + counter++, ExprContext.Store, span);
    }

    private static Expr.Name load(Expr.Name temp) {
        return new Expr.Name(temp.id(), ExprContext.Load, temp.span());
    }

    static Stmt assign(Expr.Name temp, Expr value) {
        return new Stmt.Assign(List.of(temp), value, value.span());
    }

    /** Whether {@code e} is a suspension whose operand does not suspend: a statement-level suspension point. */
    boolean isPoint(Expr e) {
        Expr operand = e instanceof Expr.Yield y ? y.value() : e instanceof Expr.YieldFrom y ? y.value()
                : e instanceof Expr.Await a ? a.value() : e instanceof Expr.AsyncYieldFrom y ? y.value() : null;
        return (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await
                || e instanceof Expr.AsyncYieldFrom) && !scan.contains(operand);
    }

    /** Appends to {@code pre} the statements that compute {@code e}'s suspensions; returns what then gives its value. */
    Expr lower(Expr e, List<Stmt> pre) {
        if (e == null || !scan.contains(e)) {
            return e;
        }
        Span span = e.span();
        if (e instanceof Expr.Yield y) {
            return point(new Expr.Yield(lower(y.value(), pre), span), pre);
        }
        if (e instanceof Expr.YieldFrom y) {
            return point(new Expr.YieldFrom(lower(y.value(), pre), span), pre);
        }
        if (e instanceof Expr.Await a) {
            return point(new Expr.Await(lower(a.value(), pre), span), pre);
        }
        if (e instanceof Expr.AsyncYieldFrom y) {
            return point(new Expr.AsyncYieldFrom(lower(y.value(), pre), span), pre);
        }
        if (e instanceof Expr.BoolOp b) {
            Expr.Name result = newTemp(span);
            List<Stmt> into = pre;
            for (int i = 0; i < b.values().size(); i++) {
                into.add(assign(result, lower(b.values().get(i), into)));
                if (i < b.values().size() - 1) {
                    List<Stmt> next = new ArrayList<>();
                    Expr test = b.op() == BoolOperator.And ? load(result)
                            : new Expr.UnaryOp(UnaryOperator.Not, load(result), span);
                    into.add(new Stmt.If(test, next, List.of(), span));
                    into = next;
                }
            }
            return load(result);
        }
        if (e instanceof Expr.IfExp i) {
            Expr.Name result = newTemp(span);
            Expr test = lower(i.test(), pre);
            List<Stmt> body = new ArrayList<>();
            body.add(assign(result, lower(i.body(), body)));
            List<Stmt> orelse = new ArrayList<>();
            orelse.add(assign(result, lower(i.orelse(), orelse)));
            pre.add(new Stmt.If(test, body, orelse, span));
            return load(result);
        }
        if (e instanceof Expr.Compare c) {
            Expr.Name result = newTemp(span);
            List<Stmt> into = pre;
            Expr left = spill(lower(c.left(), into), into);
            for (int i = 0; i < c.ops().size(); i++) {
                Expr right = spill(lower(c.comparators().get(i), into), into);
                into.add(assign(result, new Expr.Compare(left, List.of(c.ops().get(i)), List.of(right), span)));
                if (i < c.ops().size() - 1) {
                    List<Stmt> next = new ArrayList<>();
                    into.add(new Stmt.If(load(result), next, List.of(), span));
                    into = next;
                }
                left = right;
            }
            return load(result);
        }
        if (e instanceof Expr.NamedExpr n) {
            return new Expr.NamedExpr(n.target(), lower(n.value(), pre), span);
        }
        if (SuspensionScan.comprehensionClauses(e) != null) {
            Expr rebuilt = withFirstIterable(e, lower(SuspensionScan.comprehensionClauses(e).get(0).iter(), pre));
            return scan.isAsyncComprehension(e) && !(e instanceof Expr.GeneratorExp)
                    ? point(new Expr.Await(rebuilt, span), pre) : rebuilt;
        }
        List<Expr> children = children(e);
        int last = -1;
        for (int i = 0; i < children.size(); i++) {
            if (scan.contains(children.get(i))) {
                last = i;
            }
        }
        List<Expr> lowered = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            Expr child = children.get(i);
            lowered.add(i < last ? spill(lower(child, pre), pre) : i == last ? lower(child, pre) : child);
        }
        return rebuild(e, lowered);
    }

    /**
     * Operands evaluated one after the other (null entries are absent ones): those before the
     * last that suspends are saved in temporaries, that one is lowered, the rest stay.
     */
    List<Expr> lowerSequence(List<Expr> operands, List<Stmt> pre) {
        int last = -1;
        for (int i = 0; i < operands.size(); i++) {
            if (scan.contains(operands.get(i))) {
                last = i;
            }
        }
        List<Expr> out = new ArrayList<>(operands.size());
        for (int i = 0; i < operands.size(); i++) {
            Expr e = operands.get(i);
            out.add(e == null ? null : i < last ? spill(lower(e, pre), pre) : i == last ? lower(e, pre) : e);
        }
        return out;
    }

    /** A suspension point assigned to a fresh temporary; the temporary's load. */
    private Expr point(Expr suspension, List<Stmt> pre) {
        Expr.Name t = newTemp(suspension.span());
        pre.add(assign(t, suspension));
        return load(t);
    }

    /** Saves an operand evaluated before a later suspension in a temporary (constants need not be). */
    Expr spill(Expr e, List<Stmt> pre) {
        if (e instanceof Expr.Constant || e instanceof Expr.Name n && n.id().startsWith(".t")) {
            return e;
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(spill(s.value(), pre), s.ctx(), s.span());
        }
        if (e instanceof Expr.FormattedValue f) {
            // An f-string part: its value is saved; it is formatted with the others.
            return new Expr.FormattedValue(spill(f.value(), pre), f.conversion(), f.formatSpec(), f.span());
        }
        Expr.Name t = newTemp(e.span());
        pre.add(assign(t, e));
        return load(t);
    }

    /** The evaluated sub-expressions of {@code e}, in evaluation order ({@link #rebuild} takes them back). */
    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.BinOp b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            out.add(u.operand());
        } else if (e instanceof Expr.Call c) {
            out.add(c.func());
            out.addAll(c.args());
            for (Keyword k : c.keywords()) {
                out.add(k.value());
            }
        } else if (e instanceof Expr.Attribute a) {
            out.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            out.add(s.value());
            out.add(s.slice());
        } else if (e instanceof Expr.Starred s) {
            out.add(s.value());
        } else if (e instanceof Expr.List l) {
            out.addAll(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            out.addAll(t.elts());
        } else if (e instanceof Expr.Set s) {
            out.addAll(s.elts());
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) != null) {
                    out.add(d.keys().get(i));
                }
                out.add(d.values().get(i));
            }
        } else if (e instanceof Expr.Slice s) {
            addPresent(out, s.lower(), s.upper(), s.step());
        } else if (e instanceof Expr.JoinedStr j) {
            out.addAll(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            addPresent(out, f.value(), f.formatSpec());
        } else {
            throw new IllegalStateException("cannot lower " + e.pythonName());
        }
        return out;
    }

    private static void addPresent(List<Expr> out, Expr... exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                out.add(e);
            }
        }
    }

    private static Expr rebuild(Expr e, List<Expr> k) {
        Span span = e.span();
        if (e instanceof Expr.BinOp b) {
            return new Expr.BinOp(k.get(0), b.op(), k.get(1), span);
        }
        if (e instanceof Expr.UnaryOp u) {
            return new Expr.UnaryOp(u.op(), k.get(0), span);
        }
        if (e instanceof Expr.Call c) {
            int n = c.args().size();
            List<Keyword> keywords = new ArrayList<>();
            for (int i = 0; i < c.keywords().size(); i++) {
                Keyword old = c.keywords().get(i);
                keywords.add(new Keyword(old.arg(), k.get(1 + n + i), old.span()));
            }
            return new Expr.Call(k.get(0), List.copyOf(k.subList(1, 1 + n)), keywords, span);
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(k.get(0), a.attr(), a.ctx(), span);
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(k.get(0), k.get(1), s.ctx(), span);
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(k.get(0), s.ctx(), span);
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(List.copyOf(k), l.ctx(), span);
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(List.copyOf(k), t.ctx(), span);
        }
        if (e instanceof Expr.Set) {
            return new Expr.Set(List.copyOf(k), span);
        }
        if (e instanceof Expr.Dict d) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            int j = 0;
            for (int i = 0; i < d.keys().size(); i++) {
                keys.add(d.keys().get(i) == null ? null : k.get(j++));
                values.add(k.get(j++));
            }
            return new Expr.Dict(keys, values, span);
        }
        if (e instanceof Expr.Slice s) {
            int j = 0;
            Expr lower = s.lower() == null ? null : k.get(j++);
            Expr upper = s.upper() == null ? null : k.get(j++);
            Expr step = s.step() == null ? null : k.get(j);
            return new Expr.Slice(lower, upper, step, span);
        }
        if (e instanceof Expr.JoinedStr) {
            return new Expr.JoinedStr(List.copyOf(k), span);
        }
        Expr.FormattedValue f = (Expr.FormattedValue) e;
        return new Expr.FormattedValue(k.get(0), f.conversion(), f.formatSpec() == null ? null : k.get(1), span);
    }

    /** A comprehension with its first iterable (evaluated where the comprehension stands) replaced. */
    private Expr withFirstIterable(Expr comp, Expr first) {
        Expr rebuilt = rebuildComprehension(comp, first);
        scopes.put(rebuilt, scopes.get(comp));
        return rebuilt;
    }

    private static Expr rebuildComprehension(Expr comp, Expr first) {
        List<dev.krait.syntax.ast.Comprehension> gens = new ArrayList<>(SuspensionScan.comprehensionClauses(comp));
        dev.krait.syntax.ast.Comprehension g = gens.get(0);
        gens.set(0, new dev.krait.syntax.ast.Comprehension(g.target(), first, g.ifs(), g.isAsync(), g.span()));
        if (comp instanceof Expr.ListComp c) {
            return new Expr.ListComp(c.elt(), gens, c.span());
        }
        if (comp instanceof Expr.SetComp c) {
            return new Expr.SetComp(c.elt(), gens, c.span());
        }
        if (comp instanceof Expr.DictComp c) {
            return new Expr.DictComp(c.key(), c.value(), gens, c.span());
        }
        Expr.GeneratorExp c = (Expr.GeneratorExp) comp;
        return new Expr.GeneratorExp(c.elt(), gens, c.span());
    }
}
