package dev.krait.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.krait.syntax.ast.AstDump;
import dev.krait.syntax.ast.Mod;

/**
 * Where Krait's syntax deliberately differs from CPython 3.11, so no golden can come from
 * CPython: PEP 828's {@code async yield from} and {@code return value} in async generators
 * (accepted for Python 3.16, supported early), and clear errors for the statements Krait
 * does not support. Expected dumps are written by hand from CPython's dump of the same code
 * with {@code yield from} (node {@code YieldFrom}), renamed to Krait's {@code AsyncYieldFrom}.
 */
class KraitSyntaxExtensionsTest {
    private final SyntaxParser parser = new SyntaxParser();

    private String dump(String source) {
        Mod.Module module = parser.parseModule(source, "t.py", SyntaxParser.Mode.COMPILE);
        CompileChecks.check(module, "t.py", source);
        return AstDump.dump(module);
    }

    private String error(String source) {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> dump(source));
        return e.type() + ":" + e.line() + ":" + e.offset() + ":" + e.msg();
    }

    @Test
    void asyncYieldFromIsAnExpression() {
        assertEquals("Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
                        + "kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], "
                        + "value=AsyncYieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))), "
                        + "Return(value=Name(id='x', ctx=Load()))], decorator_list=[])], type_ignores=[])",
                dump("async def f():\n    x = async yield from g()\n    return x\n"));
    }

    @Test
    void asyncYieldFromAsStatementAndInParentheses() {
        assertEquals("Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
                        + "kw_defaults=[], defaults=[]), body=[Expr(value=AsyncYieldFrom(value=Name(id='a', ctx=Load()))), "
                        + "Expr(value=Call(func=Name(id='print', ctx=Load()), args=[AsyncYieldFrom(value=Name(id='b', "
                        + "ctx=Load()))], keywords=[]))], decorator_list=[])], type_ignores=[])",
                dump("async def f():\n    async yield from a\n    print((async yield from b))\n"));
    }

    @Test
    void asyncGeneratorMayReturnAValue() {
        // CPython 3.11: SyntaxError "'return' with value in async generator"; PEP 828 allows it.
        assertEquals("Module(body=[AsyncFunctionDef(name='agen', args=arguments(posonlyargs=[], args=[], "
                        + "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(value=Constant(value=1))), "
                        + "Return(value=Constant(value=2))], decorator_list=[])], type_ignores=[])",
                dump("async def agen():\n    yield 1\n    return 2\n"));
    }

    @Test
    void asyncYieldFromNeedsAnAsyncFunction() {
        assertEquals("SyntaxError:2:5:'async yield from' outside async function",
                error("def f():\n    async yield from g()\n"));
        assertEquals("SyntaxError:1:1:'yield' outside function", error("async yield from g()\n"));
    }

    @Test
    void matchStatementIsRejectedClearly() {
        assertEquals("SyntaxError:1:1:the 'match' statement is not supported by Krait",
                error("match command:\n    case 'go':\n        pass\n"));
    }

    @Test
    void exceptStarIsRejectedClearly() {
        assertEquals("SyntaxError:3:1:'except*' (exception groups) is not supported by Krait",
                error("try:\n    pass\nexcept* ValueError:\n    pass\n"));
    }

    @Test
    void softKeywordsStayNames() {
        assertEquals("Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Call(func=Name(id='case', "
                        + "ctx=Load()), args=[Name(id='_', ctx=Load())], keywords=[]))], type_ignores=[])",
                dump("match = case(_)\n"));
    }
}
