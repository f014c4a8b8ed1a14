package dev.krait.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.krait.syntax.ast.AstDump;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.parse.ParserCache;

/**
 * The parser must never fail any other way than with a {@link PythonSyntaxError}: not on
 * mangled input, not on pathological nesting, not on a thread with an ordinary stack, and its
 * caches must not grow without bound over a long-lived interpreter.
 *
 * <p>Stack: every test here runs its parses on a thread it creates with {@link #STACK} bytes
 * of stack, so that the result does not depend on the runner's {@code -Xss}. Measured on a
 * cold JVM (interpreted frames, the worst case; {@code -Xint} needs no more), the deepest
 * inputs need about 1.5 MiB: {@code '-'*100000+'1'}, {@code 'not '*100000+'1'} and
 * {@code 'a if b else '*100000+'c'} to reach CPython's {@code MemoryError}, and
 * {@code '-'*2000+'1'} or {@code 'lambda: '*2000+'1'}, which CPython accepts, about 1.25 MiB
 * to parse at all. Parentheses, indentation and long binary chains need under 1 MiB. On
 * the JVM's default 1 MiB thread stack those deep inputs end in a {@code RecursionError}
 * instead (never a {@link StackOverflowError}), which
 * {@link #smallStackStillEndsInAPythonError()} checks. 4 MiB is the measured need with more
 * than 2x headroom for bigger frames (a debugger, a coverage agent, another JIT).
 */
class ParserRobustnessTest {
    /** Stack for the parsing threads; see the class comment for why this size. */
    static final long STACK = 4L << 20;
    /** The state count past which a {@link dev.krait.syntax.parse.ParserCache} starts afresh. */
    static final int CACHE_CAP = dev.krait.syntax.parse.ParserCache.MAX_STATES;

    // ---------------------------------------------------------------- fuzz

    static final long FUZZ_SEED = 0x4B52414954L;
    static final int FUZZ_INPUTS = 50_000;
    static final long FUZZ_INPUT_LIMIT_NANOS = 2_000_000_000L;

    @Test
    void fuzzedInputsGiveAnAstOrASyntaxError() {
        Fuzzer fuzzer = new Fuzzer(seeds());
        SyntaxParser parser = new SyntaxParser();
        AtomicReference<String> current = new AtomicReference<>("");
        List<String> failures = onThread(Duration.ofSeconds(120), () -> "still parsing " + current.get(), () -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < FUZZ_INPUTS; i++) {
                Fuzzer.Input input = fuzzer.input(FUZZ_SEED, i);
                current.set("input #" + i + ": " + input);
                long start = System.nanoTime();
                String problem = check(parser, input, i);
                long took = System.nanoTime() - start;
                if (problem == null && took > FUZZ_INPUT_LIMIT_NANOS) {
                    problem = "took " + took / 1_000_000 + " ms";
                }
                if (problem != null) {
                    out.add("input #" + i + " " + input + "\n    " + problem);
                }
            }
            return out;
        });
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + FUZZ_INPUTS + " fuzzed inputs misbehaved (first 20 below; seed "
                    + FUZZ_SEED + ")\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    /** Parses one fuzzed input; null when it behaved, else what went wrong. */
    private static String check(SyntaxParser parser, Fuzzer.Input input, int index) {
        try {
            String text = input.bytes() != null ? SourceDecoder.decode(input.bytes(), "fuzz.py") : input.text();
            switch (index % 10) {
                case 8 -> AstDump.dump(parser.parseExpression(text, "fuzz.py", SyntaxParser.Mode.AST));
                case 9 -> AstDump.dump(parser.parseInteractive(text, "fuzz.py", SyntaxParser.Mode.COMPILE));
                default -> {
                    SyntaxParser.Mode mode = index % 2 == 0 ? SyntaxParser.Mode.AST : SyntaxParser.Mode.COMPILE;
                    Mod.Module module = parser.parseModule(text, "fuzz.py", mode);
                    AstDump.dump(module);
                    if (mode == SyntaxParser.Mode.COMPILE) {
                        CompileChecks.check(module, "fuzz.py", text);
                    }
                }
            }
            return null;
        } catch (PythonSyntaxError e) {
            return locationProblem(e);
        } catch (Throwable t) {
            return "threw " + t + " at " + (t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?");
        }
    }

    private static String locationProblem(PythonSyntaxError e) {
        String where = e.type() + ": " + e.msg() + " at line " + e.line() + " offset " + e.offset();
        if (!e.isSyntaxError()) {
            return Set.of("MemoryError", "RecursionError").contains(e.type()) ? null : "unexpected type " + where;
        }
        // CPython itself reports a bad encoding declaration at line 0, offset -1.
        if (e.line() == 0 && e.offset() == -1
                && (e.msg().startsWith("unknown encoding") || e.msg().startsWith("encoding problem"))) {
            return null;
        }
        // ... and a NUL byte anywhere with no location at all.
        if (e.line() == 0 && e.offset() == 0 && e.msg().equals("source code string cannot contain null bytes")) {
            return null;
        }
        if (e.line() < 1 || e.offset() < 0) {
            return "bad location: " + where;
        }
        return null;
    }

    /** Every snippet of the valid and invalid corpora, as text. */
    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        for (String[] set : new String[][] {{"corpus", ".ast"}, {"errors", ".err"}}) {
            for (Corpus.Case c : Corpus.cases(set[0], set[1])) {
                try {
                    out.add(Corpus.sourceText(c, "seed.py"));
                } catch (PythonSyntaxError undecodable) {
                    // a raw error case whose bytes do not decode: nothing to mutate
                }
            }
        }
        assertTrue(out.size() > 1000, "corpus too small: " + out.size());
        return out;
    }

    /**
     * Derives inputs from corpus snippets. Input {@code i} depends only on the seed and
     * {@code i}, so a failure can be replayed alone.
     */
    static final class Fuzzer {
        /** Text to parse, or bytes to decode first. */
        record Input(String text, byte[] bytes) {
            @Override
            public String toString() {
                return bytes != null ? "bytes " + escape(new String(bytes, StandardCharsets.ISO_8859_1), true)
                        : escape(text, false);
            }
        }

        private static final String[] PIECES = {
            "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\\", "\\\n", "\t", "\n", "\r", "\r\n",
            "\f", "\0", "\u00a0", "\u200b", "\ufeff", "\ud83d\ude00", "\ud835\udd18", "\u00e9", "\u0663",
            "#", ":", ";", ",", ".", "...", "=", ":=", "==", "->", "@", "*", "**", "+", "-", "~", "!", "!=",
            "$", "?", "`", "%", "&", "|", "^", "<<", ">>", "<", ">=", "f'", "f\"", "rb'", "b'", "u'", "fr'",
            "{x}", "{x!r}", "{x:>{w}}", "}}", "{{", "0x", "0b1", "1_000", "1e", "1j", "0o8", "01", "1.", ".5",
            "_", " ", "    ", "if", "else", "elif", "while", "for", "in", "not", "and", "or", "is", "def",
            "class", "return", "yield", "await", "async", "lambda", "try", "except", "finally", "with", "as",
            "from", "import", "global", "nonlocal", "del", "pass", "break", "continue", "raise", "assert",
            "None", "True", "False", "match", "case", "type", "print", "__debug__", "x", "*args", "**kw",
        };

        private final List<String> seeds;

        Fuzzer(List<String> seeds) {
            this.seeds = seeds;
        }

        Input input(long seed, int index) {
            Random rnd = new Random(mix(seed + index));
            int kind = rnd.nextInt(100);
            if (kind < 8) {
                return new Input(randomText(rnd), null);
            }
            if (kind < 13) {
                return new Input(null, mutateBytes(rnd, seed(rnd).getBytes(StandardCharsets.UTF_8)));
            }
            String text = seed(rnd);
            int rounds = kind < 40 ? 1 : 1 + rnd.nextInt(4);
            for (int r = 0; r < rounds; r++) {
                text = mutate(rnd, text);
            }
            return new Input(text, null);
        }

        private String seed(Random rnd) {
            return seeds.get(rnd.nextInt(seeds.size()));
        }

        private String mutate(Random rnd, String text) {
            return switch (rnd.nextInt(7)) {
                case 0 -> truncate(rnd, text);
                case 1, 2 -> mutateTokens(rnd, text);
                case 3, 4 -> insert(rnd, text);
                case 5 -> mutateLines(rnd, text);
                default -> splice(rnd, text, seed(rnd));
            };
        }

        private static String truncate(Random rnd, String text) {
            int[] cps = text.codePoints().toArray();
            return new String(cps, 0, cps.length == 0 ? 0 : rnd.nextInt(cps.length + 1));
        }

        private static String insert(Random rnd, String text) {
            StringBuilder b = new StringBuilder(text);
            int n = 1 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                int at = safeIndex(b, rnd.nextInt(b.length() + 1));
                b.insert(at, randomPiece(rnd));
            }
            return b.toString();
        }

        /** Deletes, duplicates, swaps or replaces words, runs of blanks and single symbols. */
        private static String mutateTokens(Random rnd, String text) {
            List<String> tokens = tokens(text);
            if (tokens.isEmpty()) {
                return randomPiece(rnd);
            }
            int i = rnd.nextInt(tokens.size());
            int j = rnd.nextInt(tokens.size());
            switch (rnd.nextInt(4)) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, tokens.get(i));
                case 2 -> Collections.swap(tokens, i, rnd.nextBoolean() ? j : Math.min(i + 1, tokens.size() - 1));
                default -> tokens.set(i, randomPiece(rnd));
            }
            return String.join("", tokens);
        }

        static List<String> tokens(String text) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int start = i;
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp) || cp == '_') {
                    while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i))
                            || text.charAt(i) == '_')) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                } else if (cp == ' ' || cp == '\t') {
                    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                        i++;
                    }
                } else {
                    i += Character.charCount(cp);
                }
                out.add(text.substring(start, i));
            }
            return out;
        }

        /** Deletes, duplicates or swaps lines, or changes an indent (spaces, tabs, form feeds). */
        private static String mutateLines(Random rnd, String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int i = rnd.nextInt(lines.size());
            switch (rnd.nextInt(5)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> Collections.swap(lines, i, rnd.nextInt(lines.size()));
                case 3 -> lines.set(i, new String[] {" ", "\t", "    ", "\f", " \t", "\t "}[rnd.nextInt(6)] + lines.get(i));
                default -> lines.set(i, lines.get(i).stripLeading());
            }
            return String.join("\n", lines);
        }

        private static String splice(Random rnd, String a, String b) {
            return truncate(rnd, a) + b.substring(safeIndex(b, rnd.nextInt(b.length() + 1)));
        }

        private static byte[] mutateBytes(Random rnd, byte[] bytes) {
            byte[] prefix = switch (rnd.nextInt(6)) {
                case 0 -> "# -*- coding: latin-1 -*-\n".getBytes(StandardCharsets.US_ASCII);
                case 1 -> "# coding: nosuch\n".getBytes(StandardCharsets.US_ASCII);
                case 2 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                case 3 -> "\u00ef\u00bb\u00bf# coding=cp1252\n".getBytes(StandardCharsets.ISO_8859_1);
                default -> new byte[0];
            };
            List<Byte> out = new ArrayList<>();
            for (byte b : prefix) {
                out.add(b);
            }
            for (byte b : bytes) {
                out.add(b);
            }
            int n = 1 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                int at = rnd.nextInt(out.size() + 1);
                if (rnd.nextBoolean() && at < out.size()) {
                    out.set(at, (byte) rnd.nextInt(256));
                } else {
                    out.add(at, (byte) rnd.nextInt(256));
                }
            }
            byte[] result = new byte[out.size()];
            for (int k = 0; k < result.length; k++) {
                result[k] = out.get(k);
            }
            return result;
        }

        private static String randomText(Random rnd) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(120);
            int style = rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                switch (style) {
                    case 0 -> b.append(randomPiece(rnd));
                    case 1 -> b.append((char) (rnd.nextInt(10) == 0 ? rnd.nextInt(32) : 32 + rnd.nextInt(95)));
                    default -> b.appendCodePoint(randomCodePoint(rnd));
                }
            }
            return b.toString();
        }

        private static String randomPiece(Random rnd) {
            return switch (rnd.nextInt(8)) {
                case 0 -> new String(Character.toChars(randomCodePoint(rnd)));
                case 1 -> String.valueOf((char) rnd.nextInt(256));
                default -> PIECES[rnd.nextInt(PIECES.length)];
            };
        }

        /** Any code point; a lone surrogate now and then (an embedder's string can hold one). */
        private static int randomCodePoint(Random rnd) {
            int cp = switch (rnd.nextInt(4)) {
                case 0 -> rnd.nextInt(0x80);
                case 1 -> rnd.nextInt(0x800);
                case 2 -> rnd.nextInt(0x10000);
                default -> 0x10000 + rnd.nextInt(0x100000);
            };
            return cp >= 0xD800 && cp <= 0xDFFF && rnd.nextInt(8) != 0 ? 'x' : cp;
        }

        /** Moves an index off the middle of a surrogate pair. */
        private static int safeIndex(CharSequence s, int i) {
            return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
                    && Character.isHighSurrogate(s.charAt(i - 1)) ? i - 1 : i;
        }

        /** SplitMix64's finalizer, so that neighbouring indexes give unrelated streams. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    /** A Python-literal rendering of {@code s}, so that a failing input can be pasted into CPython. */
    static String escape(String s, boolean bytes) {
        StringBuilder b = new StringBuilder(bytes ? "b'" : "'");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp >= 0x20 && cp < 0x7F) {
                        b.appendCodePoint(cp);
                    } else if (cp < 0x100) {
                        b.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        b.append(String.format("\\u%04x", cp));
                    } else {
                        b.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        return b.append('\'').toString();
    }

    // ---------------------------------------------------------------- pathological nesting

    private static final long PATHOLOGICAL_LIMIT_MS = 5_000;

    @Test
    void halfAMillionParenthesesAreTooManyNestedParentheses() {
        String src = "(".repeat(500_000) + ")".repeat(500_000);
        for (SyntaxParser.Mode mode : SyntaxParser.Mode.values()) {
            expectError(src, mode, "SyntaxError", "too many nested parentheses", 1, 201);
        }
    }

    @Test
    void hundredNestedBlocksAreTooManyLevelsOfIndentation() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            src.append("    ".repeat(i)).append("if x:\n");
        }
        src.append("    ".repeat(100)).append("pass\n");
        for (SyntaxParser.Mode mode : SyntaxParser.Mode.values()) {
            // CPython 3.11: IndentationError at line 101, offset 1.
            expectError(src.toString(), mode, "IndentationError", "too many levels of indentation", 101, 1);
        }
    }

    @Test
    void longAdditionChainIsARecursionError() {
        String src = String.join("+", Collections.nCopies(100_000, "a"));
        expectError(src, SyntaxParser.Mode.AST, "RecursionError",
                "maximum recursion depth exceeded during ast construction", null, null);
        expectError(src, SyntaxParser.Mode.COMPILE, "RecursionError",
                "maximum recursion depth exceeded during compilation", null, null);
    }

    @Test
    void deepPrefixOperatorsAndLambdasAreMemoryErrors() {
        for (String src : List.of("-".repeat(100_000) + "1", "not ".repeat(100_000) + "1",
                "lambda: ".repeat(10_000) + "1", "~".repeat(100_000) + "1",
                "a if b else ".repeat(100_000) + "c", String.join("**", Collections.nCopies(100_000, "a")))) {
            for (SyntaxParser.Mode mode : SyntaxParser.Mode.values()) {
                expectError(src, mode, "MemoryError", "", null, null);
            }
        }
    }

    @Test
    void deepButLegalNestingParses() {
        // Just under CPython's limits; these need the most stack of anything that parses.
        for (String src : List.of("-".repeat(2000) + "1", "not ".repeat(2000) + "1", "lambda: ".repeat(2000) + "1",
                "a if b else ".repeat(2000) + "c", "(".repeat(199) + ")".repeat(199),
                "[".repeat(199) + "]".repeat(199))) {
            for (SyntaxParser.Mode mode : SyntaxParser.Mode.values()) {
                onThread(Duration.ofMillis(PATHOLOGICAL_LIMIT_MS), () -> describe(src),
                        () -> new SyntaxParser().parseModule(src, "deep.py", mode));
            }
        }
    }

    /**
     * An embedder may parse on a thread with a small stack. Then the deepest inputs cannot
     * reach CPython's own limits, but they must still end in a Python error, never a
     * {@link StackOverflowError}, and the parser must stay usable afterwards.
     */
    @Test
    void smallStackStillEndsInAPythonError() {
        List<String> inputs = List.of("-".repeat(100_000) + "1", "not ".repeat(100_000) + "1",
                "lambda: ".repeat(10_000) + "1", "-".repeat(2000) + "1", "(".repeat(199) + ")".repeat(199),
                String.join("+", Collections.nCopies(100_000, "a")));
        SyntaxParser parser = new SyntaxParser();
        // Load and initialise every class on a big stack first: a class initialiser that
        // overflowed would leave the class unusable for the rest of the JVM.
        for (String src : inputs) {
            onThread(Duration.ofMillis(PATHOLOGICAL_LIMIT_MS), () -> describe(src), () -> parseOrError(parser, src));
        }
        for (long stack : new long[] {256 << 10, 512 << 10, 1 << 20}) {
            for (String src : inputs) {
                String outcome = onThread(stack, Duration.ofMillis(PATHOLOGICAL_LIMIT_MS), () -> describe(src),
                        () -> parseOrError(parser, src));
                assertTrue(outcome.equals("ok") || outcome.startsWith("MemoryError")
                        || outcome.startsWith("RecursionError"), () -> stack + " bytes: " + describe(src) + " -> " + outcome);
            }
        }
        String sample = "def f(a, *b, c=1, **d):\n    return [x async for x in a if x] or {k: v for k, v in d}\n";
        assertEquals(AstDump.dump(new SyntaxParser().parseModule(sample, "s.py", SyntaxParser.Mode.AST)),
                AstDump.dump(parser.parseModule(sample, "s.py", SyntaxParser.Mode.AST)));
    }

    /**
     * A comparison chain is one flat {@code Compare} node; building it should take time
     * linear in its length. It does not yet: {@code ExpressionBuilder.comparison} asks the
     * parse tree for {@code compOp(i)} and {@code bitwiseOr(i)} by index, each a scan of
     * all children, so 20,000 terms take about 7 s (CPython: milliseconds).
     */
    @Test
    void longComparisonChainIsLinear() {
        String src = String.join(" < ", Collections.nCopies(100_000, "a")) + "\n";
        onThread(Duration.ofMillis(PATHOLOGICAL_LIMIT_MS), () -> "100,000-term comparison chain",
                () -> new SyntaxParser().parseModule(src, "cmp.py", SyntaxParser.Mode.AST));
    }

    private static String parseOrError(SyntaxParser parser, String src) {
        try {
            parser.parseModule(src, "deep.py", SyntaxParser.Mode.AST);
            return "ok";
        } catch (PythonSyntaxError e) {
            return e.type() + ": " + e.msg();
        }
    }

    private static void expectError(String src, SyntaxParser.Mode mode, String type, String msg, Integer line,
                                    Integer offset) {
        PythonSyntaxError e = onThread(Duration.ofMillis(PATHOLOGICAL_LIMIT_MS), () -> describe(src) + " " + mode, () -> {
            try {
                new SyntaxParser().parseModule(src, "deep.py", mode);
                return null;
            } catch (PythonSyntaxError error) {
                return error;
            }
        });
        if (e == null) {
            fail(describe(src) + " " + mode + " parsed; expected " + type);
        }
        String expected = type + ": " + msg + (line == null ? "" : " at " + line + ":" + offset);
        String actual = e.type() + ": " + e.msg() + (line == null ? "" : " at " + e.line() + ":" + e.offset());
        assertEquals(expected, actual, () -> describe(src) + " " + mode);
    }

    private static String describe(String src) {
        return escape(src.length() > 60 ? src.substring(0, 60) : src, false)
                + (src.length() > 60 ? "... (" + src.length() + " chars)" : "");
    }

    // ---------------------------------------------------------------- bounded caches

    static final int DISTINCT_FILES = 100_000;
    static final long RETAINED_HEAP_LIMIT = 300L << 20;

    /**
     * One parser, 100,000 distinct generated files: its prediction caches must stay near their
     * cap and the heap retained afterwards must stay small. (ANTLR's own static caches would
     * only grow.)
     */
    @Test
    void cachesStayBoundedOverManyDistinctFiles() {
        ParserCache cache = new ParserCache();
        SyntaxParser parser = new SyntaxParser(cache);
        long[] peak = new long[2]; // DFA states, heap bytes after GC
        onThread(Duration.ofSeconds(240), () -> "parsing generated files", () -> {
            ProgramGenerator gen = new ProgramGenerator(new Random(FUZZ_SEED));
            for (int i = 0; i < DISTINCT_FILES; i++) {
                String src = gen.file(i);
                try {
                    parser.parseModule(src, "gen" + i + ".py", SyntaxParser.Mode.AST);
                } catch (PythonSyntaxError e) {
                    if (!gen.lastWasBroken) {
                        fail("generated file " + i + " should parse: " + e.type() + ": " + e.msg() + " at "
                                + e.line() + ":" + e.offset() + "\n" + src);
                    }
                }
                int states = cache.stateCount();
                int file = i;
                peak[0] = Math.max(peak[0], states);
                assertTrue(states <= CACHE_CAP + CACHE_CAP / 10,
                        () -> "after file " + file + ", " + states + " DFA states cached, over the cap of " + CACHE_CAP);
                if (i % 10_000 == 9_999) {
                    long used = usedHeapAfterGc();
                    peak[1] = Math.max(peak[1], used);
                    assertTrue(used < RETAINED_HEAP_LIMIT,
                            () -> "after file " + file + ", " + (used >> 20) + " MB of heap retained");
                }
            }
            return null;
        });
        System.out.printf("ParserRobustnessTest: %d files, peak %d DFA states, %d cache resets,"
                + " at most %d MB heap after GC%n", DISTINCT_FILES, peak[0], cache.resets(), peak[1] >> 20);
        assertTrue(cache.resets() > 0, "the generated files never filled the cache, so the cap went untested");
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Small random programs over most statement and expression forms. Every file is
     * distinct (its first line names its index); one in ten is deliberately broken so the
     * full-LL error path fills the caches too.
     */
    static final class ProgramGenerator {
        private static final String[] NAMES = {"a", "b", "value", "items", "self", "cls", "data", "_x", "n", "key"};
        private final Random rnd;
        boolean lastWasBroken;

        ProgramGenerator(Random rnd) {
            this.rnd = rnd;
        }

        String file(int index) {
            StringBuilder b = new StringBuilder("_f" + index + " = " + index + "\n");
            int n = 1 + rnd.nextInt(5);
            for (int i = 0; i < n; i++) {
                stmt(b, "", 0);
            }
            if (index % 50 == 25) {
                deepWith(b);
            }
            lastWasBroken = rnd.nextInt(10) == 0;
            if (lastWasBroken) {
                int at = rnd.nextInt(b.length());
                b.insert(at, new String[] {"(", ")", ":", " = ", "\n  ", "else", "'"}[rnd.nextInt(7)]);
            }
            return b.toString();
        }

        private static final String[][] BRACKETS = {
            {"(", ")"}, {"[", "]"}, {"{", "}"}, {"f(", ")"}, {"x[", "]"}, {"-(", ")"}, {"not (", ")"},
            {"(1, ", ")"}, {"[1, ", "]"}, {"{1: ", "}"}, {"a.b(c=", ")"}, {"lambda: (", ")"},
        };

        /**
         * {@code with (} starts either a parenthesized list of items or an expression, which
         * ANTLR can only tell apart by looking past the closing parenthesis: a new bracket
         * nesting there is a new DFA path. These are what push the cache past its cap.
         */
        private void deepWith(StringBuilder b) {
            StringBuilder open = new StringBuilder();
            StringBuilder close = new StringBuilder();
            int depth = 5 + rnd.nextInt(40);
            for (int k = 0; k < depth; k++) {
                String[] pair = BRACKETS[rnd.nextInt(BRACKETS.length)];
                open.append(pair[0]);
                close.insert(0, pair[1]);
            }
            b.append("with (").append(open).append(name()).append(close)
                    .append(rnd.nextBoolean() ? ", b): pass\n" : ") as z: pass\n");
        }

        private String name() {
            String n = NAMES[rnd.nextInt(NAMES.length)];
            return rnd.nextInt(4) == 0 ? n + rnd.nextInt(1000) : n;
        }

        private void stmt(StringBuilder b, String indent, int depth) {
            int kind = rnd.nextInt(depth >= 2 ? 12 : 22);
            b.append(indent);
            String inner = indent + (rnd.nextBoolean() ? "    " : "  ");
            switch (kind) {
                case 0, 1 -> b.append(target()).append(" = ").append(expr(0)).append('\n');
                case 2 -> b.append(name()).append(new String[] {" += ", " -= ", " *= ", " //= ", " |= ", " **= "}
                        [rnd.nextInt(6)]).append(expr(0)).append('\n');
                case 3 -> b.append(name()).append(": ").append(annotation()).append(" = ").append(expr(0)).append('\n');
                case 4 -> b.append(expr(0)).append('\n');
                case 5 -> b.append("return ").append(expr(0)).append('\n');
                case 6 -> b.append(rnd.nextBoolean() ? "import " + name() + "." + name() + " as " + name()
                        : "from ." + name() + " import (" + name() + ", " + name() + " as " + name() + ")").append('\n');
                case 7 -> b.append("assert ").append(expr(0)).append(", ").append(string()).append('\n');
                case 8 -> b.append("del ").append(name()).append('[').append(expr(1)).append("], ").append(name()).append('\n');
                case 9 -> b.append("raise ").append(name()).append('(').append(string()).append(") from ").append(name()).append('\n');
                case 10 -> b.append(rnd.nextBoolean() ? "pass" : "global " + name() + ", " + name()).append('\n');
                case 11 -> b.append(name()).append(" = yield ").append(expr(1)).append('\n');
                case 12, 13 -> {
                    b.append("if ").append(expr(0)).append(":\n");
                    block(b, inner, depth);
                    if (rnd.nextBoolean()) {
                        b.append(indent).append("elif ").append(expr(0)).append(":\n");
                        block(b, inner, depth);
                    }
                    if (rnd.nextBoolean()) {
                        b.append(indent).append("else:\n");
                        block(b, inner, depth);
                    }
                }
                case 14 -> {
                    b.append(rnd.nextBoolean() ? "for " + target() + " in " + expr(1) : "while " + expr(1)).append(":\n");
                    block(b, inner, depth);
                }
                case 15 -> {
                    b.append("try:\n");
                    block(b, inner, depth);
                    b.append(indent).append("except (").append(name()).append(", ").append(name()).append(") as e:\n");
                    block(b, inner, depth);
                    if (rnd.nextBoolean()) {
                        b.append(indent).append("finally:\n");
                        block(b, inner, depth);
                    }
                }
                case 16 -> {
                    b.append(rnd.nextBoolean() ? "with " : "async with ").append(expr(1)).append(" as ").append(name())
                            .append(", ").append(expr(1)).append(":\n");
                    block(b, inner, depth);
                }
                case 17, 18 -> {
                    if (rnd.nextBoolean()) {
                        b.append('@').append(name()).append('.').append(name()).append("(").append(expr(1)).append(")\n")
                                .append(indent);
                    }
                    b.append(rnd.nextInt(3) == 0 ? "async def " : "def ").append(name()).append('(').append(params())
                            .append(')').append(rnd.nextBoolean() ? " -> " + annotation() : "").append(":\n");
                    block(b, inner, depth);
                }
                case 19 -> {
                    b.append("class ").append(name()).append('(').append(name()).append(", metaclass=").append(name())
                            .append("):\n");
                    block(b, inner, depth);
                }
                default -> b.append(name()).append(".").append(name()).append('(').append(args()).append(")\n");
            }
        }

        private void block(StringBuilder b, String indent, int depth) {
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                stmt(b, indent, depth + 1);
            }
        }

        private String target() {
            return switch (rnd.nextInt(5)) {
                case 0 -> name() + ", *" + name();
                case 1 -> name() + "." + name();
                case 2 -> name() + "[" + expr(2) + "]";
                default -> name();
            };
        }

        private String annotation() {
            return switch (rnd.nextInt(4)) {
                case 0 -> "int";
                case 1 -> "list[" + name() + "]";
                case 2 -> "dict[str, " + name() + " | None]";
                default -> string();
            };
        }

        private String params() {
            List<String> ps = new ArrayList<>();
            int n = rnd.nextInt(5);
            for (int i = 0; i < n; i++) {
                ps.add("p" + i + (rnd.nextBoolean() ? ": " + annotation() : "") + (rnd.nextBoolean() ? "=" + atom() : ""));
                if (ps.get(i).contains("=")) {
                    // keep defaults at the end: every later parameter gets one too
                    for (int j = i + 1; j < n; j++) {
                        ps.add("q" + j + "=" + atom());
                    }
                    break;
                }
            }
            if (rnd.nextBoolean()) {
                ps.add("*args");
            }
            if (rnd.nextBoolean()) {
                ps.add("**kw");
            }
            return String.join(", ", ps);
        }

        private String args() {
            List<String> as = new ArrayList<>();
            int n = rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                as.add(expr(2));
            }
            if (rnd.nextBoolean()) {
                as.add(name() + "k=" + expr(2));
            }
            if (rnd.nextInt(4) == 0) {
                as.add("**" + name());
            }
            return String.join(", ", as);
        }

        private String expr(int depth) {
            if (depth > 2) {
                return atom();
            }
            return switch (rnd.nextInt(16)) {
                case 0 -> expr(depth + 1) + new String[] {" + ", " - ", " * ", " / ", " % ", " @ ", " << ", " & "}
                        [rnd.nextInt(8)] + expr(depth + 1);
                case 1 -> expr(depth + 1) + new String[] {" < ", " == ", " is not ", " not in ", " >= "}[rnd.nextInt(5)]
                        + expr(depth + 1) + (rnd.nextBoolean() ? " < " + atom() : "");
                case 2 -> expr(depth + 1) + (rnd.nextBoolean() ? " and " : " or ") + "not " + expr(depth + 1);
                case 3 -> "(" + expr(depth + 1) + " if " + expr(depth + 1) + " else " + expr(depth + 1) + ")";
                case 4 -> "[" + expr(depth + 1) + " for " + name() + " in " + expr(depth + 1)
                        + (rnd.nextBoolean() ? " if " + expr(depth + 1) : "") + "]";
                case 5 -> "{" + name() + ": " + expr(depth + 1) + " for " + name() + ", " + name() + " in " + name()
                        + ".items()}";
                case 6 -> "(lambda " + name() + ", *" + name() + ": " + expr(depth + 1) + ")";
                case 7 -> name() + "(" + args() + ")";
                case 8 -> name() + "[" + expr(depth + 1) + ":" + (rnd.nextBoolean() ? expr(depth + 1) : "") + "]";
                case 9 -> "{" + string() + ": " + expr(depth + 1) + ", **" + name() + "}";
                case 10 -> "(" + expr(depth + 1) + ", " + expr(depth + 1) + ")";
                case 11 -> "(" + name() + " := " + expr(depth + 1) + ")";
                case 12 -> "await " + name() + "." + name() + "()";
                case 13 -> "f'{" + name() + "!r:>{" + name() + "}} and {" + name() + "[" + number() + "]}'";
                case 14 -> "-" + atom() + " ** " + atom();
                default -> atom();
            };
        }

        private String atom() {
            return switch (rnd.nextInt(9)) {
                case 0, 1 -> number();
                case 2, 3 -> string();
                case 4 -> new String[] {"None", "True", "False", "...", "[]", "{}", "()"}[rnd.nextInt(7)];
                default -> name();
            };
        }

        private String number() {
            return switch (rnd.nextInt(4)) {
                case 0 -> rnd.nextInt(1000) + "." + rnd.nextInt(1000) + "e-" + rnd.nextInt(9);
                case 1 -> "0x" + Integer.toHexString(rnd.nextInt());
                case 2 -> rnd.nextInt(100) + "_000j";
                default -> Integer.toString(rnd.nextInt(100_000));
            };
        }

        private String string() {
            String body = name() + " " + rnd.nextInt(100);
            return switch (rnd.nextInt(6)) {
                case 0 -> "'" + body + "'";
                case 1 -> "\"" + body + "\\n\"";
                case 2 -> "b'" + body + "'";
                case 3 -> "r'\\d+" + body + "'";
                case 4 -> "'''" + body + "'''";
                default -> "\"" + body + "\" 'more'";
            };
        }
    }

    // ---------------------------------------------------------------- threads

    private static <T> T onThread(Duration timeout, Supplier<String> what, Callable<T> body) {
        return onThread(STACK, timeout, what, body);
    }

    /**
     * Runs {@code body} on a new thread with {@code stack} bytes of stack and waits at most
     * {@code timeout}. A body still running then is left behind (as a daemon) and the test
     * fails, naming what it was doing.
     */
    private static <T> T onThread(long stack, Duration timeout, Supplier<String> what, Callable<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(body.call());
            } catch (Throwable e) {
                error.set(e);
            }
        }, "parser-robustness", stack);
        t.setDaemon(true);
        long start = System.nanoTime();
        t.start();
        try {
            t.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (t.isAlive()) {
            t.interrupt();
            fail("over " + timeout.toMillis() + " ms: " + what.get());
        }
        Throwable e = error.get();
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new AssertionError(what.get() + ": " + e, e);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms <= timeout.toMillis(), () -> "took " + ms + " ms: " + what.get());
        return result.get();
    }
}
