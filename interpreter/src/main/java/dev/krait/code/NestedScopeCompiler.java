package dev.krait.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.syntax.ast.Arguments;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.scope.Scope;

/**
 * The part of the {@link Compiler} for constructs that compile into a code object of their
 * own scope: {@code def} and {@code lambda} functions, class bodies and comprehensions. Each
 * one switches {@link NameCompiler}'s current scope to its own (locals, cells, free
 * variables), compiles its body there, and switches back, wiring its closure to the
 * enclosing code's cells.
 */
final class NestedScopeCompiler {
    private final Compiler compiler;
    private final NameCompiler names;

    NestedScopeCompiler(Compiler compiler) {
        this.compiler = compiler;
        this.names = compiler.names;
    }

    private ExprNode expr(Expr e) {
        return compiler.expressions.expr(e);
    }

    private Target target(Expr e) {
        return names.target(e);
    }

    /** A class body: its names live in the class namespace; it passes closure cells to its methods. */
    ExprNode classBody(Stmt.ClassDef c, int line) {
        ExprNode[] bases = compiler.expressions.exprs(c.bases());
        String qualname = qualname(names.scope, c.name());
        String doc = c.body().get(0) instanceof Stmt.ExprStmt first && first.value() instanceof Expr.Constant k
                && k.value() instanceof String text ? text : null;
        String[] kwnames = new String[c.keywords().size()];
        ExprNode[] kwvalues = new ExprNode[kwnames.length];
        for (int i = 0; i < kwnames.length; i++) {
            Keyword k = c.keywords().get(i);
            if (k.arg() == null) {
                throw compiler.unsupported("**mapping among class keywords", line);
            }
            kwnames[i] = k.arg();
            kwvalues[i] = expr(k.value());
        }
        NameCompiler.Saved outer = names.save();
        names.scope = compiler.scopes.get(c);
        List<String> freeVars = compiler.closures.freeVars(names.scope);
        names.cellIndex = new LinkedHashMap<>();
        names.ownCells = 0;
        for (String v : freeVars) {
            names.cellIndex.put(v, names.cellIndex.size());
        }
        names.slots = null;
        StmtNode body = compiler.statements.bodyWithDoc(c.body(), line);
        Code code = new Code(c.name(), compiler.filename, body, new String[0], line,
                names.cellIndex.keySet().toArray(new String[0]), 0, new int[0]);
        names.restore(outer);
        int[] closure = new int[freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = names.cellIndex.get(freeVars.get(i));
        }
        return new Classes.MakeClass(c.name(), qualname, doc, bases, kwnames, kwvalues, code, closure);
    }

    /**
     * Compiles a function body ({@code def} statements, or a {@code lambda}'s expression) in
     * its own scope: parameters and other bound names get local slots, names shared with
     * nested functions get cells, and the closure is wired to the enclosing frame's cells.
     */
    Exprs.MakeFunction makeFunction(String name, Arguments args, Node node, List<Stmt> body, Expr lambdaBody,
                                    int line) {
        return makeFunction(name, args, node, body, lambdaBody, line, null);
    }

    private Exprs.MakeFunction makeFunction(String name, Arguments args, Node node, List<Stmt> body, Expr lambdaBody,
                                            int line, java.util.function.Supplier<StmtNode> customBody) {
        ExprNode[] defaults = new ExprNode[args.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expr(args.defaults().get(i));
        }
        ExprNode[] kwDefaults = new ExprNode[args.kwDefaults().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expr(d);
        }
        List<String> order = new ArrayList<>();
        args.posonlyargs().forEach(a -> order.add(a.arg()));
        args.args().forEach(a -> order.add(a.arg()));
        args.kwonlyargs().forEach(a -> order.add(a.arg()));
        if (args.vararg() != null) {
            order.add(args.vararg().arg());
        }
        if (args.kwarg() != null) {
            order.add(args.kwarg().arg());
        }
        ParamSpec spec = new ParamSpec(order.toArray(new String[0]), args.posonlyargs().size(),
                args.posonlyargs().size() + args.args().size(), args.kwonlyargs().size(), args.vararg() != null,
                args.kwarg() != null);
        NameCompiler.Saved outer = names.save();
        names.scope = compiler.scopes.get(node);
        List<String> cellVars = compiler.closures.cellVars(names.scope);
        List<String> freeVars = compiler.closures.freeVars(names.scope);
        names.cellIndex = new LinkedHashMap<>();
        for (String v : cellVars) {
            names.cellIndex.put(v, names.cellIndex.size());
        }
        names.ownCells = names.cellIndex.size();
        for (String v : freeVars) {
            names.cellIndex.putIfAbsent(v, names.cellIndex.size());
        }
        names.slots = new LinkedHashMap<>();
        String[] params = spec.names;
        List<Integer> parameterCells = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            names.slots.put(params[i], i);
            Integer cell = names.cellIndex.get(params[i]);
            if (cell != null && cell < names.ownCells) {
                parameterCells.add(i);
                parameterCells.add(cell);
            }
        }
        for (Map.Entry<String, Integer> symbol : names.scope.symbols().entrySet()) {
            int flags = symbol.getValue();
            if ((flags & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT)) != 0
                    && (flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) == 0
                    && !names.cellIndex.containsKey(symbol.getKey())) {
                names.slots.putIfAbsent(symbol.getKey(), names.slots.size());
            }
        }
        StmtNode compiledBody = customBody != null ? customBody.get()
                : lambdaBody != null ? new Stmts.Return(line, expr(lambdaBody))
                : compiler.statements.block(body, line);
        Code code = new Code(name, compiler.filename, compiledBody, names.slots.keySet().toArray(new String[0]), line,
                names.cellIndex.keySet().toArray(new String[0]), names.ownCells,
                parameterCells.stream().mapToInt(Integer::intValue).toArray());
        code.qualname = qualname(outer.scope(), name);
        code.params = spec;
        code.flags = codeFlags(names.scope, spec);
        if (body != null && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt first
                && first.value() instanceof Expr.Constant c && c.value() instanceof String doc) {
            code.doc = doc;
        }
        names.restore(outer);
        int[] closure = new int[freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = names.cellIndex.get(freeVars.get(i)); // the enclosing code has it as a cell or free var
        }
        return new Exprs.MakeFunction(code, defaults, kwDefaults, spec, closure);
    }

    /** CPython's {@code co_flags} for a function-like scope with parameters {@code spec}. */
    private static int codeFlags(Scope s, ParamSpec spec) {
        int flags = Code.CO_OPTIMIZED | Code.CO_NEWLOCALS;
        if (spec.varargs) {
            flags |= Code.CO_VARARGS;
        }
        if (spec.varkw) {
            flags |= Code.CO_VARKEYWORDS;
        }
        for (Scope p = s.parent(); p != null; p = p.parent()) {
            if (p.kind() == Scope.Kind.FUNCTION || p.kind() == Scope.Kind.COMPREHENSION) {
                flags |= Code.CO_NESTED;
                break;
            }
        }
        if (s.isAsync()) {
            flags |= s.isGenerator() ? Code.CO_ASYNC_GENERATOR : Code.CO_COROUTINE;
        } else if (s.isGenerator()) {
            flags |= Code.CO_GENERATOR;
        }
        return flags;
    }

    /** Python's {@code __qualname__}: the path of enclosing classes and functions. */
    private String qualname(Scope enclosing, String name) {
        StringBuilder prefix = new StringBuilder();
        for (Scope s = enclosing; s != null && s.kind() != Scope.Kind.MODULE; s = s.parent()) {
            String part = s.kind() == Scope.Kind.CLASS ? s.name() + "." : s.name() + ".<locals>.";
            prefix.insert(0, part);
        }
        return prefix + name;
    }

    /**
     * A comprehension: a function of its own scope whose only parameter, {@code .0}, is the
     * first iterable, evaluated in the enclosing scope.
     */
    ExprNode comprehension(String name, Comprehensions.Kind kind, Expr node,
                           List<dev.krait.syntax.ast.Comprehension> generators, Expr element, Expr value) {
        int line = node.span().line();
        for (dev.krait.syntax.ast.Comprehension g : generators) {
            if (g.isAsync() == 1) {
                throw compiler.unsupported("async comprehensions", line);
            }
        }
        ExprNode first = expr(generators.get(0).iter());
        Arguments dotZero = new Arguments(List.of(), List.of(new dev.krait.syntax.ast.Arg(".0", null, node.span())),
                null, List.of(), List.of(), null, List.of(), node.span());
        Exprs.MakeFunction make = makeFunction(name, dotZero, node, null, null, line, () -> {
            Comprehensions.Clause[] clauses = new Comprehensions.Clause[generators.size()];
            for (int i = 0; i < clauses.length; i++) {
                dev.krait.syntax.ast.Comprehension g = generators.get(i);
                clauses[i] = new Comprehensions.Clause(target(g.target()), i == 0 ? names.load(".0") : expr(g.iter()),
                        compiler.expressions.exprs(g.ifs()));
            }
            return new Comprehensions.Body(line, kind, clauses, expr(element), value == null ? null : expr(value));
        });
        return new Comprehensions.Call(make, first);
    }
}
