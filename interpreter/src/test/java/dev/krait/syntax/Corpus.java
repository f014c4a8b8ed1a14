package dev.krait.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the parser corpus under {@code src/test/resources/parser}: chunk files split on
 * {@code #---} lines, raw one-snippet files, and their golden lines (format in the
 * corpus README).
 */
final class Corpus {
    static final Path ROOT = Paths.get("src", "test", "resources", "parser");

    /** One snippet and what CPython said about it. */
    record Case(String name, String source, String golden) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {}

    static List<Case> cases(String dir, String goldenExtension) {
        List<Case> out = new ArrayList<>();
        Path base = ROOT.resolve(dir);
        for (Path file : list(base)) {
            if (!file.toString().endsWith(".py")) {
                continue;
            }
            String stem = file.getFileName().toString().replaceAll("\\.py$", "");
            List<String> goldens = readLines(base.resolve(stem + goldenExtension));
            List<String> snippets = chunks(read(file));
            if (snippets.size() != goldens.size()) {
                throw new IllegalStateException(file + ": " + snippets.size() + " snippets, " + goldens.size() + " goldens");
            }
            for (int i = 0; i < snippets.size(); i++) {
                out.add(new Case(dir + "/" + stem + ".py#" + i, snippets.get(i), goldens.get(i)));
            }
        }
        Path raw = base.resolve("raw");
        for (Path file : list(raw)) {
            if (!file.toString().endsWith(".py")) {
                continue;
            }
            String stem = file.getFileName().toString().replaceAll("\\.py$", "");
            byte[] bytes = readBytes(file);
            String golden = readLines(raw.resolve(stem + goldenExtension)).get(0);
            out.add(new Case(dir + "/raw/" + stem + ".py",
                    RAW_PREFIX + new String(bytes, StandardCharsets.ISO_8859_1), golden));
        }
        return out;
    }

    /** Raw cases carry their bytes (as ISO-8859-1 text) behind this marker, to be decoded like a file. */
    static final String RAW_PREFIX = "\u0000raw:";

    static String sourceText(Case c, String filename) {
        if (c.source().startsWith(RAW_PREFIX)) {
            byte[] bytes = c.source().substring(RAW_PREFIX.length()).getBytes(StandardCharsets.ISO_8859_1);
            return SourceDecoder.decode(bytes, filename);
        }
        return c.source();
    }

    static List<String> chunks(String text) {
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.equals("#---")) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        out.add(current.toString());
        return out;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        return new String(readBytes(p), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path p) {
        String text = read(p);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return List.of(text.split("\n", -1));
    }
}
