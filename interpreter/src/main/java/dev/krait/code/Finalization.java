package dev.krait.code;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;

/**
 * One interpreter's finalizations whose timing Java's collector decides: async generators
 * dropped unfinished (PEP 525: the finalizer hook captured at their first iteration is called
 * with the generator, or without one the generator is closed) and coroutines dropped without
 * ever running (CPython's "coroutine '…' was never awaited" warning).
 *
 * <p>Watching every such object with a phantom reference would cost each coroutine call more
 * than the call itself, so new ones are only noted in a small batch; when the batch is full
 * (and at {@code gc.collect()} and exit), those still unstarted or unfinished get a phantom
 * reference — most coroutines have run to completion by then and are forgotten. Finalizations
 * run on the interpreter's own thread: when a batch is processed, at {@code gc.collect()}
 * (which first asks the JVM to collect) and when the main program ends.
 */
final class Finalization {
    private static final int BATCH = 256;

    private final InterpreterState state;
    private final Object[] recent = new Object[BATCH];
    private int count;
    /**
     * {@link #forgetSettled} runs when {@link #watched} grows past this size, which then
     * becomes twice what is left: a scan costs O(watched), so with many objects that stay
     * unstarted for a while (an asyncio.gather tree creates every leaf coroutine before the
     * first one runs) scanning at every batch would make creating coroutines quadratic.
     */
    private int forgetAt = 4 * BATCH;
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    /** The phantom references themselves must stay reachable until they are enqueued. */
    private final Set<Reference<?>> watched = new HashSet<>();
    /** Reports an exception a finalization raised: CPython's "Exception ignored in: ..." (set by the host). */
    private BiConsumer<String, PyBaseException> unraisable = (where, e) -> { };

    Finalization(InterpreterState state) {
        this.state = state;
    }

    void setUnraisableHandler(BiConsumer<String, PyBaseException> handler) {
        this.unraisable = handler;
    }

    /** Notes a new coroutine, or an async generator at its first iteration. */
    void track(Object generatorObject) {
        recent[count++] = generatorObject;
        if (count == BATCH) {
            watchUnfinished();
            if (watched.size() > forgetAt) {
                forgetSettled();
                forgetAt = Math.max(4 * BATCH, 2 * watched.size());
            }
            runDue();
        }
    }

    private void watchUnfinished() {
        for (int i = 0; i < count; i++) {
            Object o = recent[i];
            recent[i] = null;
            if (o instanceof PyCoroutine c && !c.started && !c.finished) {
                watched.add(new UnawaitedCoroutine(c, queue));
            } else if (o instanceof PyAsyncGenerator g && !g.core.finished) {
                watched.add(new DroppedAsyncGenerator(g, queue));
            }
        }
        count = 0;
    }

    /** Runs the finalizations that the collector has made due; returns how many ran. */
    private int runDue() {
        int n = 0;
        for (Reference<?> r = queue.poll(); r != null; r = queue.poll()) {
            finalizeOne(r);
            n++;
        }
        return n;
    }

    private void finalizeOne(Reference<?> r) {
        watched.remove(r);
        if (r instanceof UnawaitedCoroutine c) {
            c.report(state);
        } else if (r instanceof DroppedAsyncGenerator g) {
            g.finalizeGenerator(unraisable);
        }
    }

    /** Stops watching the objects that have run (or finished) since they were first watched. */
    private void forgetSettled() {
        watched.removeIf(r -> r instanceof UnawaitedCoroutine c ? c.watch.settled
                : ((DroppedAsyncGenerator) r).core.finished);
    }

    /**
     * {@code gc.collect()}: asks the JVM to collect, then runs what became due (waiting a
     * moment for the collector to hand over what it found); returns how many ran.
     */
    int collect() {
        watchUnfinished();
        forgetSettled();
        System.gc();
        int n = runDue();
        if (watched.isEmpty()) {
            return n;
        }
        try {
            for (Reference<?> r = queue.remove(20); r != null; r = queue.remove(20)) {
                finalizeOne(r);
                n++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return n;
    }

    /** At the end of the main program: the last chance for warnings and finalizers, as at CPython's shutdown. */
    void atExit() {
        watchUnfinished();
        forgetSettled();
        if (!watched.isEmpty()) {
            collect();
        }
    }

    /** A coroutine being watched for "never awaited"; its {@link PyCoroutine#watch} records whether it ever ran. */
    private static final class UnawaitedCoroutine extends PhantomReference<Object> {
        private final PyCoroutine.Watch watch;
        private final String qualname;

        UnawaitedCoroutine(PyCoroutine c, ReferenceQueue<Object> queue) {
            super(c, queue);
            this.watch = c.watch();
            this.qualname = c.qualname;
        }

        void report(InterpreterState state) {
            if (!watch.settled) {
                // CPython's wording; the place is that of a warning raised with no Python frame.
                state.err().print("sys:1: RuntimeWarning: coroutine '" + qualname + "' was never awaited\n"
                        + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            }
        }
    }

    /** An async generator's handle being watched; its core outlives the handle and is finalized through a new one. */
    private static final class DroppedAsyncGenerator extends PhantomReference<Object> {
        private final PyAsyncGenerator.Core core;

        DroppedAsyncGenerator(PyAsyncGenerator g, ReferenceQueue<Object> queue) {
            super(g, queue);
            this.core = g.core;
        }

        void finalizeGenerator(BiConsumer<String, PyBaseException> unraisable) {
            if (core.finished) {
                return;
            }
            PyAsyncGenerator handle = new PyAsyncGenerator(core);
            try {
                if (core.finalizer != null) {
                    Delegation.call(core.finalizer, handle);
                } else {
                    core.closeWhenDropped();
                }
            } catch (PyException e) {
                unraisable.accept(core.finalizer != null ? String.valueOf(core.finalizer) : handle.toString(), e.value());
            }
        }
    }
}
