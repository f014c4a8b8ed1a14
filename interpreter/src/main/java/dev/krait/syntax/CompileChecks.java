package dev.krait.syntax;

import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.scope.CodegenChecks;
import dev.krait.syntax.scope.Scope;
import dev.krait.syntax.scope.SymbolTableBuilder;

/**
 * The compile-time checks that CPython's {@code compile()} makes after parsing, in CPython's
 * order: {@code __future__} imports, then the symbol table, then code generation. A program
 * that passes these runs; one that fails them raises its {@code SyntaxError} before any of
 * it runs.
 */
public final class CompileChecks {
    private CompileChecks() {}

    /** Checks a parsed module and returns its scope tree. */
    /**
     * Only the scopes (the symbol table the compiler needs), for a module whose checks have
     * already passed: a standard-library module, checked when the build parsed it ahead.
     */
    public static Scope scopesOfChecked(Mod.Module module, String filename, String source) {
        try {
            return SymbolTableBuilder.build(module);
        } catch (SourceError e) {
            throw SyntaxParser.toPython(e, filename, source);
        }
    }

    public static Scope check(Mod.Module module, String filename, String source) {
        try {
            CodegenChecks.checkFutureImports(module);
            CodegenChecks.checkDebugAssignments(module);
            Scope scopes = SymbolTableBuilder.build(module);
            CodegenChecks.check(module);
            return scopes;
        } catch (SourceError e) {
            throw SyntaxParser.toPython(e, filename, source);
        }
    }
}
