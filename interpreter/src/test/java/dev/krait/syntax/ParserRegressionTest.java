package dev.krait.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs where the fuzz test once found Krait disagreeing with CPython 3.11, each pinned to
 * what {@code compile(src, 'x.py', 'exec')} gives there ({@code OK} when it compiles).
 * Mostly about which error wins when several are present.
 */
class ParserRegressionTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("class A(*bases): pass\n", "OK"),
                Arguments.of("class A(B, *c, d=1, **e): pass\n", "OK"),
                Arguments.of("x = 1 \\\n    + 2 \\\n    ", "OK"),
                Arguments.of("s = 'a' \\\n  ", "OK"),
                Arguments.of("[x for *x in y]\n", "SyntaxError:1:8:starred assignment target must be in a list or tuple"),
                Arguments.of("x = " + "1".repeat(4301) + "\n", "SyntaxError:1:0:Exceeds the limit (4300 digits) for "
                        + "integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to "
                        + "increase the limit - Consider hexadecimal for huge integer literals to avoid decimal "
                        + "conversion limits."),
                Arguments.of("if a:\n pass\n" + "elif a:\n pass\n".repeat(3000),
                        "RecursionError:0:0:maximum recursion depth exceeded during compilation"),
                Arguments.of("x = 1\0\n", "SyntaxError:0:0:source code string cannot contain null bytes"),
                // A parser error on line 1 wins over an indentation error the tokenizer meets later.
                Arguments.of("if5 x:\n    pisass\n  y = 1", "SyntaxError:1:5:invalid syntax"),
                // ... and an unexpected indent wins over a later tokenizer error.
                Arguments.of(" )", "IndentationError:1:1:unexpected indent"),
                Arguments.of("if x:\n ", "IndentationError:2:2:expected an indented block after 'if' statement on line 1"),
                Arguments.of("[x f", "SyntaxError:1:1:'[' was never closed"),
                // An f-string is checked as soon as the parser has read it ...
                Arguments.of("f'{f'{f'{x}'}'}'\n", "SyntaxError:1:6:f-string: expecting '}'"),
                Arguments.of("x = f'{}' +\n", "SyntaxError:1:11:f-string: empty expression not allowed"),
                // ... but a tokenizer error found after a parser error still wins.
                Arguments.of("x = f'{}' $ 'abc\n", "SyntaxError:1:13:unterminated string literal (detected at line 1)"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesCPython(String source, String expected) {
        String actual;
        try {
            CompileChecks.check(new SyntaxParser().parseModule(source, "x.py", SyntaxParser.Mode.COMPILE), "x.py",
                    source);
            actual = "OK";
        } catch (PythonSyntaxError e) {
            actual = e.type() + ":" + e.line() + ":" + e.offset() + ":" + e.msg();
        }
        assertEquals(expected, actual);
    }
}
