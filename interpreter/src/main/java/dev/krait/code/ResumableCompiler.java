package dev.krait.code;

import java.util.ArrayList;
import java.util.List;

import dev.krait.syntax.ast.ExceptHandler;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.ExprContext;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.ast.WithItem;

/**
 * The part of the {@link Compiler} for the bodies of generators, coroutines and async
 * generators. A statement with a suspension point beneath it is first brought into a normal
 * form by {@link SuspendLowering} — suspensions only as whole statements
 * ({@code yield v}, {@code t = await x}), compound statements only with headers that do not
 * suspend — and then compiled into {@link SuspendPoints} and the resumable nodes of
 * {@link ResumableStmts}, {@link ResumableTry}, {@link WithNode} and {@link AsyncStmts}, each
 * with a frame slot of its own for its resume state. Statements without a suspension point
 * compile as everywhere else.
 */
final class ResumableCompiler {
    private final Compiler compiler;
    private final NameCompiler names;
    final SuspensionScan scan = new SuspensionScan();
    private final SuspendLowering lowering;

    ResumableCompiler(Compiler compiler) {
        this.compiler = compiler;
        this.names = compiler.names;
        this.lowering = new SuspendLowering(scan, compiler.scopes);
    }

    /** Whether {@code s}, in the code being compiled, must be compiled resumable. */
    boolean suspends(Stmt s) {
        return names.suspendKind != 0 && scan.contains(s);
    }

    /** The normal form of a statement that suspends: the statements to compile in its place, in order. */
    List<Stmt> normalForm(Stmt s) {
        List<Stmt> out = new ArrayList<>();
        if (s instanceof Stmt.ExprStmt e) {
            if (lowering.isPoint(e.value())) {
                out.add(s);
            } else {
                Expr v = lowering.lower(e.value(), out);
                if (!(v instanceof Expr.Name n && n.id().startsWith(".t"))) {
                    out.add(new Stmt.ExprStmt(v, s.span()));
                }
            }
        } else if (s instanceof Stmt.Assign a) {
            if (!scan.any(a.targets()) && lowering.isPoint(a.value())) {
                out.add(s);
            } else if (!scan.any(a.targets())) {
                out.add(new Stmt.Assign(a.targets(), lowering.lower(a.value(), out), s.span()));
            } else {
                Expr v = lowering.spill(lowering.lower(a.value(), out), out);
                List<Expr> targets = new ArrayList<>();
                for (Expr t : a.targets()) {
                    targets.add(lowerTarget(t, out));
                }
                out.add(new Stmt.Assign(targets, v, s.span()));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augmented(a, out);
        } else if (s instanceof Stmt.AnnAssign a) {
            Expr target = lowerTarget(a.target(), out);
            out.add(new Stmt.AnnAssign(target, a.annotation(), lowering.lower(a.value(), out), a.simple(), s.span()));
        } else if (s instanceof Stmt.Return r) {
            out.add(new Stmt.Return(lowering.lower(r.value(), out), s.span()));
        } else if (s instanceof Stmt.Raise r) {
            Expr exc = lowering.lower(r.exc(), out);
            if (scan.contains(r.cause())) {
                exc = lowering.spill(exc, out);
            }
            out.add(new Stmt.Raise(exc, lowering.lower(r.cause(), out), s.span()));
        } else if (s instanceof Stmt.Assert a) {
            Expr test = lowering.lower(a.test(), out);
            if (scan.contains(a.msg())) {
                List<Stmt> failing = new ArrayList<>();
                Expr msg = lowering.lower(a.msg(), failing);
                failing.add(new Stmt.Assert(new Expr.Constant(Boolean.FALSE, null, s.span()), msg, s.span()));
                out.add(new Stmt.If(new Expr.UnaryOp(dev.krait.syntax.ast.UnaryOperator.Not, test, s.span()), failing,
                        List.of(), s.span()));
            } else {
                out.add(new Stmt.Assert(test, a.msg(), s.span()));
            }
        } else if (s instanceof Stmt.Delete d) {
            List<Expr> targets = new ArrayList<>();
            for (Expr t : d.targets()) {
                targets.add(lowerTarget(t, out));
            }
            out.add(new Stmt.Delete(targets, s.span()));
        } else if (s instanceof Stmt.If i) {
            out.add(new Stmt.If(lowering.lower(i.test(), out), i.body(), i.orelse(), s.span()));
        } else if (s instanceof Stmt.For f) {
            refuseIn(f.target(), "a for loop's target");
            out.add(new Stmt.For(f.target(), lowering.lower(f.iter(), out), f.body(), f.orelse(), s.span()));
        } else if (s instanceof Stmt.AsyncFor f) {
            refuseIn(f.target(), "a for loop's target");
            out.add(new Stmt.AsyncFor(f.target(), lowering.lower(f.iter(), out), f.body(), f.orelse(), s.span()));
        } else if (s instanceof Stmt.With w) {
            WithItem item = w.items().get(0);
            refuseIn(item.optionalVars(), "a with statement's target");
            List<Stmt> body = w.items().size() == 1 ? w.body()
                    : List.of(new Stmt.With(w.items().subList(1, w.items().size()), w.body(), s.span()));
            Expr manager = lowering.lower(item.contextExpr(), out);
            out.add(new Stmt.With(List.of(new WithItem(manager, item.optionalVars(), item.span())), body, s.span()));
        } else if (s instanceof Stmt.AsyncWith w) {
            WithItem item = w.items().get(0);
            refuseIn(item.optionalVars(), "a with statement's target");
            List<Stmt> body = w.items().size() == 1 ? w.body()
                    : List.of(new Stmt.AsyncWith(w.items().subList(1, w.items().size()), w.body(), s.span()));
            Expr manager = lowering.lower(item.contextExpr(), out);
            out.add(new Stmt.AsyncWith(List.of(new WithItem(manager, item.optionalVars(), item.span())), body, s.span()));
        } else if (s instanceof Stmt.While || s instanceof Stmt.Try) {
            if (s instanceof Stmt.Try t) {
                for (ExceptHandler h : t.handlers()) {
                    refuseIn(h.type(), "an except clause's type");
                }
            }
            out.add(s);
        } else if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef) {
            out.add(definitionHeader(s, out));
        } else {
            throw new IllegalStateException("no suspension expected in " + s.pythonName());
        }
        return out;
    }

    /**
     * A {@code def} or {@code class} whose decorators, defaults or bases suspend: they are
     * computed first, in CPython's order (decorators, then defaults and keyword-only defaults,
     * or bases and keywords), and the statement is rebuilt over temporaries. The rebuilt node
     * keeps the scope of the original.
     */
    private Stmt definitionHeader(Stmt s, List<Stmt> out) {
        Stmt rebuilt;
        if (s instanceof Stmt.ClassDef c) {
            List<Expr> operands = new ArrayList<>(c.decoratorList());
            operands.addAll(c.bases());
            c.keywords().forEach(k -> operands.add(k.value()));
            List<Expr> lowered = lowering.lowerSequence(operands, out);
            int d = c.decoratorList().size();
            int b = c.bases().size();
            List<dev.krait.syntax.ast.Keyword> keywords = new ArrayList<>();
            for (int i = 0; i < c.keywords().size(); i++) {
                dev.krait.syntax.ast.Keyword k = c.keywords().get(i);
                keywords.add(new dev.krait.syntax.ast.Keyword(k.arg(), lowered.get(d + b + i), k.span()));
            }
            rebuilt = new Stmt.ClassDef(c.name(), List.copyOf(lowered.subList(d, d + b)), keywords, c.body(),
                    List.copyOf(lowered.subList(0, d)), c.span());
        } else {
            boolean async = s instanceof Stmt.AsyncFunctionDef;
            Stmt.FunctionDef f = async ? null : (Stmt.FunctionDef) s;
            Stmt.AsyncFunctionDef af = async ? (Stmt.AsyncFunctionDef) s : null;
            List<Expr> decorators = async ? af.decoratorList() : f.decoratorList();
            dev.krait.syntax.ast.Arguments args = async ? af.args() : f.args();
            List<Expr> operands = new ArrayList<>(decorators);
            operands.addAll(args.defaults());
            operands.addAll(args.kwDefaults());
            List<Expr> lowered = lowering.lowerSequence(operands, out);
            int d = decorators.size();
            int n = args.defaults().size();
            dev.krait.syntax.ast.Arguments newArgs = new dev.krait.syntax.ast.Arguments(args.posonlyargs(), args.args(),
                    args.vararg(), args.kwonlyargs(), new ArrayList<>(lowered.subList(d + n, lowered.size())), args.kwarg(),
                    List.copyOf(lowered.subList(d, d + n)), args.span());
            List<Expr> newDecorators = List.copyOf(lowered.subList(0, d));
            rebuilt = async ? new Stmt.AsyncFunctionDef(af.name(), newArgs, af.body(), newDecorators, af.returns(), af.span())
                    : new Stmt.FunctionDef(f.name(), newArgs, f.body(), newDecorators, f.returns(), f.span());
        }
        compiler.scopes.put(rebuilt, compiler.scopes.get(s));
        return rebuilt;
    }

    /**
     * {@code target op= value} with a suspension in it, in CPython's order: the target's
     * object and index, then its current value, then the value, then the in-place operation
     * (on a temporary, so {@code __iadd__} and friends apply) and the store.
     */
    private void augmented(Stmt.AugAssign a, List<Stmt> out) {
        dev.krait.syntax.ast.Span span = a.span();
        Expr target = a.target();
        Expr store;
        Expr read;
        if (target instanceof Expr.Attribute at) {
            Expr obj = lowering.spill(lowering.lower(at.value(), out), out);
            store = new Expr.Attribute(obj, at.attr(), ExprContext.Store, at.span());
            read = new Expr.Attribute(obj, at.attr(), ExprContext.Load, at.span());
        } else if (target instanceof Expr.Subscript sub) {
            Expr obj = lowering.spill(lowering.lower(sub.value(), out), out);
            Expr index = lowering.spill(lowering.lower(sub.slice(), out), out);
            store = new Expr.Subscript(obj, index, ExprContext.Store, sub.span());
            read = new Expr.Subscript(obj, index, ExprContext.Load, sub.span());
        } else {
            store = target;
            read = new Expr.Name(((Expr.Name) target).id(), ExprContext.Load, target.span());
        }
        Expr current = lowering.spill(read, out);
        Expr value = lowering.lower(a.value(), out);
        Expr.Name result = new Expr.Name(((Expr.Name) current).id(), ExprContext.Store, span);
        out.add(new Stmt.AugAssign(result, a.op(), value, span));
        out.add(new Stmt.Assign(List.of(store), current, span));
    }

    private void refuseIn(Expr e, String where) {
        if (scan.contains(e)) {
            throw compiler.unsupported("yield or await in " + where, e.span().line());
        }
    }

    /** An assignment target whose sub-expressions suspend: those are computed first, into temporaries. */
    private Expr lowerTarget(Expr t, List<Stmt> out) {
        if (!scan.contains(t)) {
            return t;
        }
        if (t instanceof Expr.Attribute a) {
            return new Expr.Attribute(lowering.lower(a.value(), out), a.attr(), a.ctx(), a.span());
        }
        if (t instanceof Expr.Subscript s) {
            Expr value = scan.contains(s.slice()) ? lowering.spill(lowering.lower(s.value(), out), out)
                    : lowering.lower(s.value(), out);
            return new Expr.Subscript(value, lowering.lower(s.slice(), out), s.ctx(), s.span());
        }
        if (t instanceof Expr.Starred s) {
            return new Expr.Starred(lowerTarget(s.value(), out), s.ctx(), s.span());
        }
        List<Expr> elts = t instanceof Expr.Tuple tu ? tu.elts() : ((Expr.List) t).elts();
        List<Expr> lowered = new ArrayList<>();
        for (Expr e : elts) {
            lowered.add(lowerTarget(e, out));
        }
        return t instanceof Expr.Tuple ? new Expr.Tuple(lowered, ExprContext.Store, t.span())
                : new Expr.List(lowered, ExprContext.Store, t.span());
    }

    /** Compiles a statement in normal form (see {@link #normalForm}) that suspends. */
    StmtNode compile(Stmt s) {
        StatementCompiler statements = compiler.statements;
        int line = s.span().line();
        if (s instanceof Stmt.ExprStmt e) {
            return point(e.value(), new Target[0], line);
        }
        if (s instanceof Stmt.Assign a) {
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = names.target(a.targets().get(i));
            }
            return point(a.value(), targets, line);
        }
        if (s instanceof Stmt.If i) {
            return new ResumableStmts.If(line, expr(i.test()), statements.block(i.body(), line),
                    orElse(i.orelse()), names.newSlot());
        }
        if (s instanceof Stmt.While w) {
            StmtNode pre = null;
            Expr test = w.test();
            if (scan.contains(test)) {
                List<Stmt> preStatements = new ArrayList<>();
                test = lowering.lower(test, preStatements);
                pre = statements.block(preStatements, line);
            }
            return new ResumableStmts.While(line, pre, expr(test), statements.block(w.body(), line), orElse(w.orelse()),
                    names.newSlot());
        }
        if (s instanceof Stmt.For f) {
            return new ResumableStmts.For(line, names.target(f.target()), expr(f.iter()), statements.block(f.body(), line),
                    orElse(f.orelse()), names.newSlot());
        }
        if (s instanceof Stmt.AsyncFor f) {
            boolean ready = f.iter() instanceof Expr.Name n && n.id().equals(".0");
            return new AsyncStmts.For(line, names.target(f.target()), expr(f.iter()), ready, statements.block(f.body(), line),
                    orElse(f.orelse()), names.newSlot());
        }
        if (s instanceof Stmt.With w) {
            WithItem item = w.items().get(0);
            return new WithNode(line, expr(item.contextExpr()),
                    item.optionalVars() == null ? null : names.target(item.optionalVars()),
                    statements.block(w.body(), line), names.newSlot());
        }
        if (s instanceof Stmt.AsyncWith w) {
            WithItem item = w.items().get(0);
            return new AsyncStmts.With(line, expr(item.contextExpr()),
                    item.optionalVars() == null ? null : names.target(item.optionalVars()),
                    statements.block(w.body(), line), names.newSlot());
        }
        if (s instanceof Stmt.Try t) {
            return new ResumableTry(line, statements.block(t.body(), line), statements.handlers(t),
                    orElse(t.orelse()), orElse(t.finalbody()), names.newSlot());
        }
        throw new IllegalStateException("not in normal form: " + s.pythonName());
    }

    private ExprNode expr(Expr e) {
        return compiler.expressions.expr(e);
    }

    private StmtNode orElse(List<Stmt> body) {
        return body.isEmpty() ? null : compiler.statements.block(body, body.get(0).span().line());
    }

    private StmtNode point(Expr suspension, Target[] targets, int line) {
        if (suspension instanceof Expr.Yield y) {
            return new SuspendPoints.Yield(line, y.value() == null ? null : expr(y.value()), targets,
                    names.suspendKind == Code.ASYNC_GENERATOR, names.newSlot());
        }
        if (suspension instanceof Expr.YieldFrom y) {
            return new SuspendPoints.Delegating(line, expr(y.value()), targets, false, false, names.newSlot());
        }
        if (suspension instanceof Expr.AsyncYieldFrom y) {
            // PEP 828: awaits the library's yield_from_(operand), one mechanism for both spellings.
            return new SuspendPoints.Delegating(line, new AsyncGeneratorLibrary.AsyncYieldFromOperand(expr(y.value())),
                    targets, true, false, names.newSlot());
        }
        Expr.Await a = (Expr.Await) suspension;
        return new SuspendPoints.Delegating(line, expr(a.value()), targets, true, false, names.newSlot());
    }
}
