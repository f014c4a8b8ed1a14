package dev.krait.syntax.ast;

/** Python's {@code ast.operator}: the binary operators. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"),
    RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    /** The operator as written, e.g. {@code "//"}. */
    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator spelled {@code symbol}, or null. */
    public static Operator bySymbol(String symbol) {
        for (Operator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
