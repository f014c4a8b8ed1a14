package dev.krait.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The bytes of a program named on the command line, and the name tracebacks give it. */
record ProgramSource(String filename, byte[] bytes) {
    /**
     * Reads {@code file} ({@code -} is standard input), or prints CPython's "can't open file"
     * message and returns null.
     */
    static ProgramSource read(String file, InputStream in, PrintStream err) {
        if (file.equals("-")) {
            try {
                return new ProgramSource("<stdin>", in.readAllBytes());
            } catch (IOException e) {
                err.print("krait: can't read standard input: " + e.getMessage() + "\n");
                return null;
            }
        }
        // CPython names a script by its absolute, unnormalised path (cwd + "/" + argument),
        // both in "can't open file" and in tracebacks.
        String filename;
        try {
            filename = Path.of(file).toAbsolutePath().toString();
        } catch (InvalidPathException e) {
            err.print("krait: can't open file '" + file + "': [Errno 22] Invalid argument\n");
            return null;
        }
        try {
            return new ProgramSource(filename, Files.readAllBytes(Path.of(filename)));
        } catch (IOException e) {
            err.print("krait: can't open file '" + filename + "': " + describe(e, Path.of(filename)) + '\n');
            return null;
        }
    }

    /** The errno text CPython would show for a file that cannot be read. */
    private static String describe(IOException e, Path path) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (Files.isDirectory(path)) {
            return "[Errno 21] Is a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        String detail = e.getMessage();
        return detail == null ? e.getClass().getSimpleName() : detail;
    }
}
