/**
 * Krait's abstract syntax tree: immutable records whose kinds and fields mirror Python's
 * {@code ast} module (3.11).
 *
 * <ul>
 *   <li>{@link dev.krait.syntax.ast.Mod}, {@link dev.krait.syntax.ast.Stmt} and
 *       {@link dev.krait.syntax.ast.Expr} are sealed interfaces holding one record per node
 *       kind; the small node kinds ({@link dev.krait.syntax.ast.Arguments},
 *       {@link dev.krait.syntax.ast.Arg}, {@link dev.krait.syntax.ast.Keyword},
 *       {@link dev.krait.syntax.ast.Alias}, {@link dev.krait.syntax.ast.WithItem},
 *       {@link dev.krait.syntax.ast.Comprehension}, {@link dev.krait.syntax.ast.ExceptHandler})
 *       have files of their own.</li>
 *   <li>A record's components are the Python fields in {@code _fields} order, then a
 *       {@link dev.krait.syntax.ast.Span}. Where Java names clash, the record is renamed and
 *       {@link dev.krait.syntax.ast.Node#pythonName()} gives the Python name
 *       ({@code Stmt.ExprStmt} is Python's {@code Expr}).</li>
 *   <li>{@link dev.krait.syntax.ast.AstDump} prints a tree as {@code ast.dump} does, which is
 *       how the parser tests compare Krait with CPython.</li>
 *   <li>Krait's one addition: {@link dev.krait.syntax.ast.Expr.AsyncYieldFrom} for PEP 828's
 *       {@code async yield from}.</li>
 *   <li>{@link dev.krait.syntax.ast.AstCodec} turns a module's tree into bytes and back (the
 *       standard library ships its modules parsed); {@code AstConstructors} builds the
 *       records when decoding, and {@link dev.krait.syntax.ast.AstNodes} lists a node's
 *       children for the passes that walk every node alike.</li>
 * </ul>
 */
package dev.krait.syntax.ast;
