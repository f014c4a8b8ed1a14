/**
 * From tokens to AST, and from ANTLR's errors to CPython's.
 *
 * <ul>
 *   <li>{@link dev.krait.syntax.parse.ParseDriver} runs one parse: tokenize everything (so
 *       tokenizer errors win, as in CPython), parse with SLL prediction, fall back to LL with
 *       {@link dev.krait.syntax.parse.ErrorDiagnosis} on failure, then build the AST.</li>
 *   <li>{@link dev.krait.syntax.parse.ParserCache} holds the DFA caches per interpreter,
 *       bounded, instead of ANTLR's static ones.</li>
 *   <li>The builders: {@code AstBuilder} (entry points), {@code StatementBuilder},
 *       {@code ExpressionBuilder}, {@code ParameterBuilder}, {@code StringLiterals} with
 *       {@code Escapes} and {@code FStringParser}, and {@code Targets} for assignment targets.
 *       The grammar is a little wider than Python where CPython's parser also decides late
 *       (targets, parameter order); the builders check those places with CPython's messages.</li>
 *   <li>{@code ErrorDiagnosis} recognises the common mistakes CPython 3.11 has special
 *       messages for, from the parser's rule stack, expected tokens and nearby tokens.</li>
 * </ul>
 */
package dev.krait.syntax.parse;
