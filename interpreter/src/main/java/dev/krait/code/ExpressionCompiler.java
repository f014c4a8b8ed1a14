package dev.krait.code;

import java.util.ArrayList;
import java.util.List;

import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.syntax.ast.CmpOperator;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Literal;
import dev.krait.syntax.ast.UnaryOperator;
import dev.krait.syntax.scope.Scope;

/**
 * The expression half of the {@link Compiler}: one executable node per expression
 * ({@code Exprs}, {@code ContainerExprs}, {@code StarCall}, ...), with constants made into
 * runtime values and the calls that need their frame ({@code locals()}, {@code exec},
 * zero-argument {@code super()}) recognised. Lambdas and comprehensions are handed to
 * {@link NestedScopeCompiler}.
 */
final class ExpressionCompiler {
    private final Compiler compiler;
    private final NameCompiler names;

    ExpressionCompiler(Compiler compiler) {
        this.compiler = compiler;
        this.names = compiler.names;
    }

    /** Dict and set displays, displays with {@code *} unpacking, slices; null for other expressions. */
    private ExprNode containerExpr(Expr e) {
        if (e instanceof Expr.Dict d) {
            ExprNode[] keys = new ExprNode[d.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
            }
            return new ContainerExprs.DictDisplay(keys, exprs(d.values()));
        }
        List<Expr> elts = e instanceof Expr.Set s ? s.elts() : e instanceof Expr.List l ? l.elts()
                : e instanceof Expr.Tuple t ? t.elts() : null;
        if (elts != null) {
            boolean[] starred = new boolean[elts.size()];
            boolean any = false;
            boolean constant = true;
            ExprNode[] items = new ExprNode[elts.size()];
            for (int i = 0; i < items.length; i++) {
                Expr elt = elts.get(i);
                constant &= elt instanceof Expr.Constant
                        || elt instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant;
                if (elt instanceof Expr.Starred st) {
                    starred[i] = true;
                    any = true;
                    elt = st.value();
                }
                items[i] = expr(elt);
            }
            if (e instanceof Expr.Set) {
                return new ContainerExprs.SetDisplay(items, any ? starred : null, constant && items.length > 2);
            }
            return any ? new ContainerExprs.StarredDisplay(items, starred, e instanceof Expr.Tuple) : null;
        }
        if (e instanceof Expr.Slice s) {
            return new ContainerExprs.SliceNode(s.lower() == null ? null : expr(s.lower()),
                    s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
        }
        if (e instanceof Expr.Subscript s && s.slice() instanceof Expr.Slice) {
            return new Exprs.Subscript(expr(s.value()), expr(s.slice()));
        }
        return null;
    }

    ExprNode[] exprs(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    /**
     * Compiles {@code e}; when it starts on another line than the code around it (a statement
     * spanning lines), its node first moves the frame's line there, so that a traceback
     * names the line of the part that failed, as CPython's does.
     */
    ExprNode expr(Expr e) {
        int line = e.span().line();
        if (compiler.lineContext == 0 || line == compiler.lineContext) {
            return compileExpr(e);
        }
        int outer = compiler.lineContext;
        compiler.lineContext = line;
        try {
            return new LineMark(line, compileExpr(e));
        } finally {
            compiler.lineContext = outer;
        }
    }

    private ExprNode compileExpr(Expr e) {
        if (e instanceof Expr.Constant c) {
            return new Exprs.Const(constant(c.value(), e));
        }
        if (e instanceof Expr.Name n) {
            return names.load(n.id());
        }
        if (e instanceof Expr.BinOp b) {
            return OperatorNodes.binary(b.op().symbol, expr(b.left()), expr(b.right()));
        }
        if (e instanceof Expr.UnaryOp u) {
            String op = u.op() == UnaryOperator.USub ? "-" : u.op() == UnaryOperator.UAdd ? "+"
                    : u.op() == UnaryOperator.Invert ? "~" : "not";
            return new OperatorNodes.Unary(op, expr(u.operand()));
        }
        if (e instanceof Expr.BoolOp b) {
            return new OperatorNodes.BoolOp(b.op() == dev.krait.syntax.ast.BoolOperator.And, exprs(b.values()));
        }
        if (e instanceof Expr.Compare c) {
            String[] ops = new String[c.ops().size()];
            for (int i = 0; i < ops.length; i++) {
                ops[i] = symbol(c.ops().get(i));
            }
            return OperatorNodes.compare(expr(c.left()), ops, exprs(c.comparators()));
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
            if (call.func() instanceof Expr.Name n && all.isEmpty() && names.isBuiltinName(n.id())
                    && (n.id().equals("locals") || n.id().equals("dir") || n.id().equals("vars"))) {
                return new FrameIntrospection(n.id(), names.slots == null ? null : names.slots.keySet().toArray(new String[0]),
                        names.cellIndex.keySet().toArray(new String[0]));
            }
            if (call.func() instanceof Expr.Name n && kwnames.length == 0 && names.isBuiltinName(n.id())
                    && (n.id().equals("exec") || n.id().equals("eval") || n.id().equals("globals"))) {
                return new ExecSupport.FrameCall(n.id(), exprs(all), names.slots == null ? null
                        : names.slots.keySet().toArray(new String[0]), names.cellIndex.keySet().toArray(new String[0]));
            }
            if (call.func() instanceof Expr.Name n && n.id().equals("super") && all.isEmpty() && names.slots != null
                    && names.scope.parent() != null && names.scope.parent().kind() == Scope.Kind.CLASS && !names.slots.isEmpty()) {
                return new Classes.ZeroArgSuper(names.load(names.slots.keySet().iterator().next()));
            }
            if (call.func() instanceof Expr.Attribute a) {
                return new Exprs.CallMethod(expr(a.value()), a.attr(), exprs(all), kwnames);
            }
            return new Exprs.Call(expr(call.func()), exprs(all), kwnames);
        }
        if (e instanceof Expr.Call call) {
            List<StarCall.Part> parts = new ArrayList<>();
            for (Expr a : call.args()) {
                boolean star = a instanceof Expr.Starred;
                parts.add(new StarCall.Part(expr(star ? ((Expr.Starred) a).value() : a), star, null, false));
            }
            for (Keyword k : call.keywords()) {
                parts.add(new StarCall.Part(expr(k.value()), false, k.arg(), k.arg() == null));
            }
            return new StarCall(expr(call.func()), parts.toArray(new StarCall.Part[0]));
        }
        if (e instanceof Expr.Attribute a) {
            return new Exprs.GetAttr(expr(a.value()), a.attr());
        }
        if (e instanceof Expr.NamedExpr n) {
            Target t = names.nameTarget(((Expr.Name) n.target()).id());
            ExprNode value = expr(n.value());
            return new ExprNode() {
                @Override
                Object eval(Frame frame) {
                    Object v = value.eval(frame);
                    t.assign(frame, v);
                    return v;
                }
            };
        }
        if (e instanceof Expr.Lambda l) {
            return compiler.nested.makeFunction("<lambda>", l.args(), l, null, l.body(), e.span().line());
        }
        if (e instanceof Expr.GeneratorExp g) {
            return compiler.nested.comprehension("<genexpr>", null, g, g.generators(), g.elt(), null);
        }
        if (e instanceof Expr.ListComp c) {
            return compiler.nested.comprehension("<listcomp>", Comprehensions.Kind.LIST, c, c.generators(), c.elt(), null);
        }
        if (e instanceof Expr.SetComp c) {
            return compiler.nested.comprehension("<setcomp>", Comprehensions.Kind.SET, c, c.generators(), c.elt(), null);
        }
        if (e instanceof Expr.DictComp c) {
            return compiler.nested.comprehension("<dictcomp>", Comprehensions.Kind.DICT, c, c.generators(), c.key(), c.value());
        }
        ExprNode container = containerExpr(e);
        if (container != null) {
            return container;
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
        throw compiler.unsupported(e.pythonName() + " expression", e.span().line());
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
        ExprNode[] specs = new ExprNode[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Expr v = j.values().get(i);
            if (v instanceof Expr.FormattedValue f) {
                parts[i] = expr(f.value());
                conversions[i] = f.conversion();
                specs[i] = f.formatSpec() == null ? null : expr(f.formatSpec());
            } else {
                parts[i] = expr(v);
                conversions[i] = 0;
            }
        }
        return new Exprs.FString(parts, conversions, specs);
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
        if (value instanceof Literal.Imaginary i) {
            return new dev.krait.runtime.PyComplex(0.0, i.imag());
        }
        if (value instanceof Literal.Bytes b) {
            return dev.krait.runtime.PyBytes.wrap(b.value().clone());
        }
        throw compiler.unsupported(value.getClass().getSimpleName() + " literals", at.span().line());
    }
}
