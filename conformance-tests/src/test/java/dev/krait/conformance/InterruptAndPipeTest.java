package dev.krait.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real {@code krait.jar} process shows: Ctrl-C (SIGINT, sent with {@code kill})
 * raising {@code KeyboardInterrupt} in the running program, and a reader that closes the
 * program's stdout early. The expected stderr and statuses are CPython 3.11's (run with
 * {@code -X no_debug_ranges}); CPython ends by SIGINT after an uncaught
 * {@code KeyboardInterrupt}, which Java reports as status 128 + 2.
 *
 * <p>Skipped, like {@link LauncherTest}, when the jar is not built yet.
 */
class InterruptAndPipeTest {
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        jar = module.resolve("../repl/target/krait.jar").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(jar),
                "skipped: " + jar + " is not built yet (run mvn package or verify from the repository root)");
    }

    /** One finished process. */
    record Result(int status, String out, String err, long millisAfterSignal) {}

    /**
     * Runs {@code script}, waits for its first line of output (its sign that it is under
     * way), sends SIGINT and collects the rest.
     */
    private Result interrupted(String script) throws Exception {
        Path py = Files.writeString(dir.resolve("prog.py"), script);
        Process process = start(List.of(py.toString()));
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertEquals("ready", first, () -> "the program did not start: " + err.join());
        long sent = System.nanoTime();
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        StringBuilder rest = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.append(line).append('\n');
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "krait did not stop");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        return new Result(process.exitValue(), rest.toString(), err.get(), millis);
    }

    /**
     * Starts {@code java -jar krait.jar args}. SIGINT goes back to its default action first
     * ({@code env --default-signal}, where there is one): a process started from a
     * non-interactive shell's background job inherits SIGINT ignored, and then neither CPython
     * nor the JVM ever sees it.
     */
    private static Process start(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return new ProcessBuilder(command).start();
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ctrlCStopsABusyLoopWithATracebackAndStatus130() throws Exception {
        Result r = interrupted("print('ready', flush=True)\nwhile True:\n    pass\n");
        assertEquals("", r.out());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + dir.resolve("prog.py") + "\", line 2, in <module>\n"
                + "    while True:\n"
                + "KeyboardInterrupt\n", r.err());
        assertEquals(130, r.status());
        // The loop itself stops within milliseconds; this bound only catches a loop that never polls.
        assertTrue(r.millisAfterSignal() < 20_000, r.millisAfterSignal() + " ms");
    }

    @Test
    void ctrlCInterruptsTimeSleep() throws Exception {
        Result r = interrupted("import time\ndef nap():\n    time.sleep(300)\nprint('ready', flush=True)\nnap()\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + dir.resolve("prog.py") + "\", line 5, in <module>\n"
                + "    nap()\n"
                + "  File \"" + dir.resolve("prog.py") + "\", line 3, in nap\n"
                + "    time.sleep(300)\n"
                + "KeyboardInterrupt\n", r.err());
        assertEquals(130, r.status());
    }

    @Test
    void aProgramThatCatchesKeyboardInterruptEndsNormally() throws Exception {
        Result r = interrupted("import sys\n"
                + "print('ready', flush=True)\n"
                + "try:\n"
                + "    n = 0\n"
                + "    while True:\n"
                + "        n += 1\n"
                + "except KeyboardInterrupt as e:\n"
                + "    print('caught', type(e).__name__, e.args)\n"
                + "finally:\n"
                + "    print('finally')\n"
                + "sys.exit(3)\n");
        assertEquals("caught KeyboardInterrupt ()\nfinally\n", r.out());
        assertEquals("", r.err());
        assertEquals(3, r.status());
    }

    @Test
    void aReaderThatClosesStdoutEndsTheProgramWithBrokenPipeError() throws Exception {
        Process process = start(List.of("-c", "for i in range(10**6): print(i)"));
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        InputStream out = process.getInputStream();
        assertEquals('0', out.read());
        out.close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "krait did not finish");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 1, in <module>\n"
                + "BrokenPipeError: [Errno 32] Broken pipe\n", err.get());
        assertEquals(1, process.exitValue());
    }

    @Test
    void outputLeftForTheFinalFlushOfAClosedPipeIsReportedAsIgnored() throws Exception {
        // The reader is gone before the program writes (it waits for the end of its input,
        // which comes after): its only line fails at exit, with status 120.
        Process process = start(List.of("-c", "import sys\nsys.stdin.read()\nprint('late')"));
        process.getInputStream().close();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "krait did not finish");
        assertEquals("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                + "BrokenPipeError: [Errno 32] Broken pipe\n", err.get());
        assertEquals(120, process.exitValue());
    }
}
