package dev.krait.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.krait.syntax.SyntaxParser;
import dev.krait.syntax.ast.Mod;
import dev.krait.syntax.parse.ParserCache;

/**
 * Times source text to AST for one file (not a JUnit test; run by {@code bench/parse/run.sh}).
 *
 * <p>Warms up until the run time is steady (the last five runs within 5% of each other, or
 * at most {@value #MAX_WARMUP} runs), then prints the median of {@value #RUNS} timed runs.
 * "Warm" reuses one {@link SyntaxParser}, as an interpreter does, so its prediction caches
 * are filled; "cold caches" gives every run a fresh {@link ParserCache}, which is what the
 * first parse in a new interpreter pays once the JIT is warm.
 *
 * <pre>usage: ParseBenchmark FILE [--machine]</pre>
 * With {@code --machine} the last line is {@code krait_ms=<warm median>} for scripts.
 */
public final class ParseBenchmark {
    static final int RUNS = 10;
    static final int MAX_WARMUP = 30;

    /** Keeps the JIT from discarding the ASTs. */
    static volatile int sink;

    private ParseBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ParseBenchmark FILE [--machine]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        boolean machine = args.length > 1 && args[1].equals("--machine");
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        long lines = source.chars().filter(c -> c == '\n').count();
        String name = file.getFileName().toString();

        SyntaxParser shared = new SyntaxParser();
        double first = timeMs(() -> shared.parseModule(source, name, SyntaxParser.Mode.AST));
        int warmups = warmUp(() -> shared.parseModule(source, name, SyntaxParser.Mode.AST));
        double[] warm = measure(() -> shared.parseModule(source, name, SyntaxParser.Mode.AST));
        double[] cold = measure(() -> new SyntaxParser(new ParserCache()).parseModule(source, name, SyntaxParser.Mode.AST));

        System.out.printf("file: %s (%d lines, %d chars)%n", file, lines, source.length());
        System.out.printf("first parse (cold JVM): %.0f ms; warm-up runs: %d%n", first, warmups);
        System.out.printf("steady state, one parser (warm caches): median %.1f ms  (min %.1f, max %.1f, %d runs)%n",
                median(warm), warm[0], warm[warm.length - 1], RUNS);
        System.out.printf("steady state, fresh ParserCache each run: median %.1f ms  (min %.1f, max %.1f)%n",
                median(cold), cold[0], cold[cold.length - 1]);
        System.out.printf("throughput (warm): %.0f lines/s%n", lines / (median(warm) / 1000.0));
        if (machine) {
            System.out.printf("krait_ms=%.1f%n", median(warm));
        }
    }

    interface Parse {
        Mod.Module run();
    }

    private static double timeMs(Parse p) {
        long start = System.nanoTime();
        Mod.Module m = p.run();
        long end = System.nanoTime();
        sink += m.body().size();
        return (end - start) / 1e6;
    }

    /** Runs until the last five times agree within 5%; returns how many runs it took. */
    private static int warmUp(Parse p) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < MAX_WARMUP; i++) {
            times.add(timeMs(p));
            if (times.size() >= 10) {
                List<Double> last = times.subList(times.size() - 5, times.size());
                double min = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                if (max <= min * 1.05) {
                    return times.size();
                }
            }
        }
        return times.size();
    }

    /** {@value #RUNS} timed runs, sorted. */
    private static double[] measure(Parse p) {
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            t[i] = timeMs(p);
        }
        Arrays.sort(t);
        return t;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
