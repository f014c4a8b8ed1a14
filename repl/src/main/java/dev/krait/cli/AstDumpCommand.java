package dev.krait.cli;

import java.io.InputStream;
import java.io.PrintStream;

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
        ProgramSource source = ProgramSource.read(file, in, err);
        if (source == null) {
            return Main.EXIT_USAGE;
        }
        byte[] bytes = source.bytes();
        String filename = source.filename();
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
}
