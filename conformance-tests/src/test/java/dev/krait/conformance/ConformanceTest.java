package dev.krait.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.krait.cli.MainAccess;

/**
 * Runs every case under {@code cases/} through the {@code krait} command (in this JVM) and
 * compares stdout, stderr and exit status with CPython 3.11's goldens (see
 * {@code cases/README.md}). Cases listed in {@code cases/skipped.txt} must still fail —
 * the test fails when one starts to pass, so the list only shrinks.
 *
 * <p>With {@code -Dkrait.conformance.writeSkipped=true} the run rewrites
 * {@code skipped.txt} from the cases that fail, each with the reason Krait gave.
 */
class ConformanceTest {
    static final Path CASES = Paths.get("cases").toAbsolutePath();
    private static final Map<String, String> newSkips = new TreeMap<>();
    private static final java.util.Set<String> passing = java.util.Collections.synchronizedSet(new java.util.TreeSet<>());
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "conformance-case");
        t.setDaemon(true);
        return t;
    });

    /** One case's result: what krait printed and its exit status. */
    record Outcome(String out, String err, int status) {}

    @TestFactory
    Stream<DynamicTest> casesBehaveAsInCPython() throws IOException {
        Map<String, String> skipped = readSkipped();
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> areas = Files.list(CASES)) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(area)) {
                    files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(cases::add);
                }
            }
        }
        return cases.stream().map(py -> {
            String name = CASES.relativize(py).toString();
            return DynamicTest.dynamicTest(name, () -> check(name, py, skipped));
        });
    }

    private static void check(String name, Path py, Map<String, String> skipped) throws Exception {
        String stem = py.toString().substring(0, py.toString().length() - 3);
        String expectedOut = read(Path.of(stem + ".out"));
        String expectedErr = read(Path.of(stem + ".err"));
        String statusText = read(Path.of(stem + ".status")).strip();
        int expectedStatus = statusText.isEmpty() ? 0 : Integer.parseInt(statusText);
        Outcome actual = run(py, stem);
        String difference = difference(expectedOut, expectedErr, expectedStatus, actual);
        if (difference == null) {
            passing.add(name);
        } else {
            synchronized (newSkips) {
                newSkips.put(name, reason(actual, difference));
            }
        }
        // A crash is never an acceptable way to differ, skipped or not (and never a reason to skip).
        if (actual.err.contains("krait: internal error")) {
            fail(name + ": Krait crashed: " + actual.err.strip());
        }
        if (skipped.containsKey(name)) {
            if (difference == null) {
                fail(name + " is listed in skipped.txt but now matches CPython: remove it from the list");
            }
            Assumptions.abort("skipped: " + skipped.get(name));
        }
        if (difference != null) {
            assertEquals(expectedOut, actual.out, name + ": stdout");
            assertEquals(expectedErr, actual.err, name + ": stderr");
            assertEquals(expectedStatus, actual.status, name + ": exit status");
        }
    }

    private static String difference(String out, String err, int status, Outcome actual) {
        if (!out.equals(actual.out)) {
            return "stdout";
        }
        if (!err.equals(actual.err)) {
            return "stderr";
        }
        return status == actual.status ? null : "exit status";
    }

    /** Why a case fails, for skipped.txt: Krait's own refusal when there is one. */
    private static String reason(Outcome actual, String difference) {
        for (String line : actual.err.split("\n")) {
            if (line.startsWith("NotImplementedError: Krait cannot run ")) {
                return "not implemented yet: " + line.substring("NotImplementedError: Krait cannot run ".length())
                        .replaceAll(" yet \\(.*$", "");
            }
        }
        String[] errLines = actual.err.strip().split("\n");
        String last = errLines[errLines.length - 1];
        if (!last.isEmpty() && (difference.equals("stdout") || difference.equals("stderr"))) {
            return "evaluator incomplete: " + difference + " differs; Krait ends with: "
                    + (last.length() > 120 ? last.substring(0, 120) + "..." : last);
        }
        return "evaluator incomplete: " + difference + " differs from CPython";
    }

    private static Outcome run(Path py, String stem) throws Exception {
        List<String> args = new ArrayList<>();
        args.add(py.toString());
        Path argsFile = Path.of(stem + ".args");
        if (Files.exists(argsFile)) {
            String text = read(argsFile);
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            if (!text.isEmpty()) {
                args.addAll(List.of(text.split("\n", -1)));
            }
        }
        Path inFile = Path.of(stem + ".in");
        byte[] stdin = Files.exists(inFile) ? Files.readAllBytes(inFile) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Future<Integer> status = RUNNER.submit(() -> MainAccess.run(args.toArray(new String[0]),
                new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        int code;
        try {
            code = status.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            status.cancel(true);
            return new Outcome(normalize(out), normalize(err) + "\n[timed out after 10 s]", -1);
        }
        return new Outcome(normalize(out), normalize(err), code);
    }

    /** The goldens name files relative to the cases directory; so must Krait's output. */
    private static String normalize(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replace(CASES + "/", "");
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code area/name.py  reason} lines; '#' starts a comment. */
    static Map<String, String> readSkipped() {
        Map<String, String> out = new TreeMap<>();
        for (String line : read(CASES.resolve("skipped.txt")).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                String[] parts = l.split("\\s+", 2);
                out.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return out;
    }

    @AfterAll
    static void writeSkippedIfAsked() throws IOException {
        if (!Boolean.getBoolean("krait.conformance.writeSkipped")) {
            return;
        }
        Map<String, String> all = new TreeMap<>(readSkipped());
        all.keySet().removeAll(passing);
        all.putAll(newSkips);
        StringBuilder text = new StringBuilder();
        text.append("# Conformance cases Krait knowingly fails, with the reason; ConformanceTest fails when one\n")
                .append("# starts to pass, so this list only shrinks. Rewrite it with\n")
                .append("#   mvn -pl conformance-tests -am verify -Dkrait.conformance.writeSkipped=true\n");
        all.forEach((name, why) -> text.append(name).append("  ").append(why).append('\n'));
        Files.writeString(CASES.resolve("skipped.txt"), text.toString(), StandardCharsets.UTF_8);
    }
}
