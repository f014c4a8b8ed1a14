package dev.krait.syntax.ast;

/**
 * Builds an AST record from its class name and component values, for {@link AstCodec}'s
 * decoder: written out rather than found by reflection, because reflective construction
 * costs a method-handle spin-up per class that a cold JVM pays on every start (it made
 * decoding a module's AST slower than parsing it). {@code AstCodecTest} round-trips every
 * node kind of the parser corpus, so a record added to the AST without a case here fails it.
 */
final class AstConstructors {
    private AstConstructors() {}

    /** The record named {@code name} (as {@link Class#getName()} gives it, minus the package) made of {@code a}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object construct(String name, Object[] a) {
        return switch (name) {
            case "Alias" -> new Alias((String) a[0], (String) a[1], (Span) a[2]);
            case "Arg" -> new Arg((String) a[0], (Expr) a[1], (Span) a[2]);
            case "Arguments" -> new Arguments((java.util.List) a[0], (java.util.List) a[1], (Arg) a[2], (java.util.List) a[3], (java.util.List) a[4], (Arg) a[5], (java.util.List) a[6], (Span) a[7]);
            case "Comprehension" -> new Comprehension((Expr) a[0], (Expr) a[1], (java.util.List) a[2], (int) (Integer) a[3], (Span) a[4]);
            case "ExceptHandler" -> new ExceptHandler((Expr) a[0], (String) a[1], (java.util.List) a[2], (Span) a[3]);
            case "Expr$AsyncYieldFrom" -> new Expr.AsyncYieldFrom((Expr) a[0], (Span) a[1]);
            case "Expr$Attribute" -> new Expr.Attribute((Expr) a[0], (String) a[1], (ExprContext) a[2], (Span) a[3]);
            case "Expr$Await" -> new Expr.Await((Expr) a[0], (Span) a[1]);
            case "Expr$BinOp" -> new Expr.BinOp((Expr) a[0], (Operator) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$BoolOp" -> new Expr.BoolOp((BoolOperator) a[0], (java.util.List) a[1], (Span) a[2]);
            case "Expr$Call" -> new Expr.Call((Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Span) a[3]);
            case "Expr$Compare" -> new Expr.Compare((Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Span) a[3]);
            case "Expr$Constant" -> new Expr.Constant(a[0], (String) a[1], (Span) a[2]);
            case "Expr$Dict" -> new Expr.Dict((java.util.List) a[0], (java.util.List) a[1], (Span) a[2]);
            case "Expr$DictComp" -> new Expr.DictComp((Expr) a[0], (Expr) a[1], (java.util.List) a[2], (Span) a[3]);
            case "Expr$FormattedValue" -> new Expr.FormattedValue((Expr) a[0], (int) (Integer) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$GeneratorExp" -> new Expr.GeneratorExp((Expr) a[0], (java.util.List) a[1], (Span) a[2]);
            case "Expr$IfExp" -> new Expr.IfExp((Expr) a[0], (Expr) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$JoinedStr" -> new Expr.JoinedStr((java.util.List) a[0], (Span) a[1]);
            case "Expr$Lambda" -> new Expr.Lambda((Arguments) a[0], (Expr) a[1], (Span) a[2]);
            case "Expr$List" -> new Expr.List((java.util.List) a[0], (ExprContext) a[1], (Span) a[2]);
            case "Expr$ListComp" -> new Expr.ListComp((Expr) a[0], (java.util.List) a[1], (Span) a[2]);
            case "Expr$Name" -> new Expr.Name((String) a[0], (ExprContext) a[1], (Span) a[2]);
            case "Expr$NamedExpr" -> new Expr.NamedExpr((Expr) a[0], (Expr) a[1], (Span) a[2]);
            case "Expr$Set" -> new Expr.Set((java.util.List) a[0], (Span) a[1]);
            case "Expr$SetComp" -> new Expr.SetComp((Expr) a[0], (java.util.List) a[1], (Span) a[2]);
            case "Expr$Slice" -> new Expr.Slice((Expr) a[0], (Expr) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$Starred" -> new Expr.Starred((Expr) a[0], (ExprContext) a[1], (Span) a[2]);
            case "Expr$Subscript" -> new Expr.Subscript((Expr) a[0], (Expr) a[1], (ExprContext) a[2], (Span) a[3]);
            case "Expr$Tuple" -> new Expr.Tuple((java.util.List) a[0], (ExprContext) a[1], (Span) a[2]);
            case "Expr$UnaryOp" -> new Expr.UnaryOp((UnaryOperator) a[0], (Expr) a[1], (Span) a[2]);
            case "Expr$Yield" -> new Expr.Yield((Expr) a[0], (Span) a[1]);
            case "Expr$YieldFrom" -> new Expr.YieldFrom((Expr) a[0], (Span) a[1]);
            case "Keyword" -> new Keyword((String) a[0], (Expr) a[1], (Span) a[2]);
            case "Literal$Bytes" -> new Literal.Bytes((byte[]) a[0]);
            case "Literal$Imaginary" -> new Literal.Imaginary((double) (Double) a[0]);
            case "Mod$Expression" -> new Mod.Expression((Expr) a[0]);
            case "Mod$Interactive" -> new Mod.Interactive((java.util.List) a[0]);
            case "Mod$Module" -> new Mod.Module((java.util.List) a[0], (java.util.List) a[1]);
            case "Span" -> new Span((int) (Integer) a[0], (int) (Integer) a[1], (int) (Integer) a[2], (int) (Integer) a[3]);
            case "Stmt$AnnAssign" -> new Stmt.AnnAssign((Expr) a[0], (Expr) a[1], (Expr) a[2], (int) (Integer) a[3], (Span) a[4]);
            case "Stmt$Assert" -> new Stmt.Assert((Expr) a[0], (Expr) a[1], (Span) a[2]);
            case "Stmt$Assign" -> new Stmt.Assign((java.util.List) a[0], (Expr) a[1], (Span) a[2]);
            case "Stmt$AsyncFor" -> new Stmt.AsyncFor((Expr) a[0], (Expr) a[1], (java.util.List) a[2], (java.util.List) a[3], (Span) a[4]);
            case "Stmt$AsyncFunctionDef" -> new Stmt.AsyncFunctionDef((String) a[0], (Arguments) a[1], (java.util.List) a[2], (java.util.List) a[3], (Expr) a[4], (Span) a[5]);
            case "Stmt$AsyncWith" -> new Stmt.AsyncWith((java.util.List) a[0], (java.util.List) a[1], (Span) a[2]);
            case "Stmt$AugAssign" -> new Stmt.AugAssign((Expr) a[0], (Operator) a[1], (Expr) a[2], (Span) a[3]);
            case "Stmt$Break" -> new Stmt.Break((Span) a[0]);
            case "Stmt$ClassDef" -> new Stmt.ClassDef((String) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (java.util.List) a[4], (Span) a[5]);
            case "Stmt$Continue" -> new Stmt.Continue((Span) a[0]);
            case "Stmt$Delete" -> new Stmt.Delete((java.util.List) a[0], (Span) a[1]);
            case "Stmt$ExprStmt" -> new Stmt.ExprStmt((Expr) a[0], (Span) a[1]);
            case "Stmt$For" -> new Stmt.For((Expr) a[0], (Expr) a[1], (java.util.List) a[2], (java.util.List) a[3], (Span) a[4]);
            case "Stmt$FunctionDef" -> new Stmt.FunctionDef((String) a[0], (Arguments) a[1], (java.util.List) a[2], (java.util.List) a[3], (Expr) a[4], (Span) a[5]);
            case "Stmt$Global" -> new Stmt.Global((java.util.List) a[0], (Span) a[1]);
            case "Stmt$If" -> new Stmt.If((Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Span) a[3]);
            case "Stmt$Import" -> new Stmt.Import((java.util.List) a[0], (Span) a[1]);
            case "Stmt$ImportFrom" -> new Stmt.ImportFrom((String) a[0], (java.util.List) a[1], (int) (Integer) a[2], (Span) a[3]);
            case "Stmt$Nonlocal" -> new Stmt.Nonlocal((java.util.List) a[0], (Span) a[1]);
            case "Stmt$Pass" -> new Stmt.Pass((Span) a[0]);
            case "Stmt$Raise" -> new Stmt.Raise((Expr) a[0], (Expr) a[1], (Span) a[2]);
            case "Stmt$Return" -> new Stmt.Return((Expr) a[0], (Span) a[1]);
            case "Stmt$Try" -> new Stmt.Try((java.util.List) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (Span) a[4]);
            case "Stmt$While" -> new Stmt.While((Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Span) a[3]);
            case "Stmt$With" -> new Stmt.With((java.util.List) a[0], (java.util.List) a[1], (Span) a[2]);
            case "WithItem" -> new WithItem((Expr) a[0], (Expr) a[1], (Span) a[2]);
            default -> throw new IllegalStateException("no constructor for AST record " + name);
        };
    }

    /** The enum constant of {@code name} with {@code ordinal}. */
    static Object constant(String name, int ordinal) {
        return switch (name) {
            case "BoolOperator" -> BoolOperator.values()[ordinal];
            case "CmpOperator" -> CmpOperator.values()[ordinal];
            case "ExprContext" -> ExprContext.values()[ordinal];
            case "Operator" -> Operator.values()[ordinal];
            case "UnaryOperator" -> UnaryOperator.values()[ordinal];
            case "Literal$Singleton" -> Literal.Singleton.values()[ordinal];
            default -> throw new IllegalStateException("no enum " + name);
        };
    }
}
