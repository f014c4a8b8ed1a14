/**
 * The Python 3.11 grammar (ANTLR4), plus the hand-written parts ANTLR cannot express.
 *
 * <ul>
 *   <li>{@code src/main/antlr4/.../PythonLexer.g4} and {@code PythonParser.g4}: the raw token
 *       set and the syntax, written for Krait. The generated {@code PythonLexer} and
 *       {@code PythonParser} live under {@code target/} and are never committed.</li>
 *   <li>{@link dev.krait.grammar.PythonLexerBase}: layout (NEWLINE, INDENT, DEDENT, implicit
 *       line joining) and every tokenizer error in CPython's words;
 *       {@code NumberChecks} for malformed number literals; {@link dev.krait.grammar.Identifiers}
 *       for the characters a name may hold (also {@code str.isidentifier()}).</li>
 *   <li>{@link dev.krait.grammar.PythonParserBase}: bounds rule nesting, since ANTLR's
 *       recursive descent has no depth limit.</li>
 *   <li>{@link dev.krait.grammar.SourceError}: the facts of a syntax problem, which the
 *       interpreter turns into a Python exception.</li>
 * </ul>
 * This module knows nothing of the AST; the interpreter module builds it.
 */
package dev.krait.grammar;
