package dev.krait.code;

/**
 * A library of importable Python modules, found with {@link java.util.ServiceLoader}: the
 * {@code stdlib} module provides Krait's standard library this way, so the interpreter never
 * names it (the dependency points from {@code stdlib} to the interpreter). An import looks in
 * {@code sys.path} first, then in the interpreter's own modules, then in each library.
 *
 * <p>Implementations are stateless: one instance serves every interpreter in the JVM.
 */
public interface ModuleLibrary {
    /** Module {@code dotted} ({@code "asyncio.tasks"}) as source text, or null when this library has no such module. */
    Source find(String dotted);

    /**
     * A module's source; {@code isPackage} when it is a package's {@code __init__};
     * {@code parsed}, when not null, its AST as {@link dev.krait.syntax.ast.AstCodec} encodes
     * it, which spares the import a parse (used only if it was made from this very text).
     * Tracebacks show it as {@code <krait-lib>/path}, which no program file can be mistaken for.
     */
    record Source(String text, boolean isPackage, byte[] parsed) {}

    /**
     * Reads {@code dotted} from the resources under {@code root} of {@code owner}'s class
     * loader: {@code root/a/b/__init__.py} for a package, else {@code root/a/b.py}, with the
     * parsed form beside it ({@code .py.ast}) when the build made one.
     */
    static Source fromResources(Class<?> owner, String root, String dotted) {
        String base = root + dotted.replace('.', '/');
        String file = base + "/__init__.py";
        String text = LibraryModules.read(owner, file);
        boolean isPackage = text != null;
        if (!isPackage) {
            file = base + ".py";
            text = LibraryModules.read(owner, file);
        }
        return text == null ? null : new Source(text, isPackage, LibraryModules.readBytes(owner, file + ".ast"));
    }
}
