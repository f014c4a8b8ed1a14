package dev.krait.syntax.scope;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.AstNodes;
import dev.krait.syntax.ast.Comprehension;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.ExprContext;
import dev.krait.syntax.ast.Keyword;
import dev.krait.syntax.ast.Literal;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Span;
import dev.krait.syntax.ast.Stmt;

/**
 * The checks CPython makes while generating code, after the symbol table: statements in
 * the wrong place ({@code return}, {@code yield}, {@code await}, {@code break},
 * {@code continue}, {@code async for}/{@code async with}), asynchronous comprehensions
 * outside async functions, misplaced starred expressions, repeated keyword arguments,
 * {@code __future__} imports, and more than 20 statically nested blocks.
 *
 * <p>Deliberate difference: an async generator may {@code return value} (PEP 828), so
 * CPython's "'return' with value in async generator" is not raised.
 */
public final class CodegenChecks {
    /** CPython's limit on nested loops, {@code try} and {@code with} blocks in one function. */
    static final int MAX_BLOCKS = 20;

    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /** What kind of code the walk is in. */
    private enum Where { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA }

    private Where where = Where.MODULE;
    private int loops;
    private int blocks;
    private boolean inComprehension;
    /** The outermost list/set/dict comprehension being visited in this function, for error positions. */
    private Expr outermostComprehension;

    /** The future-import checks, which CPython makes before anything else. */
    public static void checkFutureImports(Mod.Module module) {
        boolean allowed = true;
        List<Stmt> body = module.body();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            boolean docstring = i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String;
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (!allowed) {
                    throw error("from __future__ imports must occur at the beginning of the file", s.span());
                }
                for (var alias : f.names()) {
                    if (alias.name().equals("braces")) {
                        throw error("not a chance", s.span());
                    }
                    if (!FUTURE_FEATURES.contains(alias.name())) {
                        throw error("future feature " + alias.name() + " is not defined", s.span());
                    }
                }
            } else if (!docstring) {
                allowed = false;
            }
        }
        // A __future__ import nested in a block is never at the beginning.
        new Object() {
            void walk(Node n, boolean top) {
                for (Node child : AstNodes.children(n)) {
                    if (child instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && !top) {
                        throw error("from __future__ imports must occur at the beginning of the file", f.span());
                    }
                    walk(child, false);
                }
            }
        }.walk(module, true);
    }

    /** Binding {@code __debug__}, which CPython rejects while parsing. */
    public static void checkDebugAssignments(Mod.Module module) {
        DebugNameCheck.check(module);
    }

    public static void check(Mod.Module module) {
        CodegenChecks c = new CodegenChecks();
        for (Stmt s : module.body()) {
            c.visit(s);
        }
    }

    private void visit(Node node) {
        if (node instanceof Stmt s) {
            statement(s);
        } else if (node instanceof Expr e) {
            expression(e);
        } else {
            for (Node child : AstNodes.children(node)) {
                visit(child);
            }
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
            decoratedAndDefaults(f.decoratorList(), f.args());
            if (f.returns() != null) {
                visit(f.returns());
            }
            body(Where.FUNCTION, f.body());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            decoratedAndDefaults(f.decoratorList(), f.args());
            if (f.returns() != null) {
                visit(f.returns());
            }
            body(Where.ASYNC_FUNCTION, f.body());
        } else if (s instanceof Stmt.ClassDef c) {
            visitAll(c.decoratorList());
            for (Expr base : c.bases()) {
                visit(base instanceof Expr.Starred starred ? starred.value() : base); // class A(*bases)
            }
            visitAll(c.keywords());
            keywordsUnique(c.keywords());
            body(Where.CLASS, c.body());
        } else if (s instanceof Stmt.Return r) {
            if (where == Where.MODULE || where == Where.CLASS) {
                throw error("'return' outside function", s.span());
            }
            if (r.value() != null) {
                visit(r.value());
            }
        } else if (s instanceof Stmt.Break) {
            if (loops == 0) {
                throw error("'break' outside loop", s.span());
            }
        } else if (s instanceof Stmt.Continue) {
            if (loops == 0) {
                throw error("'continue' not properly in loop", s.span());
            }
        } else if (s instanceof Stmt.For || s instanceof Stmt.AsyncFor || s instanceof Stmt.While) {
            loop(s);
        } else if (s instanceof Stmt.With || s instanceof Stmt.AsyncWith || s instanceof Stmt.Try) {
            if (s instanceof Stmt.AsyncWith && where != Where.ASYNC_FUNCTION) {
                throw error("'async with' outside async function", s.span());
            }
            block(s, () -> {
                for (Node child : AstNodes.children(s)) {
                    visit(child);
                }
            });
        } else if (s instanceof Stmt.ExprStmt e) {
            if (e.value() instanceof Expr.Starred) {
                throw error("can't use starred expression here", e.value().span());
            }
            visit(e.value());
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                target(t);
            }
            if (a.value() instanceof Expr.Starred) {
                throw error("can't use starred expression here", a.value().span());
            }
            visit(a.value());
        } else {
            for (Node child : AstNodes.children(s)) {
                visit(child);
            }
        }
    }

    private void decoratedAndDefaults(List<Expr> decorators, dev.krait.syntax.ast.Arguments args) {
        visitAll(decorators);
        visitAll(args.defaults());
        visitAll(args.kwDefaults());
    }

    private void body(Where kind, List<Stmt> body) {
        Where outerWhere = where;
        int outerLoops = loops;
        int outerBlocks = blocks;
        boolean outerComp = inComprehension;
        Expr outerOutermost = outermostComprehension;
        where = kind;
        loops = 0;
        blocks = 0;
        inComprehension = false;
        outermostComprehension = null;
        visitAll(body);
        where = outerWhere;
        loops = outerLoops;
        blocks = outerBlocks;
        inComprehension = outerComp;
        outermostComprehension = outerOutermost;
    }

    private void loop(Stmt s) {
        if (s instanceof Stmt.AsyncFor && where != Where.ASYNC_FUNCTION) {
            throw error("'async for' outside async function", s.span());
        }
        block(s, () -> {
            Expr target;
            Expr iterOrTest;
            List<Stmt> body;
            List<Stmt> orelse;
            if (s instanceof Stmt.For f) {
                target = f.target();
                iterOrTest = f.iter();
                body = f.body();
                orelse = f.orelse();
            } else if (s instanceof Stmt.AsyncFor f) {
                target = f.target();
                iterOrTest = f.iter();
                body = f.body();
                orelse = f.orelse();
            } else {
                Stmt.While w = (Stmt.While) s;
                target = null;
                iterOrTest = w.test();
                body = w.body();
                orelse = w.orelse();
            }
            if (target != null) {
                target(target);
            }
            visit(iterOrTest);
            loops++;
            visitAll(body);
            loops--;
            visitAll(orelse);
        });
    }

    private void block(Stmt s, Runnable inside) {
        if (++blocks > MAX_BLOCKS) {
            throw error("too many statically nested blocks", s.span());
        }
        inside.run();
        blocks--;
    }

    /** An assignment target: at most one starred name per tuple or list. */
    private void target(Expr t) {
        if (t instanceof Expr.Tuple || t instanceof Expr.List) {
            List<Expr> elts = t instanceof Expr.Tuple tuple ? tuple.elts() : ((Expr.List) t).elts();
            boolean starred = false;
            for (Expr e : elts) {
                if (e instanceof Expr.Starred) {
                    if (starred) {
                        throw error("multiple starred expressions in assignment", t.span());
                    }
                    starred = true;
                    target(((Expr.Starred) e).value());
                } else {
                    target(e);
                }
            }
        } else if (t instanceof Expr.Starred) {
            throw error("starred assignment target must be in a list or tuple", t.span());
        } else {
            visit(t);
        }
    }

    private void expression(Expr e) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.AsyncYieldFrom) {
            if (where == Where.MODULE || where == Where.CLASS) {
                throw error("'yield' outside function", e.span());
            }
            if (e instanceof Expr.YieldFrom && where == Where.ASYNC_FUNCTION) {
                throw error("'yield from' inside async function", e.span());
            }
            if (e instanceof Expr.AsyncYieldFrom && where != Where.ASYNC_FUNCTION) {
                throw error("'async yield from' outside async function", e.span());
            }
        } else if (e instanceof Expr.Await) {
            if (where == Where.MODULE || where == Where.CLASS) {
                throw error("'await' outside function", e.span());
            }
            if (where != Where.ASYNC_FUNCTION) {
                if (outermostComprehension != null) {
                    throw error("asynchronous comprehension outside of an asynchronous function",
                            outermostComprehension.span());
                }
                throw error("'await' outside async function", e.span());
            }
        } else if (e instanceof Expr.Lambda l) {
            visitAll(l.args().defaults());
            visitAll(l.args().kwDefaults());
            Where outer = where;
            int outerLoops = loops;
            boolean outerComp = inComprehension;
            where = Where.LAMBDA;
            loops = 0;
            inComprehension = false;
            visit(l.body());
            where = outer;
            loops = outerLoops;
            inComprehension = outerComp;
            return;
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, c.generators(), false);
            return;
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, c.generators(), false);
            return;
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, c.generators(), false);
            return;
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, c.generators(), true);
            return;
        } else if (e instanceof Expr.Call call) {
            keywordsUnique(call.keywords());
        } else if (e instanceof Expr.Starred && !(e instanceof Expr.Starred s && s.ctx() != ExprContext.Load)) {
            // A starred expression is fine only directly inside displays and call arguments,
            // which visit their elements through elements(); reaching it here means misuse.
            throw error("can't use starred expression here", e.span());
        }
        if (e instanceof Expr.Tuple || e instanceof Expr.List || e instanceof Expr.Set || e instanceof Expr.Call) {
            elements(e);
            return;
        }
        for (Node child : AstNodes.children(e)) {
            visit(child);
        }
    }

    /** Visits a display or call, where starred elements are allowed. */
    private void elements(Expr e) {
        for (Node child : AstNodes.children(e)) {
            if (child instanceof Expr.Starred s) {
                visit(s.value());
            } else {
                visit(child);
            }
        }
    }

    private void comprehension(Expr node, List<Comprehension> generators, boolean generatorExpression) {
        boolean async = false;
        for (Comprehension g : generators) {
            async |= g.isAsync() == 1;
        }
        Expr outerComprehension = outermostComprehension;
        if (outermostComprehension == null && !generatorExpression) {
            outermostComprehension = node;
        }
        if (async && !generatorExpression && where != Where.ASYNC_FUNCTION) {
            throw error("asynchronous comprehension outside of an asynchronous function",
                    outermostComprehension.span());
        }
        boolean outer = inComprehension;
        inComprehension = true;
        for (Comprehension g : generators) {
            target(g.target());
        }
        for (Node child : AstNodes.children(node)) {
            if (!(child instanceof Comprehension)) {
                visit(child);
            }
        }
        for (Comprehension g : generators) {
            visit(g.iter());
            visitAll(g.ifs());
        }
        inComprehension = outer;
        outermostComprehension = outerComprehension;
    }

    private static void keywordsUnique(List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw error("keyword argument repeated: " + k.arg(), k.span());
            }
        }
    }

    static SourceError error(String message, Span at) {
        return new SourceError(SourceError.Kind.SYNTAX_ERROR, message, at.line(), at.col() + 1, at.endLine(),
                at.endCol() + 1);
    }

    @SuppressWarnings("unused")
    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() == Literal.Singleton.NONE;
    }
}
