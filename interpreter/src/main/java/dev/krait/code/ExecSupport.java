package dev.krait.code;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyBytes;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;
import dev.krait.syntax.CompileChecks;
import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SyntaxParser;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.ast.Stmt;
import dev.krait.syntax.scope.Scope;

/**
 * {@code compile}, {@code exec}, {@code eval} and {@code globals}.
 *
 * <p>Without explicit namespaces, {@code exec}/{@code eval} run in their caller's globals and
 * locals, and {@code globals()} gives the caller's; a builtin function cannot see its caller's
 * frame, so the compiler turns calls of these names (when they mean the builtins) into a
 * {@link FrameCall} node that passes the frame along. Called another way (through an alias),
 * they need explicit namespaces and say so.
 *
 * <p>A code object keeps its checked syntax tree and compiles it for the way it is run: with
 * one namespace (module-level names are globals) or with separate locals (module-level names
 * live in the locals mapping, as in a class body).
 */
final class ExecSupport {
    private ExecSupport() {}

    /** CPython's {@code PyCF_ONLY_AST} and {@code CO_FUTURE_ANNOTATIONS} flags. */
    private static final long ONLY_AST = 0x400;
    static final long FUTURE_ANNOTATIONS = 0x1000000;

    /** A compile-time error as the Python {@code SyntaxError} (or subclass) to raise. */
    static PyException syntaxError(PythonSyntaxError e) {
        PyType type = ExceptionTypes.all().getOrDefault(e.type(), ExceptionTypes.SYNTAX_ERROR);
        if (!type.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            return new PyException(new PyBaseException(type, List.of(PyStr.of(e.msg()))));
        }
        // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython raises it.
        Object text = e.text() == null ? PyNone.NONE : PyStr.of(e.text().endsWith("\n") ? e.text() : e.text() + "\n");
        PyTuple details = PyTuple.of(PyStr.of(e.filename()), (long) e.line(), (long) e.offset(), text,
                (long) e.endLine(), (long) e.endOffset());
        return new PyException(dev.krait.runtime.ExceptionInit.create(type, PyStr.of(e.msg()), details));
    }

    /** A code object made by {@code compile()}: {@code exec}/{@code eval} run it. */
    static final class CodeObject extends PyObject implements dev.krait.runtime.HasAttributes {
        final String filename;
        final String mode;
        private final Mod.Module tree;
        private final Scope scope;
        private final boolean futureAnnotations;
        private Code withGlobals;
        private Code withLocals;

        CodeObject(String filename, String mode, Mod.Module tree, Scope scope, boolean futureAnnotations) {
            this.filename = filename;
            this.mode = mode;
            this.tree = tree;
            this.scope = scope;
            this.futureAnnotations = futureAnnotations;
        }

        /** The executable code: module-level names in the locals mapping when {@code separateLocals}. */
        Code code(boolean separateLocals) {
            if (separateLocals) {
                if (withLocals == null) {
                    withLocals = compile(true);
                }
                return withLocals;
            }
            if (withGlobals == null) {
                withGlobals = compile(false);
            }
            return withGlobals;
        }

        private Code compile(boolean separateLocals) {
            return Compiler.compileForExec(tree, scope, filename, separateLocals, mode.equals("single"),
                    mode.equals("eval"), futureAnnotations);
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "co_filename" -> PyStr.of(filename);
                case "co_name", "co_qualname" -> PyStr.of("<module>");
                case "co_firstlineno" -> 1L;
                default -> throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'code' object has no attribute '" + name
                        + "'");
            };
        }

        @Override
        public void setAttr(String name, Object value) {
            throw Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "'code' object attribute '" + name + "' is read-only");
        }

        @Override
        public PyType type() {
            return Types.CODE;
        }

        @Override
        public String toString() {
            return "<code object <module> at 0x" + String.format("%012x", System.identityHashCode(this))
                    + ", file \"" + filename + "\", line 1>";
        }
    }

    /** {@code compile(source, filename, mode, flags=0, dont_inherit=False)}. */
    static CodeObject compile(SyntaxParser parser, Object source, String filename, String mode, long flags,
            String function) {
        if ((flags & ONLY_AST) != 0) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot compile to an AST object yet");
        }
        if ((flags & ~0x1ff7f00L) != 0) { // the __future__ feature flags and the PyCF_* ones
            throw Errors.valueError("compile(): unrecognised flags");
        }
        String text = sourceText(source, function);
        if (text.indexOf('\0') >= 0) {
            throw Errors.valueError("source code string cannot contain null bytes"); // CPython 3.11.2's type
        }
        try {
            Mod.Module module = switch (mode) {
                case "exec" -> parser.parseModule(text, filename, SyntaxParser.Mode.COMPILE);
                case "single" -> new Mod.Module(parser.parseInteractive(text, filename, SyntaxParser.Mode.COMPILE).body(),
                        List.of());
                case "eval" -> {
                    Mod.Expression e = parser.parseExpression(text, filename, SyntaxParser.Mode.COMPILE);
                    yield new Mod.Module(List.of(new Stmt.ExprStmt(e.body(), e.body().span())), List.of());
                }
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            Scope scope = CompileChecks.check(module, filename, text);
            return new CodeObject(filename, mode, module, scope, (flags & FUTURE_ANNOTATIONS) != 0);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        }
    }

    private static String sourceText(Object source, String function) {
        if (source instanceof PyStr s) {
            return s.value();
        }
        if (source instanceof PyBytes b) {
            return new String(b.data(), StandardCharsets.UTF_8);
        }
        throw Errors.typeError(function + "() arg 1 must be a string, bytes" + (function.equals("compile")
                ? " or AST object" : " or code object"));
    }

    /**
     * {@code exec}/{@code eval} with the given positional arguments; {@code callerGlobals} and
     * {@code callerLocals} are the caller's namespaces (null when unknown).
     */
    static Object run(InterpreterState state, String function, Object[] args, PyDict callerGlobals,
                      java.util.function.Supplier<Object> callerLocals) {
        if (args.length == 0) {
            throw Errors.typeError(function + "() takes at least 1 positional argument (0 given)");
        }
        if (args.length > 3) {
            throw Errors.typeError(function + "() takes at most 3 positional arguments (" + args.length + " given)");
        }
        Object globals = args.length > 1 ? args[1] : PyNone.NONE;
        Object locals = args.length > 2 ? args[2] : PyNone.NONE;
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw Errors.typeError(function.equals("exec") ? "exec() globals must be a dict, not " + Types.nameOf(globals)
                    : isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        if (locals != PyNone.NONE && !isMapping(locals)) {
            throw Errors.typeError(function.equals("exec") ? "locals must be a mapping or None, not "
                    + Types.nameOf(locals) : "locals must be a mapping");
        }
        if (globals == PyNone.NONE) {
            if (callerGlobals == null) {
                throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait runs " + function
                        + "() without explicit globals only when it is called by its own name");
            }
            globals = callerGlobals;
            if (locals == PyNone.NONE) {
                locals = callerLocals.get();
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        if (!(locals instanceof PyDict localsDict)) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait runs " + function
                    + "() only with a dict as locals, not '" + Types.nameOf(locals) + "'");
        }
        PyDict globalsDict = (PyDict) globals;
        Object source = args[0];
        CodeObject code;
        if (source instanceof CodeObject c) {
            code = c;
        } else if (source instanceof PyStr || source instanceof PyBytes) {
            String text = sourceText(source, function);
            if (function.equals("eval")) {
                text = stripLeadingBlanks(text);
            }
            code = compile(state.parser(), PyStr.of(text), "<string>", function, 0, function);
        } else {
            throw Errors.typeError(function + "() arg 1 must be a string, bytes or code object");
        }
        useBuiltins(state, globalsDict);
        boolean separate = localsDict != globalsDict;
        Object result = ModuleRunner.runNested(code.code(separate), globalsDict,
                separate ? new DictBackedMap(localsDict) : null, state);
        return function.equals("eval") && result != null ? result : PyNone.NONE;
    }

    private static String stripLeadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(i);
    }

    /** CPython's mapping check: anything subscriptable (a list passes too; it is never read as one). */
    private static boolean isMapping(Object o) {
        return o instanceof PyDict || o instanceof dev.krait.runtime.PyList || o instanceof dev.krait.runtime.PyTuple
                || o instanceof PyStr || o instanceof PyBytes || o instanceof dev.krait.runtime.PyByteArray
                || o instanceof dev.krait.runtime.PyRange
                || !Types.typeOf(o).isBuiltin() && Types.typeOf(o).lookup("__getitem__") != null;
    }

    /** CPython adds {@code __builtins__} to a globals dict that lacks it; only this interpreter's builtins run. */
    private static void useBuiltins(InterpreterState state, PyDict globals) {
        Object b = globals.get("__builtins__");
        if (b == null) {
            globals.put("__builtins__", state.builtins);
        } else if (b != state.builtins && !(b instanceof PyModule m && m.namespace() == state.builtins)) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Krait cannot run code with its own __builtins__ yet");
        }
    }

    /** The builtins {@code compile}, {@code exec}, {@code eval} and {@code globals}. */
    static void install(Map<String, Object> builtins, InterpreterState state) {
        dev.krait.runtime.Signature compileSignature = dev.krait.runtime.Signature.parse(
                "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)");
        builtins.put("compile", new PyBuiltinFunction("compile", (args, kw) -> {
            Object[] a = compileSignature.bind(args, kw);
            if (!(a[1] instanceof PyStr filename)) {
                throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Types.nameOf(a[1]));
            }
            if (!(a[2] instanceof PyStr mode)) {
                throw Errors.typeError("compile() argument 'mode' must be str, not " + Types.nameOf(a[2]));
            }
            if (!dev.krait.runtime.Arithmetic.isInt(a[3]) || !(Ops.positive(a[3]) instanceof Long flags)) {
                throw Errors.typeError("'" + Types.nameOf(a[3]) + "' object cannot be interpreted as an integer");
            }
            return compile(state.parser(), a[0], filename.value(), mode.value(), flags, "compile");
        }));
        for (String name : new String[] {"exec", "eval"}) {
            builtins.put(name, new PyBuiltinFunction(name, (args, kw) -> {
                rejectKeywords(name, kw);
                return run(state, name, args, null, null);
            }));
        }
        builtins.put("globals", new PyBuiltinFunction("globals", (args, kw) -> {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Krait runs globals() only when it is called by its own name");
        }));
    }

    private static void rejectKeywords(String function, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError("'" + kw[0] + "' is an invalid keyword argument for " + function + "()");
        }
    }

    /**
     * A call of the builtin {@code exec}, {@code eval} or {@code globals} by name, with its
     * caller's frame: without explicit namespaces they use the frame's.
     */
    static final class FrameCall extends ExprNode {
        private final String function;
        private final ExprNode[] args;
        private final String[] localNames;
        private final String[] cellNames;

        FrameCall(String function, ExprNode[] args, String[] localNames, String[] cellNames) {
            this.function = function;
            this.args = args;
            this.localNames = localNames;
            this.cellNames = cellNames;
        }

        @Override
        Object eval(Frame frame) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = args[i].eval(frame);
            }
            if (function.equals("globals")) {
                if (values.length > 0) {
                    throw Errors.typeError("globals() takes no arguments (" + values.length + " given)");
                }
                return frame.globals;
            }
            return run(frame.state, function, values, frame.globals,
                    () -> FrameIntrospection.locals(frame, localNames, cellNames));
        }
    }

    /** An expression statement in {@code 'single'} mode: its value, unless None, is echoed as the REPL does. */
    static final class Display extends ExprNode {
        private final ExprNode value;

        Display(ExprNode value) {
            this.value = value;
        }

        @Override
        Object eval(Frame frame) {
            Object v = value.eval(frame);
            if (v != PyNone.NONE) {
                frame.builtins.put("_", PyNone.NONE);
                frame.state.out().print(Ops.repr(v) + "\n");
                frame.builtins.put("_", v);
            }
            return PyNone.NONE;
        }
    }
}
