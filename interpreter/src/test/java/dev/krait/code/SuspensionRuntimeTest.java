package dev.krait.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.krait.Interpreter;

/**
 * What the conformance suite cannot check for generators, coroutines and async generators:
 * behaviour whose timing follows Java's collector (finalization, "never awaited"), Krait's
 * deliberate extensions, and the promises about threads and interpreters side by side.
 */
class SuspensionRuntimeTest {
    private static ProgramRun run(String source) {
        return ProgramRun.of(source);
    }

    private static final String NEVER_AWAITED = "sys:1: RuntimeWarning: coroutine 'job' was never awaited\n"
            + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";

    /** CPython warns when it frees a coroutine that never ran; Krait when gc.collect() (or the exit) finds it dropped. */
    @Test
    void aDroppedCoroutineThatNeverRanIsReportedByGcCollect() {
        ProgramRun r = run("import gc\nasync def job():\n    pass\njob()\nprint(gc.collect() >= 1)\n"
                + "c = job()\ntry:\n    c.send(None)\nexcept StopIteration:\n    pass\ndel c\nc = job()\nc.close()\ndel c\n"
                + "gc.collect()\nprint('end')\n");
        assertEquals("True\nend\n", r.out());
        assertEquals(NEVER_AWAITED, r.err(), "only the coroutine that never ran, once");
        assertEquals(0, r.status());
    }

    @Test
    void anUnawaitedCoroutineStillAliveAtExitIsNotReportedButADroppedOneIs() {
        ProgramRun kept = run("async def job():\n    pass\nkeep = job()\nkeep.close()\n");
        assertEquals("", kept.err());
        ProgramRun dropped = run("async def job():\n    pass\nfor i in range(3):\n    job()\n");
        assertEquals(NEVER_AWAITED.repeat(3), dropped.err());
    }

    /** PEP 525: the finalizer captured at the first iteration gets the dropped generator, still unfinished. */
    @Test
    void theFinalizerHookReceivesADroppedUnfinishedAsyncGenerator() {
        ProgramRun r = run("import gc, sys\nseen = []\n"
                + "def fin(ag):\n    seen.append((type(ag).__name__, ag.ag_frame.f_locals['step']))\n"
                + "    try:\n        ag.aclose().send(None)\n    except StopIteration:\n        seen.append('closed')\n"
                + "sys.set_asyncgen_hooks(finalizer=fin)\n"
                + "async def agen():\n    step = 0\n    try:\n        while True:\n            step += 1\n            yield step\n"
                + "    finally:\n        seen.append('finally')\n"
                + "def first(ag):\n    try:\n        ag.asend(None).send(None)\n    except StopIteration as e:\n        return e.value\n"
                + "a = agen()\nprint(first(a), first(a))\ndel a\ngc.collect()\nprint(seen)\n");
        assertEquals("1 2\n[('async_generator', 2), 'finally', 'closed']\n", r.out());
        assertEquals("", r.err());
    }

    /** Without a finalizer hook an unfinished async generator is closed, as CPython closes it: its finally runs. */
    @Test
    void withoutAFinalizerADroppedAsyncGeneratorIsClosed() {
        ProgramRun r = run("import gc\nasync def agen():\n    try:\n        yield 1\n    finally:\n        print('finally ran')\n"
                + "a = agen()\ntry:\n    a.asend(None).send(None)\nexcept StopIteration as e:\n    print('got', e.value)\n"
                + "del a\ngc.collect()\nprint('after collect')\n");
        assertEquals("got 1\nfinally ran\nafter collect\n", r.out());
    }

    /** Krait goes further than CPython 3.11 (PEP 828): an async generator may return a value, carried by StopAsyncIteration. */
    @Test
    void anAsyncGeneratorReturnValueEndsItsIterationWithStopAsyncIterationOfTheValue() {
        ProgramRun r = run("async def agen():\n    yield 1\n    return 'result'\n"
                + "def step(aw):\n    try:\n        aw.send(None)\n    except StopIteration as e:\n        return ('value', e.value)\n"
                + "    except StopAsyncIteration as e:\n        return ('stop', e.args, e.value if hasattr(e, 'value') else None)\n"
                + "a = agen()\nprint(step(a.asend(None)))\nprint(step(a.asend(None)))\nprint(step(a.asend(None)))\n");
        assertEquals("('value', 1)\n('stop', ('result',), None)\n('stop', (), None)\n", r.out());
    }

    /** Suspended generators hold no thread: many of them, started and waiting, leave the thread count alone. */
    @Test
    void suspendedGeneratorsAndCoroutinesHoldNoThreads() {
        int before = Thread.activeCount();
        ProgramRun r = run("class Wait:\n    def __await__(self):\n        yield\n"
                + "async def co():\n    await Wait()\n"
                + "def gen(n):\n    while True:\n        n = yield n\n"
                + "gens = [gen(i) for i in range(20000)]\nfor g in gens:\n    next(g)\n"
                + "coros = [co() for i in range(20000)]\nfor c in coros:\n    c.send(None)\n"
                + "print(sum(1 for g in gens if g.gi_suspended), sum(1 for c in coros if c.cr_suspended))\n"
                + "for c in coros:\n    c.close()\n");
        assertEquals("20000 20000\n", r.out());
        assertTrue(Thread.activeCount() <= before + 1, "threads before " + before + ", after " + Thread.activeCount());
    }

    /** Infinite recursion through generators ends in RecursionError, never a Java StackOverflowError. */
    @Test
    void runawayRecursionThroughYieldFromIsARecursionError() {
        ProgramRun r = run("def down(n):\n    yield from down(n + 1)\n"
                + "try:\n    next(down(0))\nexcept RecursionError as e:\n    print('RecursionError', e)\n"
                + "async def deeper(n):\n    return await deeper(n + 1)\n"
                + "try:\n    deeper(0).send(None)\nexcept RecursionError as e:\n    print('RecursionError', e)\n");
        assertEquals("RecursionError maximum recursion depth exceeded\n".repeat(2), r.out());
        assertEquals("", r.err());
    }

    /** Past the Java stack (a recursion limit set high), a generator's finally clauses still run for the RecursionError. */
    @Test
    void aJavaStackOverflowInGeneratorsIsARecursionErrorThatRunsFinallyClauses() {
        ProgramRun r = run("import sys\nsys.setrecursionlimit(1000000)\nlog = []\n"
                + "def deep(n):\n    try:\n        yield from deep(n + 1)\n    finally:\n        if n == 0:\n            log.append('ran')\n"
                + "try:\n    next(deep(0))\nexcept RecursionError as e:\n    print('RecursionError', e)\nprint(log)\n");
        assertEquals("RecursionError maximum recursion depth exceeded\n['ran']\n", r.out());
    }

    /** Interpreters side by side on their own threads: generators and hooks of one never reach the other. */
    @Test
    void interpretersOnParallelThreadsKeepTheirGeneratorsAndHooksApart() throws Exception {
        String program = "import sys\nnames = []\nsys.set_asyncgen_hooks(firstiter=lambda ag: names.append(ag.__name__))\n"
                + "async def agen_%1$s(n):\n    for i in range(n):\n        yield i\n"
                + "def gen_%1$s(n):\n    total = 0\n    for i in range(n):\n        total += yield i\n    return total\n"
                + "async def main():\n    return [v async for v in agen_%1$s(3000)]\n"
                + "c = main()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    values = e.value\n"
                + "g = gen_%1$s(3000)\nnext(g)\ntry:\n    while True:\n        g.send(1)\nexcept StopIteration as e:\n    total = e.value\n"
                + "print(len(values), total, names)\n";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ProgramRun>> results = new ArrayList<>();
            for (String name : new String[] {"a", "b", "a", "b"}) {
                Callable<ProgramRun> task = () -> run(String.format(program, name));
                results.add(pool.submit(task));
            }
            for (int i = 0; i < results.size(); i++) {
                String name = i % 2 == 0 ? "a" : "b";
                assertEquals("3000 3000 ['agen_" + name + "']\n", results.get(i).get().out());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
