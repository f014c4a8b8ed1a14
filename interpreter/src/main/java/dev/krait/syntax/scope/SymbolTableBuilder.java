package dev.krait.syntax.scope;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Alias;
import dev.krait.syntax.ast.Arg;
import dev.krait.syntax.ast.Arguments;
import dev.krait.syntax.ast.AstNodes;
import dev.krait.syntax.ast.Comprehension;
import dev.krait.syntax.ast.ExceptHandler;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.ExprContext;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Span;
import dev.krait.syntax.ast.Stmt;

/**
 * Builds the {@link Scope} tree of a module and raises the errors CPython's symbol table
 * raises, in the same order: {@code global}/{@code nonlocal} conflicts, duplicate
 * parameters, {@code yield} inside comprehensions, {@code import *} in functions; then,
 * once every scope is known, nonlocal names without a binding.
 */
public final class SymbolTableBuilder {
    private Scope current;
    /** Above zero while visiting a comprehension's iterable, where walrus is forbidden. */
    private int inComprehensionIterable;

    public static Scope build(Mod.Module module) {
        SymbolTableBuilder b = new SymbolTableBuilder();
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", module, null);
        b.current = top;
        for (Stmt s : module.body()) {
            b.visit(s);
        }
        analyze(top, new HashSet<>());
        return top;
    }

    private void visit(Node node) {
        if (node instanceof Stmt s) {
            statement(s);
        } else if (node instanceof Expr e) {
            expression(e);
        } else if (node instanceof ExceptHandler h) {
            if (h.type() != null) {
                visit(h.type());
            }
            if (h.name() != null) {
                define(h.name(), Scope.DEF_LOCAL, h.span());
            }
            visitAll(h.body());
        } else if (node instanceof Alias a) {
            importName(a);
        } else {
            visitChildren(node);
        }
    }

    private void visitChildren(Node node) {
        for (Node child : AstNodes.children(node)) {
            visit(child);
        }
    }

    private void visitAll(List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (n != null) {
                visit(n);
            }
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            function(f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false, f);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true, f);
        } else if (s instanceof Stmt.ClassDef c) {
            define(c.name(), Scope.DEF_LOCAL, c.span());
            visitAll(c.bases());
            visitAll(c.keywords());
            visitAll(c.decoratorList());
            Scope outer = current;
            current = new Scope(Scope.Kind.CLASS, c.name(), c, outer);
            visitAll(c.body());
            current = outer;
        } else if (s instanceof Stmt.Global g) {
            for (String name : g.names()) {
                directive(name, Scope.DEF_GLOBAL, "global", g.span());
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            for (String name : n.names()) {
                directive(name, Scope.DEF_NONLOCAL, "nonlocal", n.span());
            }
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name name && a.simple() == 1) {
                int flags = current.flags(name.id());
                if ((flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                    String which = (flags & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                    throw error("annotated name '" + name.id() + "' can't be " + which, a.span());
                }
                current.add(name.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL);
            } else {
                visit(a.target());
            }
            visit(a.annotation());
            if (a.value() != null) {
                visit(a.value());
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias a : i.names()) {
                if (a.name().equals("*")) {
                    if (current.kind() != Scope.Kind.MODULE) {
                        throw error("import * only allowed at module level", a.span());
                    }
                } else {
                    importName(a);
                }
            }
        } else {
            visitChildren(s);
        }
    }

    private void importName(Alias a) {
        String bound = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
        define(bound, Scope.DEF_IMPORT | Scope.DEF_LOCAL, a.span());
    }

    private void function(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          boolean async, Node node) {
        define(name, Scope.DEF_LOCAL, node.span());
        visitAll(args.defaults());
        visitAll(args.kwDefaults());
        annotations(args);
        if (returns != null) {
            visit(returns);
        }
        visitAll(decorators);
        Scope outer = current;
        current = new Scope(Scope.Kind.FUNCTION, name, node, outer);
        current.async = async;
        current.coroutine = async;
        parameters(args);
        visitAll(body);
        current = outer;
    }

    private void annotations(Arguments args) {
        for (List<Arg> list : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (Arg a : list) {
                if (a.annotation() != null) {
                    visit(a.annotation());
                }
            }
        }
        for (Arg a : new Arg[] {args.vararg(), args.kwarg()}) {
            if (a != null && a.annotation() != null) {
                visit(a.annotation());
            }
        }
    }

    private void parameters(Arguments args) {
        for (List<Arg> list : List.of(args.posonlyargs(), args.args())) {
            for (Arg a : list) {
                parameter(a);
            }
        }
        if (args.vararg() != null) {
            parameter(args.vararg());
        }
        for (Arg a : args.kwonlyargs()) {
            parameter(a);
        }
        if (args.kwarg() != null) {
            parameter(args.kwarg());
        }
    }

    private void parameter(Arg a) {
        if ((current.flags(a.arg()) & Scope.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + a.arg() + "' in function definition", a.span());
        }
        current.add(a.arg(), Scope.DEF_PARAM);
    }

    private void directive(String name, int flag, String what, Span at) {
        int cur = current.flags(name);
        if ((cur & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
            String message;
            if ((cur & Scope.DEF_PARAM) != 0) {
                message = "name '" + name + "' is parameter and " + what;
            } else if ((cur & Scope.USE) != 0) {
                message = "name '" + name + "' is used prior to " + what + " declaration";
            } else if ((cur & Scope.DEF_ANNOT) != 0) {
                message = "annotated name '" + name + "' can't be " + what;
            } else {
                message = "name '" + name + "' is assigned to before " + what + " declaration";
            }
            throw error(message, at);
        }
        if (flag == Scope.DEF_NONLOCAL && current.kind() == Scope.Kind.MODULE) {
            throw error("nonlocal declaration not allowed at module level", at);
        }
        current.add(name, flag);
        current.recordDirective(name, at);
    }

    private void define(String name, int flag, Span at) {
        current.add(name, flag);
    }

    // ---- expressions ----

    private void expression(Expr e) {
        if (e instanceof Expr.Name n) {
            current.add(n.id(), n.ctx() == ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL);
        } else if (e instanceof Expr.Lambda l) {
            visitAll(l.args().defaults());
            visitAll(l.args().kwDefaults());
            Scope outer = current;
            current = new Scope(Scope.Kind.FUNCTION, "<lambda>", l, outer);
            parameters(l.args());
            visit(l.body());
            current = outer;
        } else if (e instanceof Expr.ListComp c) {
            comprehension("listcomp", "list comprehension", c, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension("setcomp", "set comprehension", c, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension("dictcomp", "dict comprehension", c, c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension("genexpr", "generator expression", c, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.AsyncYieldFrom) {
            if (current.kind() == Scope.Kind.COMPREHENSION) {
                throw error("'yield' inside " + comprehensionKind(current), e.span());
            }
            current.generator = true;
            visitChildren(e);
        } else if (e instanceof Expr.Await a) {
            current.coroutine = true;
            visitChildren(a);
        } else if (e instanceof Expr.NamedExpr n) {
            if (inComprehensionIterable > 0) {
                throw error("assignment expression cannot be used in a comprehension iterable expression", n.span());
            }
            visit(n.value());
            namedTarget(n);
        } else {
            visitChildren(e);
        }
    }

    /** A walrus target in a comprehension binds in the nearest enclosing function or module. */
    private void namedTarget(Expr.NamedExpr named) {
        Expr.Name target = (Expr.Name) named.target();
        Scope scope = current;
        while (scope.kind() == Scope.Kind.COMPREHENSION) {
            if (scope.iterationVariables.contains(target.id())) {
                throw error("assignment expression cannot rebind comprehension iteration variable '"
                        + target.id() + "'", target.span());
            }
            scope = scope.parent();
        }
        if (scope != current && scope.kind() == Scope.Kind.CLASS) {
            throw error("assignment expression within a comprehension cannot be used in a class body", named.span());
        }
        scope.add(target.id(), Scope.DEF_LOCAL);
        if (scope != current) {
            current.add(target.id(), Scope.USE);
        }
    }

    private static String comprehensionKind(Scope scope) {
        return switch (scope.name()) {
            case "listcomp" -> "list comprehension";
            case "setcomp" -> "set comprehension";
            case "dictcomp" -> "dict comprehension";
            default -> "generator expression";
        };
    }

    private void comprehension(String name, String description, Expr node, List<Comprehension> generators,
                               Expr elt, Expr value) {
        inComprehensionIterable++;
        visit(generators.get(0).iter());
        inComprehensionIterable--;
        Scope outer = current;
        current = new Scope(Scope.Kind.COMPREHENSION, name, node, outer);
        current.add(".0", Scope.DEF_PARAM);
        for (Comprehension g : generators) {
            collectNames(g.target(), current.iterationVariables);
        }
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            visit(g.target());
            if (i > 0) {
                inComprehensionIterable++;
                visit(g.iter());
                inComprehensionIterable--;
            }
            visitAll(g.ifs());
            if (g.isAsync() == 1) {
                current.coroutine = true;
            }
        }
        visit(elt);
        if (value != null) {
            visit(value);
        }
        current = outer;
    }

    private static void collectNames(Expr target, java.util.Set<String> out) {
        if (target instanceof Expr.Name n) {
            out.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(e -> collectNames(e, out));
        } else if (target instanceof Expr.List l) {
            l.elts().forEach(e -> collectNames(e, out));
        } else if (target instanceof Expr.Starred s) {
            collectNames(s.value(), out);
        }
    }

    // ---- analysis ----

    /** Checks nonlocal names against the bindings of enclosing functions, scope by scope. */
    private static void analyze(Scope scope, Set<String> enclosingBound) {
        for (Map.Entry<String, Integer> entry : scope.symbols().entrySet()) {
            int flags = entry.getValue();
            String name = entry.getKey();
            if ((flags & Scope.DEF_GLOBAL) != 0 && (flags & Scope.DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", scope.directive(name));
            }
            if ((flags & Scope.DEF_NONLOCAL) != 0 && !enclosingBound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", scope.directive(name));
            }
        }
        Set<String> bound = new HashSet<>(enclosingBound);
        if (scope.kind() == Scope.Kind.FUNCTION || scope.kind() == Scope.Kind.COMPREHENSION) {
            for (Map.Entry<String, Integer> entry : scope.symbols().entrySet()) {
                int flags = entry.getValue();
                if ((flags & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT)) != 0
                        && (flags & Scope.DEF_GLOBAL) == 0) {
                    bound.add(entry.getKey());
                }
                if ((flags & Scope.DEF_GLOBAL) != 0) {
                    bound.remove(entry.getKey());
                }
            }
        }
        for (Scope child : scope.children()) {
            analyze(child, scope.kind() == Scope.Kind.MODULE ? new HashSet<>() : bound);
        }
    }

    static SourceError error(String message, Span at) {
        Span where = at == null ? Span.NONE : at;
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, message, where.line(), where.col() + 1,
                where.endLine(), where.endCol() + 1);
    }
}
