package dev.krait.syntax.parse;

import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Literal;

/** How CPython's error messages name a kind of expression ("cannot assign to function call"). */
final class ExprNames {
    private ExprNames() {}

    static String describe(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Literal.Singleton.NONE) {
                return "None";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v == Literal.Singleton.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.AsyncYieldFrom) {
            return "yield expression";
        }
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }
}
