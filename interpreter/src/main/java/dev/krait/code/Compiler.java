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
    private ClosureAnalysis closures;
    /** Cell index by name in the function being compiled (own cells first, then free variables). */
    private Map<String, Integer> cellIndex = Map.of();
    private int ownCells;
    /** The line the frame is at while the code being compiled runs: its statement's, or an enclosing expression's. */
    private int lineContext;
    /** Module-level names live in the frame's namespace ({@code exec} with separate locals). */
    private boolean namesInNamespace;
    /** {@code compile(..., 'single')}: top-level expression statements echo their value. */
    private boolean interactive;
    /** {@code from __future__ import annotations}: annotations are kept as their source text. */
    private boolean futureAnnotations;

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
        c.closures = new ClosureAnalysis(top);
        c.scope = top;
        c.slots = null;
        c.futureAnnotations = Annotations.importsFutureAnnotations(module.body());
        StmtNode body = c.bodyWithDoc(module.body(), 1);
        return new Code("<module>", filename, body, new String[0], 1);
    }

    /**
     * Compiles code for {@code exec}/{@code eval}/{@code compile} (see {@link ExecSupport}):
     * an {@code eval} body is its one expression, returned.
     */
    static Code compileForExec(Mod.Module module, Scope top, String filename, boolean namesInNamespace,
                               boolean interactive, boolean evalMode, boolean futureAnnotations) {
        Compiler c = new Compiler(filename, top);
        c.closures = new ClosureAnalysis(top);
        c.scope = top;
        c.slots = null;
        c.namesInNamespace = namesInNamespace;
        c.interactive = interactive;
        c.futureAnnotations = futureAnnotations || Annotations.importsFutureAnnotations(module.body());
        StmtNode body;
        if (evalMode) {
            Expr e = ((Stmt.ExprStmt) module.body().get(0)).value();
            body = new Stmts.Return(e.span().line(), c.expr(e));
        } else {
            body = interactive ? c.block(module.body(), 1) : c.bodyWithDoc(module.body(), 1);
        }
        return new Code("<module>", filename, body, new String[0], 1);
    }

    /** A module's or class's statements; a leading string literal is its docstring, bound to {@code __doc__}. */
    private StmtNode bodyWithDoc(List<Stmt> body, int line) {
        StmtNode block = block(body, line);
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt first
                && first.value() instanceof Expr.Constant c && c.value() instanceof String doc) {
            StmtNode[] nodes = ((Stmts.Block) block).body;
            nodes[0] = new Stmts.Assign(first.span().line(), new Target[] {nameTarget("__doc__")},
                    new Exprs.Const(PyStr.of(doc)));
        }
        return block;
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
        int outer = lineContext;
        lineContext = s.span().line();
        try {
            return compileStatement(s);
        } finally {
            lineContext = outer;
        }
    }

    private StmtNode compileStatement(Stmt s) {
        int line = s.span().line();
        if (s instanceof Stmt.ExprStmt e) {
            ExprNode value = expr(e.value());
            return new Stmts.ExprStmt(line, interactive && scope.kind() == Scope.Kind.MODULE
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
            return new Stmts.AugAssign(line, load(n.id()), target(a.target()), a.op().symbol, expr(a.value()));
        }
        if (s instanceof Stmt.AnnAssign a) {
            StmtNode assign = a.value() == null ? null
                    : new Stmts.Assign(line, new Target[] {target(a.target())}, expr(a.value()));
            boolean stored = slots == null && a.simple() == 1; // module and class bodies keep simple names'
            ExprNode annotation = slots != null ? null
                    : futureAnnotations ? new Exprs.Const(PyStr.of(Annotations.text(a.annotation())))
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
            Stmts.Handler[] handlers = new Stmts.Handler[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                ExceptHandler h = t.handlers().get(i);
                handlers[i] = new Stmts.Handler(h.type() == null ? null : expr(h.type()),
                        h.name() == null ? null : nameTarget(h.name()), block(h.body(), h.span().line()));
            }
            return new Stmts.Try(line, block(t.body(), line), handlers, orElse(t.orelse()), orElse(t.finalbody()));
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
                nodes[i] = new ImportNodes.Import(line, a.name(), nameTarget(bound), a.asname() != null);
            }
            return nodes.length == 1 ? nodes[0] : new Stmts.Block(line, nodes);
        }
        if (s instanceof Stmt.ImportFrom imp) {
            String[] names = new String[imp.names().size()];
            Target[] targets = new Target[names.length];
            for (int i = 0; i < names.length; i++) {
                dev.krait.syntax.ast.Alias a = imp.names().get(i);
                names[i] = a.name();
                targets[i] = a.name().equals("*") ? null : nameTarget(a.asname() != null ? a.asname() : a.name());
            }
            return new ImportNodes.ImportFrom(line, imp.module(), imp.level(), names, targets);
        }
        if (s instanceof Stmt.FunctionDef f) {
            Exprs.MakeFunction made = makeFunction(f.name(), f.args(), f, f.body(), null, line);
            if (!f.decoratorList().isEmpty()) {
                made.code.declaredLine = f.decoratorList().get(0).span().line();
            }
            ExprNode make = Annotations.annotate(made, f.args(), f.returns(), futureAnnotations, this::expr);
            return new Stmts.Assign(line, new Target[] {nameTarget(f.name())}, decorate(f.decoratorList(), make));
        }
        if (s instanceof Stmt.ClassDef c) {
            return new Stmts.Assign(line, new Target[] {nameTarget(c.name())},
                    decorate(c.decoratorList(), classBody(c, line)));
        }
        throw unsupported(s.pythonName() + " statement", line);
    }

    private ExprNode decorate(List<Expr> decorators, ExprNode target) {
        return decorators.isEmpty() ? target : new Classes.Decorated(exprs(decorators), target);
    }

    /** A class body: its names live in the class namespace; it passes closure cells to its methods. */
    private ExprNode classBody(Stmt.ClassDef c, int line) {
        ExprNode[] bases = exprs(c.bases());
        String qualname = qualname(scope, c.name());
        String doc = c.body().get(0) instanceof Stmt.ExprStmt first && first.value() instanceof Expr.Constant k
                && k.value() instanceof String text ? text : null;
        String[] kwnames = new String[c.keywords().size()];
        ExprNode[] kwvalues = new ExprNode[kwnames.length];
        for (int i = 0; i < kwnames.length; i++) {
            Keyword k = c.keywords().get(i);
            if (k.arg() == null) {
                throw unsupported("**mapping among class keywords", line);
            }
            kwnames[i] = k.arg();
            kwvalues[i] = expr(k.value());
        }
        Scope outerScope = scope;
        Map<String, Integer> outerSlots = slots;
        Map<String, Integer> outerCells = cellIndex;
        int outerOwnCells = ownCells;
        scope = scopes.get(c);
        List<String> freeVars = closures.freeVars(scope);
        cellIndex = new LinkedHashMap<>();
        ownCells = 0;
        for (String v : freeVars) {
            cellIndex.put(v, cellIndex.size());
        }
        slots = null;
        StmtNode body = bodyWithDoc(c.body(), line);
        Code code = new Code(c.name(), filename, body, new String[0], line,
                cellIndex.keySet().toArray(new String[0]), 0, new int[0]);
        scope = outerScope;
        slots = outerSlots;
        cellIndex = outerCells;
        ownCells = outerOwnCells;
        int[] closure = new int[freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = cellIndex.get(freeVars.get(i));
        }
        return new Classes.MakeClass(c.name(), qualname, doc, bases, kwnames, kwvalues, code, closure);
    }

    /**
     * Compiles a function body ({@code def} statements, or a {@code lambda}'s expression) in
     * its own scope: parameters and other bound names get local slots, names shared with
     * nested functions get cells, and the closure is wired to the enclosing frame's cells.
     */
    private Exprs.MakeFunction makeFunction(String name, Arguments args, Node node, List<Stmt> body, Expr lambdaBody,
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
        Scope outerScope = scope;
        Map<String, Integer> outerSlots = slots;
        Map<String, Integer> outerCells = cellIndex;
        int outerOwnCells = ownCells;
        scope = scopes.get(node);
        List<String> cellVars = closures.cellVars(scope);
        List<String> freeVars = closures.freeVars(scope);
        cellIndex = new LinkedHashMap<>();
        for (String v : cellVars) {
            cellIndex.put(v, cellIndex.size());
        }
        ownCells = cellIndex.size();
        for (String v : freeVars) {
            cellIndex.putIfAbsent(v, cellIndex.size());
        }
        slots = new LinkedHashMap<>();
        String[] params = spec.names;
        List<Integer> parameterCells = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            slots.put(params[i], i);
            Integer cell = cellIndex.get(params[i]);
            if (cell != null && cell < ownCells) {
                parameterCells.add(i);
                parameterCells.add(cell);
            }
        }
        for (Map.Entry<String, Integer> symbol : scope.symbols().entrySet()) {
            int flags = symbol.getValue();
            if ((flags & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT)) != 0
                    && (flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) == 0
                    && !cellIndex.containsKey(symbol.getKey())) {
                slots.putIfAbsent(symbol.getKey(), slots.size());
            }
        }
        StmtNode compiledBody = customBody != null ? customBody.get()
                : lambdaBody != null ? new Stmts.Return(line, expr(lambdaBody))
                : block(body, line);
        Code code = new Code(name, filename, compiledBody, slots.keySet().toArray(new String[0]), line,
                cellIndex.keySet().toArray(new String[0]), ownCells,
                parameterCells.stream().mapToInt(Integer::intValue).toArray());
        code.qualname = qualname(outerScope, name);
        code.params = spec;
        code.flags = codeFlags(scope, spec);
        if (body != null && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt first
                && first.value() instanceof Expr.Constant c && c.value() instanceof String doc) {
            code.doc = doc;
        }
        scope = outerScope;
        slots = outerSlots;
        cellIndex = outerCells;
        ownCells = outerOwnCells;
        int[] closure = new int[freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = cellIndex.get(freeVars.get(i)); // the enclosing code has it as a cell or free var
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

    /** True when {@code name} is not bound anywhere in the current scope chain, so it means the builtin. */
    private boolean isBuiltinName(String name) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if ((s.flags(name) & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT | Scope.DEF_GLOBAL)) != 0) {
                return false;
            }
        }
        return true;
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
    private ExprNode comprehension(String name, Comprehensions.Kind kind, Expr node,
                                   List<dev.krait.syntax.ast.Comprehension> generators, Expr element, Expr value) {
        int line = node.span().line();
        for (dev.krait.syntax.ast.Comprehension g : generators) {
            if (g.isAsync() == 1) {
                throw unsupported("async comprehensions", line);
            }
        }
        ExprNode first = expr(generators.get(0).iter());
        Arguments dotZero = new Arguments(List.of(), List.of(new dev.krait.syntax.ast.Arg(".0", null, node.span())),
                null, List.of(), List.of(), null, List.of(), node.span());
        Exprs.MakeFunction make = makeFunction(name, dotZero, node, null, null, line, () -> {
            Comprehensions.Clause[] clauses = new Comprehensions.Clause[generators.size()];
            for (int i = 0; i < clauses.length; i++) {
                dev.krait.syntax.ast.Comprehension g = generators.get(i);
                clauses[i] = new Comprehensions.Clause(target(g.target()), i == 0 ? load(".0") : expr(g.iter()),
                        exprs(g.ifs()));
            }
            return new Comprehensions.Body(line, kind, clauses, expr(element), value == null ? null : expr(value));
        });
        return new Comprehensions.Call(make, first);
    }

    // ---- names and targets ----

    private ExprNode load(String name) {
        Integer cell = cellIndex.get(name);
        if (cell != null) {
            return new Exprs.CellLoad(cell, name, cell >= ownCells);
        }
        if (scope.kind() == Scope.Kind.CLASS || namesInNamespace && scope.kind() == Scope.Kind.MODULE) {
            return (scope.flags(name) & Scope.DEF_GLOBAL) != 0 ? new Exprs.GlobalLoad(name)
                    : new Classes.NamespaceLoad(name);
        }
        Integer slot = slots == null ? null : slots.get(name);
        return slot != null ? new Exprs.LocalLoad(slot, name) : new Exprs.GlobalLoad(name);
    }

    private Target nameTarget(String name) {
        Integer cell = cellIndex.get(name);
        if (cell != null) {
            return new Target.CellTarget(cell, name);
        }
        if (scope.kind() == Scope.Kind.CLASS || namesInNamespace && scope.kind() == Scope.Kind.MODULE) {
            return (scope.flags(name) & Scope.DEF_GLOBAL) != 0 ? new Target.Global(name)
                    : new Classes.NamespaceStore(name);
        }
        Integer slot = slots == null ? null : slots.get(name);
        return slot != null ? new Target.Local(slot, name) : new Target.Global(name);
    }

    private Target target(Expr e) {
        if (e instanceof Expr.Attribute a) {
            return new Classes.AttributeTarget(expr(a.value()), a.attr());
        }
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
        if (e instanceof Expr.Subscript s) {
            return new ContainerExprs.SubscriptTarget(expr(s.value()), expr(s.slice()));
        }
        throw unsupported("assignment to " + e.pythonName(), e.span().line());
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

    // ---- expressions ----

    private ExprNode[] exprs(List<Expr> list) {
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
    private ExprNode expr(Expr e) {
        int line = e.span().line();
        if (lineContext == 0 || line == lineContext) {
            return compileExpr(e);
        }
        int outer = lineContext;
        lineContext = line;
        try {
            return new LineMark(line, compileExpr(e));
        } finally {
            lineContext = outer;
        }
    }

    private ExprNode compileExpr(Expr e) {
        if (e instanceof Expr.Constant c) {
            return new Exprs.Const(constant(c.value(), e));
        }
        if (e instanceof Expr.Name n) {
            return load(n.id());
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
            if (call.func() instanceof Expr.Name n && all.isEmpty() && isBuiltinName(n.id())
                    && (n.id().equals("locals") || n.id().equals("dir") || n.id().equals("vars"))) {
                return new FrameIntrospection(n.id(), slots == null ? null : slots.keySet().toArray(new String[0]),
                        cellIndex.keySet().toArray(new String[0]));
            }
            if (call.func() instanceof Expr.Name n && kwnames.length == 0 && isBuiltinName(n.id())
                    && (n.id().equals("exec") || n.id().equals("eval") || n.id().equals("globals"))) {
                return new ExecSupport.FrameCall(n.id(), exprs(all), slots == null ? null
                        : slots.keySet().toArray(new String[0]), cellIndex.keySet().toArray(new String[0]));
            }
            if (call.func() instanceof Expr.Name n && n.id().equals("super") && all.isEmpty() && slots != null
                    && scope.parent() != null && scope.parent().kind() == Scope.Kind.CLASS && !slots.isEmpty()) {
                return new Classes.ZeroArgSuper(load(slots.keySet().iterator().next()));
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
            Target t = nameTarget(((Expr.Name) n.target()).id());
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
            return makeFunction("<lambda>", l.args(), l, null, l.body(), e.span().line());
        }
        if (e instanceof Expr.ListComp c) {
            return comprehension("<listcomp>", Comprehensions.Kind.LIST, c, c.generators(), c.elt(), null);
        }
        if (e instanceof Expr.SetComp c) {
            return comprehension("<setcomp>", Comprehensions.Kind.SET, c, c.generators(), c.elt(), null);
        }
        if (e instanceof Expr.DictComp c) {
            return comprehension("<dictcomp>", Comprehensions.Kind.DICT, c, c.generators(), c.key(), c.value());
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
        throw unsupported(value.getClass().getSimpleName() + " literals", at.span().line());
    }

    private PyException unsupported(String what, int line) {
        return Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "Krait cannot run " + what + " yet (" + filename + ", line " + line + ")");
    }
}
