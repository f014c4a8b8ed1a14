package dev.krait.code;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;


/**
 * Krait's own behaviour of the {@code async_generator} primitives ({@code _async_generator}),
 * which CPython cannot show and so no golden file can hold: {@code yield_} inside native async
 * generators and through plain coroutines, and the {@code RuntimeError}, in place of a leaked
 * wrapper, when no async generator is up the await chain — raised at the {@code await} line,
 * however the coroutine is driven. The library's documented behaviour is checked by the
 * conformance areas {@code async_generator_lib} and {@code async_generator_native}.
 */
class AsyncGeneratorLibraryTest {
    private static ProgramRun run(String source) {
        return ProgramRun.of(source);
    }

    private static final String RUNNER = "def run(coro):\n"
            + "    try:\n"
            + "        while True:\n"
            + "            coro.send(None)\n"
            + "    except StopIteration as e:\n"
            + "        return e.value\n";

    @Test
    void yieldInsideANativeAsyncGeneratorAndThroughPlainCoroutinesYieldsFromTheGenerator() {
        ProgramRun r = run("from _async_generator import yield_\n" + RUNNER
                + "async def emit(x):\n"
                + "    return await yield_(x)\n"
                + "async def agen():\n"
                + "    yield 1\n"
                + "    got = await yield_(2)\n"
                + "    print('sent back', got)\n"
                + "    print('through a helper', await emit(3))\n"
                + "    yield 4\n"
                + "async def main():\n"
                + "    g = agen()\n"
                + "    print(await g.asend(None), await g.asend(None), await g.asend('a'), await g.asend('b'))\n"
                + "run(main())\n");
        assertEquals("sent back a\nthrough a helper b\n1 2 3 4\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void yieldWithNoAsyncGeneratorUpTheChainIsARuntimeErrorAtTheAwaitLine() {
        ProgramRun r = run("from _async_generator import yield_\n" + RUNNER
                + "async def helper():\n"
                + "    await yield_(1)\n"
                + "async def main():\n"
                + "    await helper()\n"
                + "run(main())\n");
        assertEquals("", r.out());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<test>\", line 12, in <module>\n"
                + "  File \"<test>\", line 5, in run\n"
                + "  File \"<test>\", line 11, in main\n"
                + "  File \"<test>\", line 9, in helper\n"
                + "RuntimeError: yield_() was used outside an async generator: no async generator is iterating "
                + "the coroutine that awaits it\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void everyWayOfDrivingACoroutineByHandGetsTheErrorNotTheWrapper() {
        ProgramRun r = run("from _async_generator import yield_\n"
                + "class Wait:\n"
                + "    def __await__(self):\n"
                + "        return (yield 'waiting')\n"
                + "async def job():\n"
                + "    for i in range(3):\n"
                + "        try:\n"
                + "            await Wait()\n"
                + "        except KeyError:\n"
                + "            print(i, 'KeyError in')\n"
                + "        try:\n"
                + "            await yield_(i)\n"
                + "        except RuntimeError as e:\n"
                + "            print(i, type(e).__name__)\n"
                + "    return 'end'\n"
                + "c = job()\n"
                + "print(c.send(None))\n"
                + "print(c.throw(KeyError))\n"
                + "print(next(c.__await__()))\n"
                + "try:\n"
                + "    c.send(None)\n"
                + "except StopIteration as e:\n"
                + "    print('returned', e.value)\n");
        assertEquals("waiting\n0 KeyError in\n0 RuntimeError\nwaiting\n1 RuntimeError\nwaiting\n2 RuntimeError\n"
                + "returned end\n", r.out());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void aYieldAwaitableDrivenByHandRaisesTheErrorFromItsOwnStep() {
        ProgramRun r = run("from _async_generator import yield_\n"
                + "a = yield_(7)\n"
                + "try:\n"
                + "    a.send(None)\n"
                + "except RuntimeError as e:\n"
                + "    print(type(e).__name__)\n"
                + "try:\n"
                + "    a.send(None)\n"
                + "except RuntimeError as e:\n"
                + "    print(e)\n");
        assertEquals("RuntimeError\ncannot reuse already awaited coroutine\n", r.out());
    }

    @Test
    void aCoroutineCallThatIsNotAnAsyncDefCannotBecomeAnAsyncGenerator() {
        ProgramRun r = run("from _async_generator import as_async_generator\n"
                + "try:\n"
                + "    as_async_generator(42)\n"
                + "except TypeError as e:\n"
                + "    print(e)\n");
        assertEquals("@async_generator expects an async def function, but calling it returned int object\n", r.out());
    }
}
