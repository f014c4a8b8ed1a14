/**
 * The evaluator: compiled code and the heap frames it runs on.
 *
 * <ul>
 *   <li>{@link dev.krait.code.Compiler} turns a checked AST into a tree of small executable
 *       nodes ({@code Exprs}, {@code Stmts}, {@code Target}, {@code Comprehensions}), every name
 *       resolved to a local slot, a closure cell ({@code ClosureAnalysis}) or a global.
 *       Constructs it cannot compile yet are refused with a {@code NotImplementedError}.
 *       It holds one compilation's state and hands the work to its parts:
 *       {@code StatementCompiler} and {@code ExpressionCompiler} (one node per statement or
 *       expression), {@code NameCompiler} (where each name of the current scope lives; loads
 *       and assignment targets) and {@code NestedScopeCompiler} ({@code def}, {@code lambda},
 *       class bodies and comprehensions, which compile into code of their own scope).</li>
 *   <li>Speed without changing meaning: {@code NumericFastPaths} does small-int and float
 *       arithmetic inline in the operator nodes ({@code OperatorNodes}, and
 *       {@code ConstantOperandNodes} when the right operand is an int literal);
 *       {@code AttributeSite} is the inline cache of one
 *       {@code obj.name} (class, class version and attribute shape); calls of functions with
 *       plain positional parameters evaluate the arguments straight into the new frame's
 *       locals; global names cache their dict entry.</li>
 *   <li>{@code Frame}: one activation on the heap — locals array, cells, globals, current line.
 *       Statements return completion codes (normal, break, continue, return).</li>
 *   <li>{@link dev.krait.code.PyFunction}: binds call arguments with CPython's errors, counts
 *       call depth for {@code RecursionError}, and adds traceback entries as exceptions leave.
 *       Its program-visible attributes are in {@code FunctionAttributes}; its
 *       {@link dev.krait.code.Code} doubles as the {@code __code__} object and its closure holds
 *       {@code Cell}s, which programs see in {@code __closure__}. {@code StarCall} spreads
 *       {@code *args}/{@code **kwargs} into a call.</li>
 *   <li>{@link dev.krait.code.InterpreterState}: what one interpreter's code shares (builtins,
 *       streams, recursion limit, the pending-interrupt flag that loop back-edges, calls and
 *       {@code time.sleep} poll to raise {@code KeyboardInterrupt});
 *       {@link dev.krait.code.ModuleRunner} runs a module body.</li>
 *   <li>{@code StdModules}: the builtin modules {@code sys} ({@code SysModule}), {@code math}
 *       ({@code MathModule}, {@code MathIntegers}, {@code MathSpecial}) and {@code time}
 *       ({@code TimeModule}).</li>
 *   <li>Namespaces: module globals, the builtins and {@code sys.modules} are {@code dict}s
 *       indexed by name ({@link dev.krait.runtime.PyDict#namespace()}); name nodes cache the
 *       entry they found. {@link dev.krait.code.Importer} is the import system over
 *       {@code sys.path}/{@code sys.modules}; {@code ExecSupport} gives {@code compile},
 *       {@code exec}, {@code eval} and {@code globals}; {@code Annotations} function
 *       annotations (strings under {@code from __future__ import annotations}).</li>
 * </ul>
 */
package dev.krait.code;
