package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code krait} command run in-process. Expected texts were produced by CPython 3.11:
 * dumps by {@code ast.dump(ast.parse(src))}, syntax errors by running the file as a script.
 */
class MainTest {
    @TempDir
    Path dir;

    /** One finished run of the command. */
    record Result(int status, String out, String err) {}

    private static Result krait(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status = new Main(env).run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result krait(String... args) {
        return krait("", Map.of(), args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static final String USAGE = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try 'krait -h' for more information.\n";

    @Test
    void versionNamesKraitAndThePythonItFollows() {
        for (String flag : new String[] {"-V", "--version"}) {
            Result r = krait(flag);
            assertEquals(0, r.status());
            assertTrue(r.out().matches("Krait \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Python 3\\.11\\.2 compatible\\)\n"), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void helpGoesToStdoutAndListsWhatWorks() {
        for (String flag : new String[] {"-h", "--help", "-?"}) {
            Result r = krait(flag);
            assertEquals(0, r.status());
            assertTrue(r.out().startsWith("usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"));
            assertTrue(r.out().contains("--dump-ast FILE"));
            assertTrue(r.out().contains("-V     :"));
            assertEquals("", r.err());
        }
    }

    @Test
    void optionsAreReadAsCPythonReadsThem() {
        assertTrue(krait("-V", "-h").out().startsWith("usage: krait"));
        assertTrue(krait("-h", "-V").out().startsWith("usage: krait"));
        assertTrue(krait("-V", "hello.py").out().startsWith("Krait "));
        assertEquals("unknown option --foo\n" + USAGE, krait("-V", "--foo").err());
        // Options end at the program: what follows belongs to it, even if it looks like -V.
        assertEquals(0, krait("-c", "pass", "-V").status());
        assertEquals("", krait("-c", "pass", "-V").out());
    }

    @Test
    void dumpAstPrintsWhatCPythonPrints() throws IOException {
        Path py = file("small.py", "def greet(name=\"w\\u00e9rld\"):\n    return f\"hi {name!r}\"\n\nxs = [1, 2.5, -3j]\n");
        Result r = krait("--dump-ast", py.toString());
        assertEquals("Module(body=[FunctionDef(name='greet', args=arguments(posonlyargs=[], args=[arg(arg='name')], "
                + "kwonlyargs=[], kw_defaults=[], defaults=[Constant(value='wérld')]), body=[Return(value=JoinedStr("
                + "values=[Constant(value='hi '), FormattedValue(value=Name(id='name', ctx=Load()), conversion=114)]))]"
                + ", decorator_list=[]), Assign(targets=[Name(id='xs', ctx=Store())], value=List(elts=[Constant(value=1)"
                + ", Constant(value=2.5), UnaryOp(op=USub(), operand=Constant(value=3j))], ctx=Load()))], "
                + "type_ignores=[])\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals(r, krait("--dump-ast=" + py));
    }

    @Test
    void dumpAstHonoursACodingDeclaration() throws IOException {
        Path py = dir.resolve("latin.py");
        Files.write(py, "# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        Result r = krait("--dump-ast", py.toString());
        assertEquals("Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='café'))], "
                + "type_ignores=[])\n", r.out());
        assertEquals(0, r.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            never_closed.py | x = (1,\\n  2\\nprint(x)\\n | 1 | x = (1,\\n        ^\\nSyntaxError: '(' was never closed
            print.py        | print "hello"\\n          | 1 | print "hello"\\n    ^^^^^^^^^^^^^\\nSyntaxError: Missing \
            parentheses in call to 'print'. Did you mean print(...)?
            indent.py       | if x:\\npass\\n            | 2 | pass\\n    ^\\nIndentationError: expected an indented \
            block after 'if' statement on line 1
            tabs.py         | def f():\\n\\tif x:\\n        pass\\n | 3 | pass\\nTabError: inconsistent use of tabs \
            and spaces in indentation
            """)
    void syntaxErrorsLookAsWhenCPythonRunsTheFile(String name, String source, int line, String shown)
            throws IOException {
        Path py = file(name, unescape(source));
        Result r = krait("--dump-ast", py.toString());
        assertEquals("  File \"" + py + "\", line " + line + "\n    " + unescape(shown) + "\n", r.err());
        assertEquals("", r.out());
        assertEquals(1, r.status());
    }

    private static String unescape(String csv) {
        return csv.replace("\\n", "\n").replace("\\t", "\t");
    }

    @Test
    void aRelativePathIsShownAbsoluteButUnnormalised() {
        Result r = krait("--dump-ast", "./no_such_dir/../missing_krait_file.py");
        String expected = Path.of("").toAbsolutePath() + "/./no_such_dir/../missing_krait_file.py";
        assertEquals("krait: can't open file '" + expected + "': [Errno 2] No such file or directory\n", r.err());
        assertEquals("", r.out());
        assertEquals(2, r.status());
    }

    @Test
    void aDirectoryCannotBeRead() {
        Result r = krait("--dump-ast", dir.toString());
        assertEquals("krait: can't open file '" + dir + "': [Errno 21] Is a directory\n", r.err());
        assertEquals(2, r.status());
    }

    @Test
    void dashReadsStandardInput() {
        Result ok = krait("x = 1\n", Map.of(), "--dump-ast", "-");
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
                + "type_ignores=[])\n", ok.out());
        assertEquals(0, ok.status());

        Result bad = krait("x = (\n", Map.of(), "--dump-ast", "-");
        assertEquals("  File \"<stdin>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", bad.err());
        assertEquals("", bad.out());
        assertEquals(1, bad.status());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Result longOption = krait("--foo");
        assertEquals("unknown option --foo\n" + USAGE, longOption.err());
        assertEquals("", longOption.out());
        assertEquals(2, longOption.status());

        Result shortOption = krait("-Zx", "prog.py");
        assertEquals("Unknown option: -Z\n" + USAGE, shortOption.err());
        assertEquals(2, shortOption.status());

        Result noFile = krait("--dump-ast");
        assertEquals("Argument expected for the --dump-ast option\n" + USAGE, noFile.err());
        assertEquals(2, noFile.status());

        Result twoFiles = krait("--dump-ast", "a.py", "b.py");
        assertEquals("--dump-ast takes one FILE; unexpected argument b.py\n" + USAGE, twoFiles.err());
        assertEquals(2, twoFiles.status());
    }

    /** A file, -c and standard input all run; what CPython 3.11 prints for the same programs. */
    @Test
    void runsProgramsFromAFileFromDashCAndFromStandardInput() throws IOException {
        Path py = file("hello.py", "def greet(n):\n    return 'hi ' + n\nprint(greet('Ada'), 2 ** 70)\n");
        Result fromFile = krait("", Map.of(), py.toString());
        assertEquals("hi Ada 1180591620717411303424\n", fromFile.out());
        assertEquals("", fromFile.err());
        assertEquals(0, fromFile.status());
        assertEquals("3\n", krait("", Map.of(), "-c", "print(1 + 2)").out());
        assertEquals("7\n", krait("print(3 + 4)\n", Map.of(), "-").out());
    }

    /** An uncaught exception: CPython's traceback (without column markers) and status 1. */
    @Test
    void uncaughtExceptionPrintsATracebackAndExitsWithOne() throws IOException {
        Path py = file("boom.py", "def f(x):\n    return 10 // x\n\nprint('before')\nf(0)\n");
        Result r = krait("", Map.of(), py.toString());
        assertEquals("before\n", r.out());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + py.toAbsolutePath() + "\", line 5, in <module>\n"
                + "    f(0)\n"
                + "  File \"" + py.toAbsolutePath() + "\", line 2, in f\n"
                + "    return 10 // x\n"
                + "ZeroDivisionError: integer division or modulo by zero\n", r.err());
        assertEquals(1, r.status());
    }

    /** What the young evaluator cannot run yet is refused by name before the program starts. */
    @Test
    void constructsNotRunYetAreNamedBeforeAnythingRuns() throws IOException {
        Path py = file("kw.py", "print('never printed')\nclass C(**{}):\n    pass\n");
        Result r = krait("", Map.of(), py.toString());
        assertEquals("", r.out());
        assertEquals("NotImplementedError: Krait cannot run **mapping among class keywords yet (" + py.toAbsolutePath()
                + ", line 2)\n", r.err());
        assertEquals(1, r.status());
    }

    /** {@code -m} for a module that is not there: CPython's one line (with Krait's name), status 1. */
    @Test
    void runningAMissingModuleSaysSo() {
        Result r = krait("", Map.of(), "-m", "no_such_module_for_krait");
        assertEquals("krait: No module named no_such_module_for_krait\n", r.err());
        assertEquals(1, r.status());
        Result builtin = krait("", Map.of(), "-m", "sys");
        assertEquals("krait: No code object available for sys\n", builtin.err());
        assertEquals(1, builtin.status());
    }

    @Test
    void halfAMillionNestedParenthesesIsASyntaxErrorNotAStackOverflow() throws IOException {
        String parens = "(".repeat(500_000);
        Path py = file("parens.py", parens + "\n");
        Result r = krait("--dump-ast", py.toString());
        // CPython's tokenizer stops at its 200th level: the caret sits under the 201st '('.
        assertEquals("  File \"" + py + "\", line 1\n    " + parens + "\n    " + " ".repeat(200) + "^\n"
                + "SyntaxError: too many nested parentheses\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void aHundredThousandTermSumIsARecursionError() throws IOException {
        Path py = file("sum.py", "a" + "+a".repeat(99_999) + "\n");
        Result r = krait("--dump-ast", py.toString());
        assertEquals("RecursionError: maximum recursion depth exceeded during ast construction\n", r.err());
        assertEquals("", r.out());
        assertEquals(1, r.status());
    }

    @Test
    void aClosedStdoutEndsQuietly() throws IOException {
        Path py = file("big.py", "x = 1\n".repeat(10_000));
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(Map.of()).run(new String[] {"--dump-ast", py.toString()}, InputStream.nullInputStream(),
                new PrintStream(closedPipe, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInternalErrorIsOneLineAndStatus70() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new Main(Map.of()).guarded(() -> {
            throw new IllegalStateException("boom");
        }, errStream);
        assertEquals(70, status);
        assertEquals("krait: internal error: java.lang.IllegalStateException: boom\n", err.toString(StandardCharsets.UTF_8));

        err.reset();
        status = new Main(Map.of()).guarded(() -> {
            throw new AssertionError();
        }, errStream);
        assertEquals(70, status);
        assertEquals("krait: internal error: java.lang.AssertionError\n", err.toString(StandardCharsets.UTF_8));
    }

    /** KRAIT_DEBUG=1 saves the Java trace to a file and names it; the terminal never shows it. */
    @Test
    void kraitDebugSavesTheJavaTraceToAFile() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(Map.of("KRAIT_DEBUG", "1")).guarded(() -> {
            throw new IllegalStateException("boom");
        }, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(70, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("krait: internal error: java.lang.IllegalStateException: boom\n"
                + "krait: Java details written to "), text);
        assertTrue(!text.contains("\tat "), text);
        Path saved = Path.of(text.substring(text.indexOf("written to ") + "written to ".length()).strip());
        assertTrue(Files.readString(saved).contains("\tat dev.krait.cli.MainTest"));
        Files.delete(saved);
    }

    @Test
    void theWorkRunsOnTheBigStackThread() {
        String[] seen = new String[1];
        int status = new Main(Map.of()).guarded(() -> {
            seen[0] = Thread.currentThread().getName();
            return 0;
        }, System.err);
        assertEquals(0, status);
        assertEquals("krait-main", seen[0]);
    }
}
