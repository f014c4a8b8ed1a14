package dev.krait.code;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.syntax.ast.Arguments;
import dev.krait.syntax.ast.CmpOperator;
import dev.krait.syntax.ast.ExceptHandler;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Literal;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.ast.UnaryOperator;
import dev.krait.syntax.scope.Scope;

/**
 * Turns a checked AST into executable nodes, with every name resolved to a local slot or
 * a global. Constructs the evaluator does not run yet are refused here, before anything
 * runs, with a {@code NotImplementedError} that names the construct and its line.
 */
public final class Compiler {
    private final String filename;
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private Scope scope;
    private Map<String, Integer> slots;

    private Compiler(String filename, Scope top) {
        this.filename = filename;
        index(top);
    }

    private void index(Scope s) {
        scopes.put(s.node(), s);
        for (Scope child : s.children()) {
            index(child);
        }
    }

    /** Compiles a module whose scope tree {@code top} came from the compile-time checks. */
    public static Code compileModule(Mod.Module module, Scope top, String filename) {
        Compiler c = new Compiler(filename, top);
        c.scope = top;
        c.slots = null;
        StmtNode body = c.block(module.body(), 1);
        return new Code("<module>", filename, body, new String[0], 1);
    }

    // ---- statements ----

    private StmtNode block(List<Stmt> body, int line) {
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(body.get(i));
        }
        return new Stmts.Block(line, nodes);
    }

    private StmtNode orElse(List<Stmt> body) {
        return body.isEmpty() ? null : block(body, body.get(0).span().line());
    }

    private StmtNode statement(Stmt s) {
        int line = s.span().line();
        if (s instanceof Stmt.ExprStmt e) {
            return new Stmts.ExprStmt(line, expr(e.value()));
        }
        if (s instanceof Stmt.Assign a) {
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return new Stmts.Assign(line, targets, expr(a.value()));
        }
        if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n) {
            return new Stmts.AugAssign(line, load(n.id()), target(a.target()), a.op().symbol, expr(a.value()));
        }
        if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name) {
            return a.value() == null ? new Stmts.Pass(line)
                    : new Stmts.Assign(line, new Target[] {target(a.target())}, expr(a.value()));
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
        if (s instanceof Stmt.Pass || s instanceof Stmt.Global) {
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
            Stmts.Handler[] handlers = new Stmts.Handler[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                ExceptHandler h = t.handlers().get(i);
                handlers[i] = new Stmts.Handler(h.type() == null ? null : expr(h.type()),
                        h.name() == null ? null : nameTarget(h.name()), block(h.body(), h.span().line()));
            }
            return new Stmts.Try(line, block(t.body(), line), handlers, orElse(t.orelse()), orElse(t.finalbody()));
        }
        if (s instanceof Stmt.FunctionDef f && f.decoratorList().isEmpty()) {
            return function(f, line);
        }
        throw unsupported(s.pythonName() + " statement", line);
    }

    private StmtNode function(Stmt.FunctionDef f, int line) {
        Arguments args = f.args();
        if (!args.posonlyargs().isEmpty() || args.vararg() != null || !args.kwonlyargs().isEmpty()
                || args.kwarg() != null) {
            throw unsupported("this kind of parameter list", line);
        }
        ExprNode[] defaults = new ExprNode[args.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expr(args.defaults().get(i));
        }
        Scope outerScope = scope;
        Map<String, Integer> outerSlots = slots;
        scope = scopes.get(f);
        slots = new LinkedHashMap<>();
        String[] params = new String[args.args().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = args.args().get(i).arg();
            slots.put(params[i], i);
        }
        for (Map.Entry<String, Integer> symbol : scope.symbols().entrySet()) {
            int flags = symbol.getValue();
            if ((flags & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT)) != 0
                    && (flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) == 0) {
                slots.putIfAbsent(symbol.getKey(), slots.size());
            }
        }
        if (!scope.children().isEmpty()) {
            throw unsupported("nested functions, classes, lambdas and comprehensions", line);
        }
        StmtNode body = block(f.body(), line);
        Code code = new Code(f.name(), filename, body, slots.keySet().toArray(new String[0]), line);
        scope = outerScope;
        slots = outerSlots;
        return new Stmts.FunctionDef(line, code, nameTarget(f.name()), defaults, params);
    }

    // ---- names and targets ----

    private ExprNode load(String name) {
        Integer slot = slots == null ? null : slots.get(name);
        return slot != null ? new Exprs.LocalLoad(slot, name) : new Exprs.GlobalLoad(name);
    }

    private Target nameTarget(String name) {
        Integer slot = slots == null ? null : slots.get(name);
        return slot != null ? new Target.Local(slot, name) : new Target.Global(name);
    }

    private Target target(Expr e) {
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
        throw unsupported("assignment to " + e.pythonName(), e.span().line());
    }

    // ---- expressions ----

    private ExprNode[] exprs(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private ExprNode expr(Expr e) {
        if (e instanceof Expr.Constant c) {
            return new Exprs.Const(constant(c.value(), e));
        }
        if (e instanceof Expr.Name n) {
            return load(n.id());
        }
        if (e instanceof Expr.BinOp b) {
            return new Exprs.Binary(b.op().symbol, expr(b.left()), expr(b.right()));
        }
        if (e instanceof Expr.UnaryOp u) {
            String op = u.op() == UnaryOperator.USub ? "-" : u.op() == UnaryOperator.UAdd ? "+"
                    : u.op() == UnaryOperator.Invert ? "~" : "not";
            return new Exprs.Unary(op, expr(u.operand()));
        }
        if (e instanceof Expr.BoolOp b) {
            return new Exprs.BoolOp(b.op() == dev.krait.syntax.ast.BoolOperator.And, exprs(b.values()));
        }
        if (e instanceof Expr.Compare c) {
            String[] ops = new String[c.ops().size()];
            for (int i = 0; i < ops.length; i++) {
                ops[i] = symbol(c.ops().get(i));
            }
            return new Exprs.Compare(expr(c.left()), ops, exprs(c.comparators()));
        }
        if (e instanceof Expr.IfExp i) {
            return new Exprs.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()));
        }
        if (e instanceof Expr.Call call && noStars(call)) {
            List<Expr> all = new ArrayList<>(call.args());
            String[] kwnames = new String[call.keywords().size()];
            for (int i = 0; i < kwnames.length; i++) {
                Keyword k = call.keywords().get(i);
                kwnames[i] = k.arg();
                all.add(k.value());
            }
            return new Exprs.Call(expr(call.func()), exprs(all), kwnames);
        }
        if (e instanceof Expr.List l) {
            return new Exprs.ListDisplay(exprs(l.elts()));
        }
        if (e instanceof Expr.Tuple t) {
            return new Exprs.TupleDisplay(exprs(t.elts()));
        }
        if (e instanceof Expr.Subscript s && !(s.slice() instanceof Expr.Slice)) {
            return new Exprs.Subscript(expr(s.value()), expr(s.slice()));
        }
        if (e instanceof Expr.JoinedStr j) {
            return fstring(j);
        }
        throw unsupported(e.pythonName() + " expression", e.span().line());
    }

    private boolean noStars(Expr.Call call) {
        for (Expr a : call.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : call.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        return true;
    }

    private ExprNode fstring(Expr.JoinedStr j) {
        ExprNode[] parts = new ExprNode[j.values().size()];
        int[] conversions = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Expr v = j.values().get(i);
            if (v instanceof Expr.FormattedValue f) {
                if (f.formatSpec() != null || f.conversion() == 'a') {
                    throw unsupported("f-string format specs", j.span().line());
                }
                parts[i] = expr(f.value());
                conversions[i] = f.conversion();
            } else {
                parts[i] = expr(v);
                conversions[i] = 's';
            }
        }
        return new Exprs.FString(parts, conversions);
    }

    private static String symbol(CmpOperator op) {
        return switch (op) {
            case Eq -> "==";
            case NotEq -> "!=";
            case Lt -> "<";
            case LtE -> "<=";
            case Gt -> ">";
            case GtE -> ">=";
            case Is -> "is";
            case IsNot -> "is not";
            case In -> "in";
            case NotIn -> "not in";
        };
    }

    private Object constant(Object value, Expr at) {
        if (value instanceof String s) {
            return PyStr.of(s);
        }
        if (value instanceof java.math.BigInteger b) {
            return dev.krait.runtime.Arithmetic.normalize(b);
        }
        if (value == Literal.Singleton.NONE) {
            return PyNone.NONE;
        }
        if (value == Literal.Singleton.ELLIPSIS) {
            return PyNone.ELLIPSIS;
        }
        if (value instanceof Double || value instanceof Boolean) {
            return value;
        }
        throw unsupported(value.getClass().getSimpleName() + " literals", at.span().line());
    }

    private PyException unsupported(String what, int line) {
        return Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "Krait cannot run " + what + " yet (" + filename + ", line " + line + ")");
    }
}
