/**
 * Krait's syntax front door: from source text to a checked AST.
 *
 * <ol>
 *   <li>{@link dev.krait.syntax.SourceDecoder} turns file bytes into text (UTF-8, a BOM, or
 *       a PEP 263 coding line).</li>
 *   <li>{@link dev.krait.syntax.SyntaxParser} parses the text with the ANTLR grammar of the
 *       {@code grammar} module and builds the AST of {@link dev.krait.syntax.ast}; it owns the
 *       parser's prediction caches, so each interpreter keeps one.</li>
 *   <li>{@link dev.krait.syntax.CompileChecks} makes the checks CPython's {@code compile()}
 *       makes after parsing ({@code 'break' outside loop}, {@code nonlocal} bindings, ...) and
 *       returns the scope tree.</li>
 * </ol>
 *
 * Every problem is a {@link dev.krait.syntax.PythonSyntaxError} carrying CPython's exception
 * type, message, line and offset; {@link dev.krait.syntax.PythonSyntaxError#format()} prints
 * it the way CPython does. The machinery lives in {@link dev.krait.syntax.parse} (parse-tree
 * to AST, error diagnosis) and {@link dev.krait.syntax.scope} (scopes and compile-time checks).
 */
package dev.krait.syntax;
