package dev.krait.code;

import java.util.ArrayList;
import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyStr;
import dev.krait.syntax.ast.Arg;
import dev.krait.syntax.ast.Arguments;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Literal;
import dev.krait.syntax.ast.Operator;
import dev.krait.syntax.ast.Stmt;

/**
 * Function annotations: evaluated when the {@code def} runs, or — under
 * {@code from __future__ import annotations} — kept as strings, the annotation expression
 * written back as CPython's {@code ast.unparse} spells it ({@code dict[str, int]}).
 */
final class Annotations {
    private Annotations() {}

    /** True when the module's leading {@code __future__} imports name {@code annotations}. */
    static boolean importsFutureAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                for (dev.krait.syntax.ast.Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        return true;
                    }
                }
            } else if (!(s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String)) {
                return false; // future imports come first (after the docstring)
            }
        }
        return false;
    }

    /** Wraps a function-making node so that the function gets its {@code __annotations__}. */
    static ExprNode annotate(ExprNode make, Arguments args, Expr returns, boolean asStrings,
                             java.util.function.Function<Expr, ExprNode> compile) {
        List<String> names = new ArrayList<>();
        List<Expr> annotations = new ArrayList<>();
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            if (a.annotation() != null) {
                names.add(a.arg());
                annotations.add(a.annotation());
            }
        }
        if (returns != null) {
            names.add("return");
            annotations.add(returns);
        }
        if (names.isEmpty()) {
            return make;
        }
        ExprNode[] values = new ExprNode[annotations.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = asStrings ? new Exprs.Const(PyStr.of(text(annotations.get(i))))
                    : compile.apply(annotations.get(i));
        }
        return new Annotate(make, names.toArray(new String[0]), values);
    }

    /** Makes the function, then sets its {@code __annotations__} dict. */
    static final class Annotate extends ExprNode {
        private final ExprNode make;
        private final String[] names;
        private final ExprNode[] values;

        Annotate(ExprNode make, String[] names, ExprNode[] values) {
            this.make = make;
            this.names = names;
            this.values = values;
        }

        @Override
        Object eval(Frame frame) {
            Object function = make.eval(frame);
            PyDict annotations = new PyDict();
            for (int i = 0; i < names.length; i++) {
                annotations.put(names[i], values[i].eval(frame));
            }
            Ops.setAttr(function, "__annotations__", annotations);
            return function;
        }
    }

    /** Binding strength of each binary operator, as in CPython's unparser (higher binds tighter). */
    private static int precedence(Operator op) {
        return switch (op) {
            case BitOr -> 1;
            case BitXor -> 2;
            case BitAnd -> 3;
            case LShift, RShift -> 4;
            case Add, Sub -> 5;
            case Mult, MatMult, Div, Mod, FloorDiv -> 6;
            case Pow -> 8;
        };
    }

    /** The source text of an annotation expression, normalised as {@code ast.unparse} writes it. */
    static String text(Expr e) {
        return text(e, 0);
    }

    private static String text(Expr e, int context) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            return text(a.value(), 10) + "." + a.attr();
        }
        if (e instanceof Expr.Subscript s) {
            String inside = s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty() ? join(t.elts()) : text(s.slice());
            return text(s.value(), 10) + "[" + inside + "]";
        }
        if (e instanceof Expr.Tuple t) {
            return "(" + join(t.elts()) + (t.elts().size() == 1 ? ",)" : ")");
        }
        if (e instanceof Expr.List l) {
            return "[" + join(l.elts()) + "]";
        }
        if (e instanceof Expr.Constant c) {
            if (c.value() == Literal.Singleton.NONE) {
                return "None";
            }
            if (c.value() == Literal.Singleton.ELLIPSIS) {
                return "...";
            }
            if (c.value() instanceof String s) {
                return Ops.repr(PyStr.of(s));
            }
            if (c.value() instanceof Boolean || c.value() instanceof java.math.BigInteger) {
                return Ops.repr(c.value() instanceof java.math.BigInteger b
                        ? dev.krait.runtime.Arithmetic.normalize(b) : c.value());
            }
            if (c.value() instanceof Double) {
                return Ops.repr(c.value());
            }
        }
        if (e instanceof Expr.BinOp b) {
            int p = precedence(b.op());
            // Left-associative: the right operand needs parentheses at equal strength (** is the reverse).
            boolean rightAssoc = b.op() == Operator.Pow;
            String s = text(b.left(), rightAssoc ? p + 1 : p) + " " + b.op().symbol + " "
                    + text(b.right(), rightAssoc ? p : p + 1);
            return p < context ? "(" + s + ")" : s;
        }
        if (e instanceof Expr.UnaryOp u) {
            boolean not = u.op() == dev.krait.syntax.ast.UnaryOperator.Not;
            int p = not ? 0 : 7; // 'not' binds loosely; -x, +x, ~x bind tighter than * but looser than **
            String sign = switch (u.op()) {
                case Not -> "not ";
                case USub -> "-";
                case UAdd -> "+";
                case Invert -> "~";
            };
            String s = sign + text(u.operand(), p);
            return p < context ? "(" + s + ")" : s;
        }
        if (e instanceof Expr.Call call) {
            StringBuilder s = new StringBuilder(text(call.func(), 10)).append('(');
            String sep = "";
            for (Expr a : call.args()) {
                s.append(sep).append(text(a));
                sep = ", ";
            }
            for (Keyword k : call.keywords()) {
                s.append(sep).append(k.arg() == null ? "**" : k.arg() + "=").append(text(k.value()));
                sep = ", ";
            }
            return s.append(')').toString();
        }
        throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot keep a " + e.pythonName()
                + " annotation as a string yet (line " + e.span().line() + ")");
    }

    private static String join(List<Expr> elts) {
        StringBuilder s = new StringBuilder();
        for (Expr x : elts) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(text(x));
        }
        return s.toString();
    }

    /**
     * {@code target: annotation [= value]}: the assignment if there is a value; in module and
     * class bodies the annotation is evaluated (or kept as text under
     * {@code from __future__ import annotations}), and for a simple name stored in the
     * namespace's {@code __annotations__} dict, made on first use. In functions annotations of
     * variables are never evaluated, as in CPython.
     */
    static final class Variable extends StmtNode {
        final StmtNode assign;
        /** The name to record, or null (not a simple name, or inside a function). */
        final String name;
        /** The annotation to evaluate, or null inside a function. */
        final ExprNode annotation;

        Variable(int line, StmtNode assign, String name, ExprNode annotation) {
            super(line);
            this.assign = assign;
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        int exec(Frame frame) {
            if (assign != null) {
                assign.exec(frame);
            }
            if (annotation == null) {
                return NORMAL;
            }
            Object value = annotation.eval(frame);
            if (name != null) {
                Object annotations = frame.namespace != null ? frame.namespace.get("__annotations__")
                        : frame.globals.get("__annotations__");
                if (annotations == null) {
                    annotations = new dev.krait.runtime.PyDict();
                    if (frame.namespace != null) {
                        frame.namespace.put("__annotations__", annotations);
                    } else {
                        frame.globals.put("__annotations__", annotations);
                    }
                }
                dev.krait.runtime.Ops.setItem(annotations, dev.krait.runtime.PyStr.of(name), value);
            }
            return NORMAL;
        }
    }
}
