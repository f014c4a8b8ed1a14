package dev.krait.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionInit;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.syntax.CompileChecks;
import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SourceDecoder;
import dev.krait.syntax.SyntaxParser;
import dev.krait.syntax.ast.Mod;

/**
 * One interpreter's import system: the module cache ({@code sys.modules}), builtin modules
 * made in Java, and modules and packages found as {@code .py} files on the search path (the
 * script's directory first), each run once in its own namespace.
 */
public final class Importer {
    /** Makes a builtin module's namespace. */
    public interface BuiltinModule {
        void fill(Map<String, Object> namespace, InterpreterState state);
    }

    private final InterpreterState state;
    private final Map<String, PyModule> modules = new LinkedHashMap<>();
    private final Map<String, BuiltinModule> builtinModules = new LinkedHashMap<>();
    private final List<Path> path = new ArrayList<>();
    private final SyntaxParser parser = new SyntaxParser();

    Importer(InterpreterState state) {
        this.state = state;
    }

    public void addBuiltinModule(String name, BuiltinModule module) {
        builtinModules.put(name, module);
    }

    /** The search path for {@code .py} modules (sys.path). */
    public List<Path> path() {
        return path;
    }

    public Map<String, PyModule> modules() {
        return modules;
    }

    /** Registers the main module so that {@code import __main__} and sys.modules see it. */
    public void registerMain(PyModule main) {
        modules.put("__main__", main);
    }

    /**
     * Imports a dotted module name: each package on the way, then the module. Returns the
     * named module itself.
     */
    public PyModule importModule(String dotted) {
        PyModule found = modules.get(dotted);
        if (found != null) {
            return found;
        }
        int dot = dotted.lastIndexOf('.');
        List<Path> where = path;
        PyModule parent = null;
        if (dot >= 0) {
            parent = importModule(dotted.substring(0, dot));
            found = modules.get(dotted);
            if (found != null) {
                return found;
            }
            Object parentPath = parent.namespace().get("__path__");
            if (parentPath == null) {
                throw notFound(dotted + "'; '" + parent.name() + "' is not a package", dotted);
            }
            where = List.of(Path.of(((PyStr) parentPath).value()));
        }
        PyModule module = load(dotted, where);
        if (parent != null) {
            parent.namespace().put(dotted.substring(dot + 1), module);
        }
        return module;
    }

    private PyModule load(String dotted, List<Path> where) {
        String simple = dotted.substring(dotted.lastIndexOf('.') + 1);
        BuiltinModule builtin = dotted.indexOf('.') < 0 ? builtinModules.get(dotted) : null;
        if (builtin != null) {
            Map<String, Object> ns = new LinkedHashMap<>();
            ns.put("__name__", PyStr.of(dotted));
            builtin.fill(ns, state);
            PyModule m = new PyModule(dotted, ns);
            modules.put(dotted, m);
            return m;
        }
        for (Path dir : where) {
            Path pkg = dir.resolve(simple).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) {
                return run(dotted, pkg, dir.resolve(simple));
            }
            Path file = dir.resolve(simple + ".py");
            if (Files.isRegularFile(file)) {
                return run(dotted, file, null);
            }
        }
        throw notFound(dotted + "'", dotted);
    }

    private static PyException notFound(String quotedTail, String name) {
        PyException e = Errors.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + quotedTail);
        e.value().setField("name", PyStr.of(name));
        return e;
    }

    private PyModule run(String dotted, Path file, Path packageDir) {
        String filename = file.toAbsolutePath().toString();
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("__name__", PyStr.of(dotted));
        globals.put("__file__", PyStr.of(filename));
        String pkg = packageDir != null ? dotted
                : dotted.contains(".") ? dotted.substring(0, dotted.lastIndexOf('.')) : "";
        globals.put("__package__", PyStr.of(pkg));
        if (packageDir != null) {
            globals.put("__path__", PyStr.of(packageDir.toAbsolutePath().toString()));
        }
        PyModule module = new PyModule(dotted, globals);
        modules.put(dotted, module);
        try {
            String text = SourceDecoder.decode(Files.readAllBytes(file), filename);
            Mod.Module tree = parser.parseModule(text, filename, SyntaxParser.Mode.COMPILE);
            Code code = Compiler.compileModule(tree, CompileChecks.check(tree, filename, text), filename);
            state.rememberSource(filename, text);
            ModuleRunner.run(code, globals, state);
        } catch (PythonSyntaxError e) {
            modules.remove(dotted);
            // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython raises it.
            Object text = e.text() == null ? PyNone.NONE : PyStr.of(e.text() + "\n");
            PyTuple details = PyTuple.of(PyStr.of(e.filename()), (long) e.line(), (long) e.offset(), text,
                    (long) e.endLine(), (long) e.endOffset());
            throw new PyException(ExceptionInit.create(ExceptionTypes.all().get(e.type()), PyStr.of(e.msg()), details));
        } catch (IOException e) {
            modules.remove(dotted);
            throw notFound(dotted + "'", dotted);
        } catch (RuntimeException e) {
            modules.remove(dotted); // a module whose body failed is not kept
            throw e;
        }
        return module;
    }

    /** Resolves {@code from ..x import y} against the importing module's package. */
    static String resolveRelative(String module, int level, Map<String, Object> globals) {
        if (level == 0) {
            return module;
        }
        Object pkg = globals.get("__package__");
        String base = pkg instanceof PyStr s ? s.value() : "";
        if (base.isEmpty()) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String[] parts = base.split("\\.");
        if (level - 1 >= parts.length) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
        }
        String prefix = String.join(".", java.util.Arrays.copyOf(parts, parts.length - (level - 1)));
        return module == null ? prefix : prefix + "." + module;
    }
}
