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
        return makeFunction(name, args, node, body, lambdaBody, line, customBody, -1);
    }

    /** The kind of body a function scope has: a generator, coroutine or async generator, or 0. */
    private static int suspendKind(Scope s) {
        if (s.kind() != Scope.Kind.FUNCTION) {
            return 0;
        }
        if (s.isAsync()) {
            return s.isGenerator() ? Code.ASYNC_GENERATOR : Code.COROUTINE;
        }
        return s.isGenerator() ? Code.GENERATOR : 0;
    }

    /** {@code kind}: the body's {@link Code#suspendKind}, or -1 to take it from the scope. */
    private Exprs.MakeFunction makeFunction(String name, Arguments args, Node node, List<Stmt> body, Expr lambdaBody,
                                            int line, java.util.function.Supplier<StmtNode> customBody, int kind) {
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
        names.temps = new java.util.HashMap<>();
        names.extraSlots = 0;
        names.suspendKind = kind >= 0 ? kind : suspendKind(names.scope);
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
                : lambdaBody != null && names.suspendKind != 0
                ? compiler.statements.block(List.of(new Stmt.Return(lambdaBody, lambdaBody.span())), line)
                : lambdaBody != null ? new Stmts.Return(line, expr(lambdaBody))
                : compiler.statements.block(body, line);
        Code code = new Code(name, compiler.filename, compiledBody, names.slots.keySet().toArray(new String[0]), line,
                names.cellIndex.keySet().toArray(new String[0]), names.ownCells,
                parameterCells.stream().mapToInt(Integer::intValue).toArray());
        code.qualname = qualname(outer.scope(), name);
        code.params = spec;
        code.flags = codeFlags(names.scope, spec);
        code.suspendKind = names.suspendKind;
        code.localCount += names.extraSlots;
        if (kind > 0) {
            code.flags |= kind == Code.GENERATOR ? Code.CO_GENERATOR
                    : kind == Code.COROUTINE ? Code.CO_COROUTINE : Code.CO_ASYNC_GENERATOR;
        }
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
        if (kind == null || compiler.resumable.scan.isAsyncComprehension(node)) {
            return suspendingComprehension(name, kind, node, generators, element, value);
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

    /**
     * A generator expression ({@code kind} null), or an async comprehension: a generator,
     * async generator or coroutine function of its own scope, whose body is the comprehension's
     * loops written out as statements ({@code for}/{@code async for}, {@code if}, then
     * {@code yield} of the element or adding it to the result). It is called at once with the
     * first iterable (evaluated here, and made an iterator here as CPython does); a list, set
     * or dict comprehension's coroutine is then awaited where it stands.
     */
    private ExprNode suspendingComprehension(String name, Comprehensions.Kind kind, Expr node,
                                             List<dev.krait.syntax.ast.Comprehension> generators, Expr element,
                                             Expr value) {
        int line = node.span().line();
        dev.krait.syntax.ast.Span span = node.span();
        boolean async = compiler.resumable.scan.isAsyncComprehension(node);
        Expr.Name result = new Expr.Name(".tresult", dev.krait.syntax.ast.ExprContext.Load, span);
        List<Stmt> innermost = new ArrayList<>();
        if (kind == null) {
            innermost.add(new Stmt.ExprStmt(new Expr.Yield(element, span), span));
        } else if (kind == Comprehensions.Kind.DICT) {
            Expr.Name key = new Expr.Name(".tkey", dev.krait.syntax.ast.ExprContext.Store, span);
            innermost.add(new Stmt.Assign(List.of(key), element, span));
            innermost.add(new Stmt.Assign(List.of(new Expr.Subscript(result, key, dev.krait.syntax.ast.ExprContext.Store,
                    span)), value, span));
        } else {
            String add = kind == Comprehensions.Kind.LIST ? "append" : "add";
            innermost.add(new Stmt.ExprStmt(new Expr.Call(new Expr.Attribute(result, add,
                    dev.krait.syntax.ast.ExprContext.Load, span), List.of(element), List.of(), span), span));
        }
        List<Stmt> body = innermost;
        for (int i = generators.size() - 1; i >= 0; i--) {
            dev.krait.syntax.ast.Comprehension g = generators.get(i);
            for (int j = g.ifs().size() - 1; j >= 0; j--) {
                body = List.of(new Stmt.If(g.ifs().get(j), body, List.of(), g.ifs().get(j).span()));
            }
            Expr iter = i == 0 ? new Expr.Name(".0", dev.krait.syntax.ast.ExprContext.Load, span) : g.iter();
            body = List.of(g.isAsync() == 1 ? new Stmt.AsyncFor(g.target(), iter, body, List.of(), span)
                    : new Stmt.For(g.target(), iter, body, List.of(), span));
        }
        if (kind != null) {
            Expr empty = kind == Comprehensions.Kind.LIST ? new Expr.List(List.of(), dev.krait.syntax.ast.ExprContext.Load, span)
                    : kind == Comprehensions.Kind.DICT ? new Expr.Dict(List.of(), List.of(), span)
                    : new Expr.Set(List.of(new Expr.Starred(new Expr.Tuple(List.of(), dev.krait.syntax.ast.ExprContext.Load,
                            span), dev.krait.syntax.ast.ExprContext.Load, span)), span); // {*()}: no name to shadow
            List<Stmt> whole = new ArrayList<>();
            whole.add(new Stmt.Assign(List.of(new Expr.Name(".tresult", dev.krait.syntax.ast.ExprContext.Store, span)),
                    empty, span));
            whole.addAll(body);
            whole.add(new Stmt.Return(result, span));
            body = whole;
        }
        ExprNode first = expr(generators.get(0).iter());
        Arguments dotZero = new Arguments(List.of(), List.of(new dev.krait.syntax.ast.Arg(".0", null, span)),
                null, List.of(), List.of(), null, List.of(), span);
        int suspendKind = kind != null ? Code.COROUTINE : async ? Code.ASYNC_GENERATOR : Code.GENERATOR;
        Exprs.MakeFunction make = makeFunction(name, dotZero, node, body, null, line, null, suspendKind);
        boolean asyncFirst = generators.get(0).isAsync() == 1;
        return new Comprehensions.Call(make, new ExprNode() {
            @Override
            Object eval(Frame frame) {
                Object iterable = first.eval(frame);
                return asyncFirst ? AsyncStmts.asyncIterator(iterable) : ContainerBuiltins.iterObject(iterable);
            }
        });
    }
}
