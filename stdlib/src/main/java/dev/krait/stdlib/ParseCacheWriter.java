package dev.krait.stdlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.krait.syntax.CompileChecks;
import dev.krait.syntax.SyntaxParser;
import dev.krait.syntax.ast.AstCodec;
import dev.krait.syntax.ast.Mod;

/**
 * Run by the build (exec-maven-plugin, {@code process-classes}): parses every {@code .py}
 * under the directory given and writes its AST beside it as {@code .py.ast}, so that
 * importing a standard-library module in a fresh JVM skips the parse, and the static checks,
 * which run here instead. A module that does not parse or check fails the build.
 */
public final class ParseCacheWriter {
    private ParseCacheWriter() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        SyntaxParser parser = new SyntaxParser();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(f -> f.toString().endsWith(".py")).sorted().toList();
        }
        for (Path file : sources) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Mod.Module module = parser.parseModule(text, file.toString(), SyntaxParser.Mode.COMPILE);
            // The checks an import would run; imports of the parsed form skip them (see Importer).
            CompileChecks.check(module, file.toString(), text);
            Files.write(file.resolveSibling(file.getFileName() + ".ast"), AstCodec.encode(module, text));
        }
        System.out.println("ParseCacheWriter: " + sources.size() + " modules parsed ahead in " + root);
    }
}
