package dev.krait.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionInit;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Types;
import dev.krait.syntax.CompileChecks;
import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SourceDecoder;
import dev.krait.syntax.SyntaxParser;
import dev.krait.syntax.ast.Mod;

/**
 * One interpreter's import system, as CPython's: {@code sys.modules} is the very dict the
 * importer consults (delete an entry and the next import runs the module again), and
 * {@code sys.path} the very list it searches, read afresh at each import. Builtin modules are
 * made in Java; {@code .py} modules and packages are found on the path (a package's
 * submodules under its {@code __path__}), put in {@code sys.modules} before their body runs
 * — so a circular import sees the partially initialised module — and removed again if it
 * fails.
 */
public final class Importer {
    /** Makes a builtin module's namespace. */
    public interface BuiltinModule {
        void fill(Map<String, Object> namespace, InterpreterState state);
    }

    private final InterpreterState state;
    private final PyDict modules = PyDict.namespace();
    private final Map<String, BuiltinModule> builtinModules = new LinkedHashMap<>();
    private final PyList path = new PyList();
    /** Modules whose body is running now (for the "partially initialized module" error). */
    private final Set<String> initializing = new HashSet<>();

    /** The {@link ModuleLibrary} implementations on the class path, looked up at the first import that needs them. */
    private java.util.List<ModuleLibrary> libraries;

    Importer(InterpreterState state) {
        this.state = state;
    }

    java.util.List<ModuleLibrary> libraries() {
        if (libraries == null) {
            java.util.List<ModuleLibrary> found = new java.util.ArrayList<>();
            java.util.ServiceLoader.load(ModuleLibrary.class, Importer.class.getClassLoader()).forEach(found::add);
            libraries = java.util.List.copyOf(found);
        }
        return libraries;
    }

    public void addBuiltinModule(String name, BuiltinModule module) {
        builtinModules.put(name, module);
    }

    /** {@code sys.path}: the directories searched for top-level modules, as str. */
    public PyList path() {
        return path;
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    /** Registers the main module so that {@code import __main__} and sys.modules see it. */
    public void registerMain(PyModule main) {
        modules.put("__main__", main);
    }

    /** True while the body of module {@code name} runs. */
    boolean isInitializing(String name) {
        return initializing.contains(name);
    }

    /**
     * Imports a dotted module name: each package on the way, then the module. Returns the
     * named module itself (whatever {@code sys.modules} holds for it).
     */
    public Object importModule(String dotted) {
        Object found = cached(dotted);
        if (found != null) {
            return found;
        }
        int dot = dotted.lastIndexOf('.');
        List<Path> where;
        Object parent = null;
        if (dot >= 0) {
            parent = importModule(dotted.substring(0, dot));
            found = cached(dotted);
            if (found != null) {
                return found;
            }
            Object parentPath = attributeOrNull(parent, "__path__");
            if (parentPath == null) {
                throw notFound("No module named '" + dotted + "'; '" + dotted.substring(0, dot) + "' is not a package",
                        dotted);
            }
            where = directories(parentPath);
        } else {
            where = directories(path);
        }
        Object module = load(dotted, where);
        if (parent != null) {
            Ops.setAttr(parent, dotted.substring(dot + 1), module);
        }
        return module;
    }

    private Object cached(String dotted) {
        Object found = modules.get(dotted);
        if (found == PyNone.NONE) {
            throw notFound("import of " + dotted + " halted; None in sys.modules", dotted);
        }
        return found;
    }

    /** {@code obj.name}, or null when it has no such attribute. */
    static Object attributeOrNull(Object obj, String name) {
        if (obj instanceof PyModule m) {
            Object v = m.namespace().get(name);
            if (v != null || m.namespace().get("__getattr__") == null) {
                return v;
            }
        }
        try {
            return Ops.getAttr(obj, name);
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** The directories named by the str items of a search path; other items are skipped, as CPython does. */
    private static List<Path> directories(Object searchPath) {
        List<Path> dirs = new java.util.ArrayList<>();
        for (Iterator<Object> it = Ops.iterate(searchPath); it.hasNext(); ) {
            if (it.next() instanceof PyStr s) {
                try {
                    dirs.add(Path.of(s.value().isEmpty() ? "." : s.value()));
                } catch (InvalidPathException e) {
                    // not a usable directory: skipped
                }
            }
        }
        return dirs;
    }

    private Object load(String dotted, List<Path> where) {
        String simple = dotted.substring(dotted.lastIndexOf('.') + 1);
        BuiltinModule builtin = dotted.indexOf('.') < 0 ? builtinModules.get(dotted) : null;
        if (builtin != null) {
            PyDict ns = PyDict.namespace();
            ns.put("__name__", PyStr.of(dotted));
            ns.put("__doc__", PyNone.NONE);
            ns.put("__package__", PyStr.EMPTY);
            ns.put("__loader__", PyNone.NONE);
            ns.put("__spec__", spec(dotted, "built-in", "", null));
            Map<String, Object> filled = new LinkedHashMap<>();
            builtin.fill(filled, state);
            filled.forEach(ns::put);
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
        Object library = LibraryModules.load(this, dotted);
        if (library != null) {
            return library;
        }
        throw notFound("No module named '" + dotted + "'", dotted);
    }

    /**
     * The file that {@code python -m dotted} runs: the module's source, or a package's
     * {@code __main__.py}; parent packages are imported first, as CPython does. Raises
     * ImportError with CPython's wording ({@code No module named x}, {@code ... is a package
     * and cannot be directly executed}) when there is none.
     */
    public Path mainFile(String dotted) {
        int dot = dotted.lastIndexOf('.');
        List<Path> where;
        if (dot >= 0) {
            Object parent = importModule(dotted.substring(0, dot));
            Object parentPath = attributeOrNull(parent, "__path__");
            if (parentPath == null) {
                throw notFound("No module named " + dotted + "; '" + dotted.substring(0, dot) + "' is not a package",
                        dotted);
            }
            where = directories(parentPath);
        } else {
            if (builtinModules.containsKey(dotted)) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR, "No code object available for " + dotted);
            }
            where = directories(path);
        }
        String simple = dotted.substring(dot + 1);
        for (Path dir : where) {
            if (Files.isRegularFile(dir.resolve(simple).resolve("__init__.py"))) {
                importModule(dotted);
                Path main = dir.resolve(simple).resolve("__main__.py");
                if (Files.isRegularFile(main)) {
                    return main.toAbsolutePath();
                }
                throw notFound("No module named " + dotted + ".__main__; '" + dotted
                        + "' is a package and cannot be directly executed", dotted);
            }
            Path file = dir.resolve(simple + ".py");
            if (Files.isRegularFile(file)) {
                return file.toAbsolutePath();
            }
        }
        throw notFound("No module named " + dotted, dotted);
    }

    private static PyException notFound(String message, String name) {
        PyException e = Errors.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, message);
        e.value().setField("name", PyStr.of(name));
        return e;
    }

    /** A module's {@code __spec__}: what CPython's {@code ModuleSpec} shows of it. */
    static RecordObject spec(String name, String origin, String parent, PyList searchLocations) {
        RecordObject spec = new RecordObject(Types.MODULE_SPEC, s -> "ModuleSpec(name=" + Ops.repr(s.getAttr("name"))
                + ", loader=None, origin=" + Ops.repr(s.getAttr("origin"))
                + (s.getAttr("submodule_search_locations") instanceof PyList l
                        ? ", submodule_search_locations=" + Ops.repr(l) : "") + ")");
        return spec.with("name", PyStr.of(name))
                .with("loader", PyNone.NONE)
                .with("origin", PyStr.of(origin))
                .with("parent", PyStr.of(parent))
                .with("submodule_search_locations", searchLocations == null ? PyNone.NONE : searchLocations)
                .with("has_location", !origin.equals("built-in"))
                .with("cached", PyNone.NONE);
    }

    private Object run(String dotted, Path file, Path packageDir) {
        String filename = file.toAbsolutePath().normalize().toString();
        PyList searchLocations = null;
        if (packageDir != null) {
            searchLocations = new PyList();
            searchLocations.append(PyStr.of(packageDir.toAbsolutePath().normalize().toString()));
        }
        String text;
        try {
            text = SourceDecoder.decode(Files.readAllBytes(file), filename);
        } catch (PythonSyntaxError e) {
            throw ExecSupport.syntaxError(e);
        } catch (IOException e) {
            throw notFound("No module named '" + dotted + "'", dotted);
        }
        return runSource(dotted, text, filename, cachedPath(file), searchLocations);
    }

    /**
     * Runs module {@code dotted} from its source text, as a package when
     * {@code searchLocations} (its {@code __path__}) is given; {@code cached} is its
     * {@code __cached__}, or null for none.
     */
    Object runSource(String dotted, String text, String filename, String cached, PyList searchLocations) {
        return runSource(dotted, text, filename, cached, searchLocations, null);
    }

    /** As above; {@code parsed}, when not null, is the text's AST as the library shipped it (see ModuleLibrary.Source). */
    Object runSource(String dotted, String text, String filename, String cached, PyList searchLocations,
            byte[] parsed) {
        String pkg = searchLocations != null ? dotted
                : dotted.contains(".") ? dotted.substring(0, dotted.lastIndexOf('.')) : "";
        PyDict globals = PyDict.namespace();
        globals.put("__name__", PyStr.of(dotted));
        globals.put("__doc__", PyNone.NONE);
        globals.put("__package__", PyStr.of(pkg));
        globals.put("__loader__", PyNone.NONE);
        globals.put("__spec__", spec(dotted, filename, pkg, searchLocations));
        if (searchLocations != null) {
            globals.put("__path__", searchLocations);
        }
        globals.put("__file__", PyStr.of(filename));
        globals.put("__cached__", cached == null ? PyNone.NONE : PyStr.of(cached));
        globals.put("__builtins__", state.builtins);
        PyModule module = new PyModule(dotted, globals);
        modules.put(dotted, module);
        initializing.add(dotted);
        try {
            Mod.Module tree = parsed == null ? null : dev.krait.syntax.ast.AstCodec.decode(parsed, text);
            boolean checked = tree != null; // the build ran the checks when it parsed the module ahead
            if (tree == null) {
                tree = state.parser().parseModule(text, filename, SyntaxParser.Mode.COMPILE);
            }
            Code code = Compiler.compileModule(tree, checked ? CompileChecks.scopesOfChecked(tree, filename, text)
                    : CompileChecks.check(tree, filename, text), filename);
            state.rememberSource(filename, text);
            ModuleRunner.run(code, globals, state);
        } catch (PythonSyntaxError e) {
            modules.remove(dotted);
            throw ExecSupport.syntaxError(e);
        } catch (RuntimeException e) {
            modules.remove(dotted); // a module whose body failed is not kept
            throw e;
        } finally {
            initializing.remove(dotted);
        }
        Object loaded = modules.get(dotted);
        return loaded != null ? loaded : module;
    }

    /** Where CPython would keep the module's bytecode (it is never written here). */
    private static String cachedPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        String stem = name.substring(0, name.length() - ".py".length());
        return abs.resolveSibling("__pycache__").resolve(stem + ".cpython-311.pyc").toString();
    }

    /** Resolves {@code from ..x import y} against the importing module's package. */
    static String resolveRelative(String module, int level, PyDict globals) {
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
