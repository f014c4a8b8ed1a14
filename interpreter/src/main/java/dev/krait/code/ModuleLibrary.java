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
     * A module's source; {@code isPackage} when it is a package's {@code __init__}.
     * Tracebacks show it as {@code <krait-lib>/path}, which no program file can be mistaken for.
     */
    record Source(String text, boolean isPackage) {}

    /**
     * Reads {@code dotted} from the resources under {@code root} of {@code owner}'s class
     * loader: {@code root/a/b/__init__.py} for a package, else {@code root/a/b.py}.
     */
    static Source fromResources(Class<?> owner, String root, String dotted) {
        String base = root + dotted.replace('.', '/');
        String text = LibraryModules.read(owner, base + "/__init__.py");
        if (text != null) {
            return new Source(text, true);
        }
        text = LibraryModules.read(owner, base + ".py");
        return text == null ? null : new Source(text, false);
    }
}
