package dev.krait.syntax.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SyntaxParser;

/** {@link AstCodec} gives back the very AST it was given, for every snippet of the parser corpus. */
class AstCodecTest {
    @Test
    void everyCorpusModuleRoundTripsAndEveryNodeKindIsCovered() throws IOException {
        SyntaxParser parser = new SyntaxParser();
        Set<Class<?>> kinds = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "parser", "corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                for (String snippet : Files.readString(file).split("\n#---\n")) {
                    String source = snippet + "\n";
                    Mod.Module module;
                    try {
                        module = parser.parseModule(source, file.toString(), SyntaxParser.Mode.AST);
                    } catch (PythonSyntaxError notValidHere) {
                        continue;
                    }
                    Mod.Module back = AstCodec.decode(AstCodec.encode(module, source), source);
                    assertEquals(module, back, file + ": " + snippet);
                    collectKinds(module, kinds);
                }
            }
        }
        assertTrue(kinds.size() > 55, "the corpus covered only " + kinds.size() + " node kinds");
    }

    @Test
    void aBlobMadeFromOtherTextOrDamagedIsRefused() {
        SyntaxParser parser = new SyntaxParser();
        String source = "x = 1\n";
        byte[] blob = AstCodec.encode(parser.parseModule(source, "<t>", SyntaxParser.Mode.AST), source);
        assertNull(AstCodec.decode(blob, "x = 2\n"));
        byte[] cut = java.util.Arrays.copyOf(blob, blob.length - 3);
        assertNull(AstCodec.decode(cut, source));
    }

    private static void collectKinds(Node n, Set<Class<?>> kinds) {
        kinds.add(n.getClass());
        for (Node child : AstNodes.children(n)) {
            collectKinds(child, kinds);
        }
    }
}
