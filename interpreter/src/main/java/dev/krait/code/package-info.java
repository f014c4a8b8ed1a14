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
 *       Statements return completion codes (normal, break, continue, return; suspend and throw
 *       in bodies that suspend).</li>
 *   <li>Generators, coroutines and async generators (issue 4) suspend on their heap frame and
 *       hold no thread. One core, {@code Suspendable}, steps a body with a sent value or a
 *       thrown exception; {@code PyGenerator}, {@code PyCoroutine} and
 *       {@code PyAsyncGenerator} (a handle on its {@code Core}, driven by the awaitables of
 *       {@code AsyncGenAwaitables}) are thin kinds over it, with their types, methods and
 *       attributes in {@code GeneratorTypes}/{@code GeneratorAttribute}. The compiler
 *       ({@code ResumableCompiler}, {@code SuspendLowering}, {@code SuspensionScan}) rewrites
 *       every {@code yield}/{@code yield from}/{@code await} to statement level — operands
 *       evaluated before it saved in temporaries, short-circuits as {@code if}s — and compiles
 *       the statements above a suspension point into resumable nodes ({@code ResumableStmts},
 *       {@code ResumableTry}, {@code WithNode}, {@code AsyncStmts}) that record their place in
 *       the frame's extra slots when a child suspends and jump back to it when the body is
 *       re-entered; everything else compiles to the plain nodes. {@code SuspendPoints} are the
 *       suspension points; {@code Delegation} adapts what {@code yield from}/{@code await}
 *       delegate to into a {@code Delegate}, which the core steps directly while the body
 *       waits in it. An async generator's own {@code yield} travels up the await channel
 *       wrapped as an {@code AsyncGenValue} — the internal protocol the
 *       {@code async_generator} library's {@code yield_} builds on — and is unwrapped by the
 *       awaitable that drives it. {@code AsyncGeneratorLibrary} is that library's core
 *       ({@code _async_generator}: {@code yield_}, the async generators
 *       {@code @async_generator} makes from coroutines, PEP 828's {@code async yield from});
 *       a wrapped value that reaches a driver which is not an async generator is thrown back
 *       in as a {@code RuntimeError}. {@code Finalization} runs what the JVM's collector makes
 *       due (PEP 525 finalizer hooks, "never awaited" warnings) at {@code gc.collect()} and
 *       exit; {@code AsyncGenHooks}, {@code AsyncBuiltins} and {@code SuspendableModules}
 *       are {@code sys.set_asyncgen_hooks}, {@code aiter}/{@code anext}, and the parts of
 *       {@code types}, {@code inspect} and {@code gc} these need.</li>
 *   <li>{@code LibraryModules}: library modules written in Python ({@code abc},
 *       {@code collections.abc}), resources under {@code dev/krait/lib/}, found after
 *       {@code sys.path}, then those of each {@link dev.krait.code.ModuleLibrary} on the class
 *       path (the {@code stdlib} module's standard library).</li>
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
