package dev.krait.syntax.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.krait.syntax.PythonSyntaxError;
import dev.krait.syntax.SyntaxParser;

/**
 * {@link AstNodes#children}'s written-out cases for the common node kinds give exactly what
 * the record components give, for every node of the parser corpus.
 */
class AstNodesTest {
    @Test
    void theWrittenOutChildrenAgreeWithTheRecordComponentsOnTheWholeCorpus() throws IOException {
        SyntaxParser parser = new SyntaxParser();
        int nodes = 0;
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "parser", "corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                for (String snippet : Files.readString(file).split("\n#---\n")) {
                    Mod.Module module;
                    try {
                        module = parser.parseModule(snippet + "\n", file.toString(), SyntaxParser.Mode.AST);
                    } catch (PythonSyntaxError notValidHere) {
                        continue; // the corpus holds snippets only valid in some contexts
                    }
                    Deque<Node> work = new ArrayDeque<>(List.of(module));
                    while (!work.isEmpty()) {
                        Node n = work.pop();
                        List<Node> children = AstNodes.children(n);
                        assertEquals(AstNodes.reflectiveChildren(n), children, n.getClass().getName());
                        children.forEach(work::push);
                        nodes++;
                    }
                }
            }
        }
        assertTrue(nodes > 10_000, "walked only " + nodes + " nodes");
    }
}
