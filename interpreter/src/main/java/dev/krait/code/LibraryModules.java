package dev.krait.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.krait.runtime.PyList;

/**
 * The library modules Krait writes in Python ({@code abc}, {@code collections.abc}, ...),
 * shipped as resources under {@code dev/krait/lib/} and found after {@code sys.path}, as
 * CPython finds its own library after the program's directory. A package is a directory with
 * an {@code __init__.py}; its submodules are looked up by their dotted name. After them come
 * the {@link ModuleLibrary} implementations on the class path (the standard library).
 */
final class LibraryModules {
    private LibraryModules() {}

    private static final String ROOT = "/dev/krait/lib/";

    /** Runs library module {@code dotted} into {@code importer}'s {@code sys.modules}; null when there is none. */
    static Object load(Importer importer, String dotted) {
        ModuleLibrary.Source source = ModuleLibrary.fromResources(LibraryModules.class, ROOT, dotted);
        for (java.util.Iterator<ModuleLibrary> it = importer.libraries().iterator(); source == null && it.hasNext(); ) {
            source = it.next().find(dotted);
        }
        if (source == null) {
            return null;
        }
        // Shown in tracebacks as a path that cannot be mistaken for a file of the program.
        String filename = "<krait-lib>/" + dotted.replace('.', '/') + (source.isPackage() ? "/__init__.py" : ".py");
        return importer.runSource(dotted, source.text(), filename, null, source.isPackage() ? new PyList() : null,
                source.parsed());
    }

    static byte[] readBytes(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    static String read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
