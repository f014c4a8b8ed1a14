/**
 * Scopes and compile-time checks, in CPython's order.
 *
 * <ul>
 *   <li>{@link dev.krait.syntax.scope.SymbolTableBuilder} builds the
 *       {@link dev.krait.syntax.scope.Scope} tree (module, functions, classes, comprehensions)
 *       with each name's uses, and raises the symbol-table errors: {@code global}/{@code nonlocal}
 *       conflicts, duplicate parameters, {@code yield} in comprehensions, walrus rules, and
 *       nonlocal names without a binding. The resolver of the evaluator builds on this tree.</li>
 *   <li>{@link dev.krait.syntax.scope.CodegenChecks} makes the checks CPython makes while
 *       generating code: statements out of place, async constructs outside async functions,
 *       misplaced starred expressions, repeated keywords, {@code __future__} imports, nesting
 *       limits. {@code DebugNameCheck} forbids binding {@code __debug__}.</li>
 * </ul>
 */
package dev.krait.syntax.scope;
