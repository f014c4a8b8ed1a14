package dev.krait.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.krait.runtime.PyList;

/**
 * The library modules Krait writes in Python ({@code abc}, {@code collections.abc}, ...),
 * shipped as resources under {@code dev/krait/lib/} and found after {@code sys.path}, as
 * CPython finds its own library after the program's directory. A package is a directory with
 * an {@code __init__.py}; its submodules are looked up by their dotted name.
 */
final class LibraryModules {
    private LibraryModules() {}

    private static final String ROOT = "/dev/krait/lib/";

    /** Runs library module {@code dotted} into {@code importer}'s {@code sys.modules}; null when there is none. */
    static Object load(Importer importer, String dotted) {
        String base = ROOT + dotted.replace('.', '/');
        String text = read(base + "/__init__.py");
        boolean isPackage = text != null;
        if (!isPackage) {
            text = read(base + ".py");
        }
        if (text == null) {
            return null;
        }
        // Shown in tracebacks as a path that cannot be mistaken for a file of the program.
        String filename = "<krait-lib>/" + dotted.replace('.', '/') + (isPackage ? "/__init__.py" : ".py");
        return importer.runSource(dotted, text, filename, null, isPackage ? new PyList() : null);
    }

    private static String read(String resource) {
        try (InputStream in = LibraryModules.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
