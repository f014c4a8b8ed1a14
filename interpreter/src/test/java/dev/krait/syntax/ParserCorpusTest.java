package dev.krait.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.krait.syntax.ast.AstDump;

/**
 * The parser against CPython 3.11: every valid snippet must dump exactly as
 * {@code ast.dump(ast.parse(src))} did, and every invalid one must fail with the type, line,
 * offset and message that {@code compile()} gave. Cases listed in
 * {@code parser/known-differences.txt} are expected to differ, each with its reason.
 */
class ParserCorpusTest {
    private final SyntaxParser parser = new SyntaxParser();

    @TestFactory
    Stream<DynamicTest> validSnippetsDumpLikeCPython() {
        Map<String, String> known = knownDifferences();
        return Corpus.cases("corpus", ".ast").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String actual;
            try {
                actual = AstDump.dump(parser.parseModule(Corpus.sourceText(c, "snippet.py"), "snippet.py",
                        SyntaxParser.Mode.AST));
            } catch (PythonSyntaxError e) {
                actual = e.type() + ":" + e.line() + ":" + e.offset() + ":" + e.msg();
            }
            check(known, c, c.golden(), actual);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidSnippetsFailLikeCPython() {
        Map<String, String> known = knownDifferences();
        return Corpus.cases("errors", ".err").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String actual;
            try {
                String text = Corpus.sourceText(c, "snippet.py");
                CompileChecks.check(parser.parseModule(text, "snippet.py", SyntaxParser.Mode.COMPILE), "snippet.py", text);
                actual = "parsed without error";
            } catch (PythonSyntaxError e) {
                actual = e.type() + ":" + e.line() + ":" + e.offset() + ":" + e.msg();
            }
            check(known, c, c.golden(), actual);
        }));
    }

    private static void check(Map<String, String> known, Corpus.Case c, String expected, String actual) {
        if (known.containsKey(c.name())) {
            if (expected.equals(actual)) {
                throw new AssertionError(c.name() + " is listed in known-differences.txt but now matches CPython;"
                        + " remove it from the list");
            }
            return;
        }
        assertEquals(expected, actual, () -> c.name() + "\n" + c.source());
    }

    /** {@code case-name  reason} lines; '#' starts a comment. */
    static Map<String, String> knownDifferences() {
        Map<String, String> out = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(Corpus.ROOT.resolve("known-differences.txt"));
            for (String line : lines) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+", 2);
                out.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } catch (IOException e) {
            // no list: nothing is known to differ
        }
        return out;
    }
}
