package dev.krait.code;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;
import dev.krait.syntax.ast.Expr;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.scope.Scope;

/**
 * Turns a checked AST into executable nodes, with every name resolved to a local slot or
 * a global. Constructs the evaluator does not run yet are refused here, before anything
 * runs, with a {@code NotImplementedError} that names the construct and its line.
 *
 * <p>One compilation is this object and its four parts, which share its state:
 * {@link StatementCompiler} and {@link ExpressionCompiler} for the two kinds of node,
 * {@link NameCompiler} for where names live in the scope being compiled and for assignment
 * targets, and {@link NestedScopeCompiler} for functions, classes and comprehensions, which
 * open scopes of their own, and {@link ResumableCompiler} for the statements of generator,
 * coroutine and async generator bodies that suspend.
 */
public final class Compiler {
    final String filename;
    /** Every scope of the module by the AST node that opens it. */
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    ClosureAnalysis closures;
    /** The line the frame is at while the code being compiled runs: its statement's, or an enclosing expression's. */
    int lineContext;
    /** Module-level names live in the frame's namespace ({@code exec} with separate locals). */
    boolean namesInNamespace;
    /** {@code compile(..., 'single')}: top-level expression statements echo their value. */
    boolean interactive;
    /** {@code from __future__ import annotations}: annotations are kept as their source text. */
    boolean futureAnnotations;

    // names first: the other parts keep a reference to it.
    final NameCompiler names = new NameCompiler(this);
    final StatementCompiler statements = new StatementCompiler(this);
    final ExpressionCompiler expressions = new ExpressionCompiler(this);
    final NestedScopeCompiler nested = new NestedScopeCompiler(this);
    final ResumableCompiler resumable = new ResumableCompiler(this);

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
        c.names.scope = top;
        c.names.slots = null;
        c.futureAnnotations = Annotations.importsFutureAnnotations(module.body());
        StmtNode body = c.statements.bodyWithDoc(module.body(), 1);
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
        c.names.scope = top;
        c.names.slots = null;
        c.namesInNamespace = namesInNamespace;
        c.interactive = interactive;
        c.futureAnnotations = futureAnnotations || Annotations.importsFutureAnnotations(module.body());
        StmtNode body;
        if (evalMode) {
            Expr e = ((Stmt.ExprStmt) module.body().get(0)).value();
            body = new Stmts.Return(e.span().line(), c.expressions.expr(e));
        } else {
            body = interactive ? c.statements.block(module.body(), 1) : c.statements.bodyWithDoc(module.body(), 1);
        }
        return new Code("<module>", filename, body, new String[0], 1);
    }

    /** The {@code NotImplementedError} for a construct the evaluator cannot run yet, with its place. */
    PyException unsupported(String what, int line) {
        return Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "Krait cannot run " + what + " yet (" + filename + ", line " + line + ")");
    }
}
