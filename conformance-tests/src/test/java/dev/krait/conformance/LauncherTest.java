package dev.krait.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code krait.jar} run as a real process ({@code java -jar}), for what an
 * in-process test cannot show: the manifest version, the process's own streams and exit
 * status, UTF-8 output whatever the platform default, and a reader that goes away.
 *
 * <p>The jar is built in the repl module's package phase, which precedes this module's
 * tests in a reactor build ({@code mvn verify}). When it is missing (e.g. {@code mvn test}),
 * these tests are skipped, not failed. The {@code ./krait} script is not used: it would
 * start a nested Maven build.
 */
class LauncherTest {
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
    record Result(int status, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static Result krait(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "krait did not finish");
        return new Result(process.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    /**
     * {@code krait -m}: a module found from the current directory runs as {@code __main__} with
     * its full path in {@code sys.argv[0]}; a package runs its {@code __main__} after its
     * {@code __init__}; a dotted name imports the parent first; a package without
     * {@code __main__} is refused as CPython refuses it.
     */
    @Test
    void dashMRunsModulesAndPackagesFromTheCurrentDirectory() throws Exception {
        Files.writeString(dir.resolve("tool.py"), "import sys\nprint(__name__, sys.argv[0] == __file__, sys.argv[1:])\n");
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/__init__.py"), "print('init', __name__)\n");
        Files.writeString(dir.resolve("app/__main__.py"), "import sys\nprint('main', __name__, sys.argv[1:])\n");
        Files.writeString(dir.resolve("app/part.py"), "from . import helper\nprint('part', __name__, helper.X)\n");
        Files.writeString(dir.resolve("app/helper.py"), "X = 42\n");
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/__init__.py"), "");

        Result tool = kraitIn(dir, "-m", "tool", "a", "-b");
        assertEquals("__main__ True ['a', '-b']\n", tool.outText());
        assertEquals(0, tool.status());
        assertEquals("init app\nmain __main__ ['x']\n", kraitIn(dir, "-m", "app", "x").outText());
        assertEquals("init app\npart __main__ 42\n", kraitIn(dir, "-m", "app.part").outText());
        Result lib = kraitIn(dir, "-m", "lib");
        assertEquals("krait: No module named lib.__main__; 'lib' is a package and cannot be directly executed\n",
                lib.err());
        assertEquals(1, lib.status());
    }

    private static Result kraitIn(Path workingDirectory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "krait did not finish");
        return new Result(process.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theJarShipsEveryStandardLibraryModuleParsed() throws Exception {
        List<String> modules = new ArrayList<>();
        java.util.Set<String> parsed = new java.util.HashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.startsWith("dev/krait/stdlib/"))
                    .forEach(n -> {
                        if (n.endsWith(".py")) {
                            modules.add(n);
                        } else if (n.endsWith(".py.ast")) {
                            parsed.add(n.substring(0, n.length() - ".ast".length()));
                        }
                    });
        }
        assertTrue(modules.contains("dev/krait/stdlib/asyncio/events.py"), modules.toString());
        for (String module : modules) {
            assertTrue(parsed.contains(module), module + " has no parsed form beside it");
        }
    }

    @Test
    void tracebacksThroughTheStandardLibraryQuoteItsLines() throws Exception {
        Path py = Files.writeString(dir.resolve("fails.py"),
                "import asyncio\nasync def main():\n    raise ValueError('boom')\nasyncio.run(main())\n");
        Result r = krait(List.of(), py.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("  File \"<krait-lib>/asyncio/runners.py\", line "), r.err());
        assertTrue(r.err().contains("\n    return runner.run(main)\n"), r.err());
        assertTrue(r.err().endsWith("    raise ValueError('boom')\nValueError: boom\n"), r.err());
    }

    @Test
    void versionComesFromTheJarManifest() throws Exception {
        String version;
        try (JarFile file = new JarFile(jar.toFile())) {
            version = file.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        Result r = krait(List.of(), "-V");
        assertEquals("Krait " + version + " (Python 3.11.2 compatible)\n", r.outText());
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void dumpAstWritesUtf8WhateverThePlatformDefault() throws Exception {
        Path py = Files.writeString(dir.resolve("u.py"), "s = 'h\u00e9 \u4e16'\n", StandardCharsets.UTF_8);
        Result r = krait(List.of("-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII"), "--dump-ast",
                py.toString());
        assertEquals("Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='h\u00e9 \u4e16'))], "
                + "type_ignores=[])\n", r.outText());
        assertEquals(0, r.status());
    }

    @Test
    void aSyntaxErrorExitsWithStatus1() throws Exception {
        Path py = Files.writeString(dir.resolve("bad.py"), "x = (1,\n  2\nprint(x)\n");
        Result r = krait(List.of(), "--dump-ast", py.toString());
        assertEquals("  File \"" + py + "\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n", r.err());
        assertEquals(0, r.out().length);
        assertEquals(1, r.status());
    }

    @Test
    void deepNestingNeedsNoJvmStackOption() throws Exception {
        Path py = Files.writeString(dir.resolve("sum.py"), "a" + "+a".repeat(99_999) + "\n");
        Result r = krait(List.of("-Xss512k"), "--dump-ast", py.toString());
        assertEquals("RecursionError: maximum recursion depth exceeded during ast construction\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void runsAProgramGivenWithDashC() throws Exception {
        Result r = krait(List.of(), "-c", "print(6 * 7)");
        assertEquals("42\n", r.outText());
        assertEquals(0, r.status());
    }

    @Test
    void aReaderThatGoesAwayEndsTheRunQuietly() throws Exception {
        Path py = Files.writeString(dir.resolve("big.py"), "value = [1, 2, 3]\n".repeat(20_000));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--dump-ast", py.toString()).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        InputStream out = process.getInputStream();
        assertEquals('M', out.read());
        out.close();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "krait did not finish");
        assertEquals("", new String(err.get(), StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue());
    }
}
