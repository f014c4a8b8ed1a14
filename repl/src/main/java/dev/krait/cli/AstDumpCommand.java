package dev.krait.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SourceDecoder;
import dev.krait.syntax.SyntaxParser;
import dev.krait.syntax.ast.AstDump;
import dev.krait.syntax.ast.Mod;

/**
 * {@code krait --dump-ast FILE}: prints what CPython's {@code ast.dump(ast.parse(source))}
 * prints for the file, or the file's syntax error exactly as CPython shows it when it runs
 * the file as a script.
 */
final class AstDumpCommand {
    private AstDumpCommand() {}

    static int run(String file, InputStream in, PrintStream out, PrintStream err) {
        byte[] bytes;
        String filename;
        if (file.equals("-")) {
            filename = "<stdin>";
            try {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                err.print("krait: can't read standard input: " + e.getMessage() + "\n");
                return Main.EXIT_USAGE;
            }
        } else {
            // CPython names a script by its absolute, unnormalised path (cwd + "/" + argument),
            // both in "can't open file" and in the File line of a syntax error.
            try {
                filename = Path.of(file).toAbsolutePath().toString();
            } catch (InvalidPathException e) {
                err.print("krait: can't open file '" + file + "': [Errno 22] Invalid argument\n");
                return Main.EXIT_USAGE;
            }
            try {
                bytes = Files.readAllBytes(Path.of(filename));
            } catch (IOException e) {
                err.print("krait: can't open file '" + filename + "': " + describe(e, Path.of(filename)) + '\n');
                return Main.EXIT_USAGE;
            }
        }
        Mod.Module module;
        try {
            String text = SourceDecoder.decode(bytes, filename);
            module = new SyntaxParser().parseModule(text, filename, SyntaxParser.Mode.AST);
        } catch (PythonSyntaxError e) {
            err.print(e.format());
            return Main.EXIT_ERROR;
        }
        out.print(AstDump.dump(module) + "\n");
        return Main.EXIT_OK;
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
