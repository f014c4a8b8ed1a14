package dev.krait.code;

import java.util.List;

import dev.krait.runtime.PyStr;
import dev.krait.syntax.ast.ExceptHandler;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.scope.Scope;

/**
 * The statement half of the {@link Compiler}: one executable node per statement ({@code Stmts},
 * {@code WithNode}, {@code ImportNodes}), with the statement's line as the line context of
 * the expressions inside it. {@code def} and {@code class} are handed to
 * {@link NestedScopeCompiler}.
 */
final class StatementCompiler {
    private final Compiler compiler;
    private final NameCompiler names;

    StatementCompiler(Compiler compiler) {
        this.compiler = compiler;
        this.names = compiler.names;
    }

    private ExprNode expr(Expr e) {
        return compiler.expressions.expr(e);
    }

    private ExprNode[] exprs(List<Expr> list) {
        return compiler.expressions.exprs(list);
    }

    private Target target(Expr e) {
        return names.target(e);
    }

    /** A module's or class's statements; a leading string literal is its docstring, bound to {@code __doc__}. */
    StmtNode bodyWithDoc(List<Stmt> body, int line) {
        StmtNode block = block(body, line);
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt first
                && first.value() instanceof Expr.Constant c && c.value() instanceof String doc) {
            StmtNode[] nodes = ((Stmts.Block) block).body;
            nodes[0] = new Stmts.Assign(first.span().line(), new Target[] {names.nameTarget("__doc__")},
                    new Exprs.Const(PyStr.of(doc)));
        }
        return block;
    }

    StmtNode block(List<Stmt> body, int line) {
        ResumableCompiler resumable = compiler.resumable;
        boolean suspends = false;
        for (Stmt s : body) {
            suspends |= resumable.suspends(s);
        }
        if (suspends) {
            List<StmtNode> nodes = new java.util.ArrayList<>();
            for (Stmt s : body) {
                if (resumable.suspends(s)) {
                    for (Stmt part : resumable.normalForm(s)) {
                        nodes.add(statement(part));
                    }
                } else {
                    nodes.add(statement(s));
                }
            }
            return nodes.size() == 1 ? new ResumableStmts.Single(line, nodes.get(0))
                    : new ResumableStmts.Block(line, nodes.toArray(new StmtNode[0]), names.newSlot());
        }
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(body.get(i));
        }
        return new Stmts.Block(line, nodes);
    }

    /** The compiled {@code except} clauses of a {@code try} statement. */
    Stmts.Handler[] handlers(Stmt.Try t) {
        Stmts.Handler[] handlers = new Stmts.Handler[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            ExceptHandler h = t.handlers().get(i);
            handlers[i] = new Stmts.Handler(h.type() == null ? null : expr(h.type()),
                    h.name() == null ? null : names.nameTarget(h.name()), block(h.body(), h.span().line()));
        }
        return handlers;
    }

    private StmtNode orElse(List<Stmt> body) {
        return body.isEmpty() ? null : block(body, body.get(0).span().line());
    }

    private StmtNode statement(Stmt s) {
        int outer = compiler.lineContext;
        compiler.lineContext = s.span().line();
        try {
            return compileStatement(s);
        } finally {
            compiler.lineContext = outer;
        }
    }

    private StmtNode compileStatement(Stmt s) {
        int line = s.span().line();
        if (compiler.resumable.suspends(s)) {
            return compiler.resumable.compile(s); // in normal form: block() lowered it
        }
        if (s instanceof Stmt.ExprStmt e) {
            ExprNode value = expr(e.value());
            return new Stmts.ExprStmt(line, compiler.interactive && names.scope.kind() == Scope.Kind.MODULE
                    ? new ExecSupport.Display(value) : value);
        }
        if (s instanceof Stmt.Assign a) {
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return new Stmts.Assign(line, targets, expr(a.value()));
        }
        if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Attribute at) {
            return new ContainerExprs.AugAttribute(line, expr(at.value()), at.attr(), a.op().symbol, expr(a.value()));
        }
        if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Subscript sub) {
            return new ContainerExprs.AugSubscript(line, expr(sub.value()), expr(sub.slice()), a.op().symbol,
                    expr(a.value()));
        }
        if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n) {
            return new Stmts.AugAssign(line, names.load(n.id()), target(a.target()), a.op().symbol, expr(a.value()));
        }
        if (s instanceof Stmt.AnnAssign a) {
            StmtNode assign = a.value() == null ? null
                    : new Stmts.Assign(line, new Target[] {target(a.target())}, expr(a.value()));
            boolean stored = names.slots == null && a.simple() == 1; // module and class bodies keep simple names'
            ExprNode annotation = names.slots != null ? null
                    : compiler.futureAnnotations ? new Exprs.Const(PyStr.of(Annotations.text(a.annotation())))
                    : expr(a.annotation());
            return new Annotations.Variable(line, assign, stored ? ((Expr.Name) a.target()).id() : null, annotation);
        }
        if (s instanceof Stmt.If i) {
            return new Stmts.If(line, expr(i.test()), block(i.body(), line), orElse(i.orelse()));
        }
        if (s instanceof Stmt.While w) {
            return new Stmts.While(line, expr(w.test()), block(w.body(), line), orElse(w.orelse()));
        }
        if (s instanceof Stmt.For f) {
            return new Stmts.For(line, target(f.target()), expr(f.iter()), block(f.body(), line), orElse(f.orelse()));
        }
        if (s instanceof Stmt.Break) {
            return new Stmts.Jump(line, StmtNode.BREAK);
        }
        if (s instanceof Stmt.Continue) {
            return new Stmts.Jump(line, StmtNode.CONTINUE);
        }
        if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return new Stmts.Pass(line);
        }
        if (s instanceof Stmt.Return r) {
            return new Stmts.Return(line, r.value() == null ? null : expr(r.value()));
        }
        if (s instanceof Stmt.Raise r) {
            return new Stmts.Raise(line, r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
        }
        if (s instanceof Stmt.Assert a) {
            return new Stmts.Assert(line, expr(a.test()), a.msg() == null ? null : expr(a.msg()));
        }
        if (s instanceof Stmt.Delete d) {
            Target[] targets = new Target[d.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(d.targets().get(i));
            }
            return new Stmts.Delete(line, targets);
        }
        if (s instanceof Stmt.Try t) {
            return new Stmts.Try(line, block(t.body(), line), handlers(t), orElse(t.orelse()), orElse(t.finalbody()));
        }
        if (s instanceof Stmt.With w) {
            StmtNode inner = block(w.body(), line);
            for (int i = w.items().size() - 1; i >= 0; i--) {
                dev.krait.syntax.ast.WithItem item = w.items().get(i);
                inner = new WithNode(line, expr(item.contextExpr()),
                        item.optionalVars() == null ? null : target(item.optionalVars()), inner);
            }
            return inner;
        }
        if (s instanceof Stmt.Import imp) {
            StmtNode[] nodes = new StmtNode[imp.names().size()];
            for (int i = 0; i < nodes.length; i++) {
                dev.krait.syntax.ast.Alias a = imp.names().get(i);
                String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                nodes[i] = new ImportNodes.Import(line, a.name(), names.nameTarget(bound), a.asname() != null);
            }
            return nodes.length == 1 ? nodes[0] : new Stmts.Block(line, nodes);
        }
        if (s instanceof Stmt.ImportFrom imp) {
            String[] imported = new String[imp.names().size()];
            Target[] targets = new Target[imported.length];
            for (int i = 0; i < imported.length; i++) {
                dev.krait.syntax.ast.Alias a = imp.names().get(i);
                imported[i] = a.name();
                targets[i] = a.name().equals("*") ? null : names.nameTarget(a.asname() != null ? a.asname() : a.name());
            }
            return new ImportNodes.ImportFrom(line, imp.module(), imp.level(), imported, targets);
        }
        if (s instanceof Stmt.FunctionDef f) {
            return functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), line);
        }
        if (s instanceof Stmt.AsyncFunctionDef f) {
            return functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), line);
        }
        if (s instanceof Stmt.ClassDef c) {
            return new Stmts.Assign(line, new Target[] {names.nameTarget(c.name())},
                    decorate(c.decoratorList(), compiler.nested.classBody(c, line)));
        }
        throw compiler.unsupported(s.pythonName() + " statement", line);
    }

    /** {@code def} and {@code async def}: makes the function, annotates and decorates it, binds it. */
    private StmtNode functionDef(Stmt f, String name, dev.krait.syntax.ast.Arguments args, List<Stmt> body,
                                 List<Expr> decorators, Expr returns, int line) {
        Exprs.MakeFunction made = compiler.nested.makeFunction(name, args, f, body, null, line);
        if (!decorators.isEmpty()) {
            made.code.declaredLine = decorators.get(0).span().line();
        }
        ExprNode make = Annotations.annotate(made, args, returns, compiler.futureAnnotations, this::expr);
        return new Stmts.Assign(line, new Target[] {names.nameTarget(name)}, decorate(decorators, make));
    }

    private ExprNode decorate(List<Expr> decorators, ExprNode target) {
        return decorators.isEmpty() ? target : new Classes.Decorated(exprs(decorators), target);
    }
}
