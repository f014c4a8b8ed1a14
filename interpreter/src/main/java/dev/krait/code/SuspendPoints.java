package dev.krait.code;

import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;

/**
 * The statements where a body suspends: {@code yield}, and {@code yield from}/{@code await}
 * (a delegation). The compiler lowers every {@code yield}, {@code yield from} and
 * {@code await} to one of them at statement level, its operand computed first and its result
 * stored in targets (a variable, or a temporary the rest of the expression reads), so that
 * expressions never suspend midway.
 */
final class SuspendPoints {
    private SuspendPoints() {}

    /**
     * {@code yield value}: hands the value out and suspends; on resumption stores the sent
     * value in the targets, or raises the exception thrown in. An async generator's yields
     * are wrapped ({@link AsyncGenValue}), to travel up the await channel.
     */
    static final class Yield extends StmtNode {
        private final ExprNode value;
        private final Target[] targets;
        private final boolean wrap;
        private final int slot;

        Yield(int line, ExprNode value, Target[] targets, boolean wrap, int slot) {
            super(line);
            this.value = value;
            this.targets = targets;
            this.wrap = wrap;
            this.slot = slot;
        }

        @Override
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            Suspendable g = frame.generator;
            if (locals[slot] == null) {
                Object v = value == null ? PyNone.NONE : value.eval(frame);
                g.value = wrap ? new AsyncGenValue(v) : v;
                locals[slot] = Boolean.TRUE;
                return SUSPEND;
            }
            locals[slot] = null;
            if (g.thrown != null) {
                return THROW;
            }
            Object sent = g.sent;
            for (Target t : targets) {
                t.assign(frame, sent == null ? PyNone.NONE : sent);
            }
            return NORMAL;
        }
    }

    /** {@code yield from iterable} or {@code await awaitable}: suspended while the delegate yields, then stores its result. */
    static final class Delegating extends StmtNode {
        private final ExprNode value;
        private final Target[] targets;
        private final boolean await;
        /** For {@code yield from} in a generator marked by {@code types.coroutine}, which may delegate to coroutines. */
        private final boolean inCoroutine;
        private final int slot;

        Delegating(int line, ExprNode value, Target[] targets, boolean await, boolean inCoroutine, int slot) {
            super(line);
            this.value = value;
            this.targets = targets;
            this.await = await;
            this.inCoroutine = inCoroutine;
            this.slot = slot;
        }

        /** In the slot while suspended in an {@code await yield_(x)} taken as a yield (see {@link #exec}). */
        private static final Object INLINE_YIELD = new Object();

        @Override
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            if (locals[slot] == INLINE_YIELD) {
                return resumeInlineYield(frame);
            }
            Delegate d = (Delegate) locals[slot];
            boolean resumed = d != null;
            if (resumed) {
                locals[slot] = null;
            } else {
                Object operand;
                if (await && value instanceof Exprs.Call call) {
                    Object f = call.func.eval(frame);
                    if (f instanceof AsyncGeneratorLibrary.YieldFunction yield && call.kwnames.length == 0
                            && call.args.length <= 1) {
                        // `await yield_(x)`: a yield of the async generator iterating this chain,
                        // taken here as the yield statement would, with no awaitable made.
                        Object payload = call.args.length == 0 ? PyNone.NONE : call.args[0].eval(frame);
                        frame.generator.value = new AsyncGenValue(payload, yield.origin());
                        locals[slot] = INLINE_YIELD;
                        return SUSPEND;
                    }
                    operand = call.callWith(frame, f);
                } else {
                    operand = value.eval(frame);
                }
                d = await ? Delegation.forAwait(operand) : Delegation.forYieldFrom(operand,
                        inCoroutine || (frame.code.flags & Code.CO_ITERABLE_COROUTINE) != 0);
            }
            boolean more;
            if (!resumed && d instanceof Suspendable s) {
                // The common case, a coroutine or generator awaited as soon as it is made: stepped directly.
                more = s.step(PyNone.NONE, null);
                if (more) {
                    Suspendable g = frame.generator;
                    g.value = s.value;
                    g.awaitIn(s);
                }
            } else {
                more = step(frame, d, resumed);
            }
            if (more) {
                locals[slot] = d;
                return SUSPEND;
            }
            Object result = d instanceof Suspendable s ? s.value : d.stepValue();
            for (Target t : targets) {
                t.assign(frame, result);
            }
            return NORMAL;
        }

        /**
         * Resumed after an {@code await yield_(x)} taken as a yield: as for {@link Yield}, the
         * sent value is the result and a thrown exception is raised here. In an
         * {@code @async_generator} body a {@code StopIteration} arrives as a {@code RuntimeError}:
         * the library's {@code yield_} suspends in a generator, whose PEP 479 converts it.
         */
        private int resumeInlineYield(Frame frame) {
            frame.locals[slot] = null;
            Suspendable g = frame.generator;
            PyException thrown = g.thrown;
            if (thrown != null) {
                if (g instanceof PyAsyncGenerator.Core c && c.library
                        && thrown.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    g.thrown = Suspendable.chainedRuntimeError("generator raised StopIteration", thrown.value());
                }
                return THROW;
            }
            Object sent = g.sent;
            for (Target t : targets) {
                t.assign(frame, sent == null ? PyNone.NONE : sent);
            }
            return NORMAL;
        }
    }

    /**
     * One step of a delegate on behalf of the frame's owner: the first (sending None), or on
     * resumption the owner's sent value or thrown exception. True when the delegate yielded
     * (the owner yields the same value, and records the delegate as what it awaits).
     * {@code GeneratorExit} closes the delegate and is raised here, as CPython does.
     */
    static boolean step(Frame frame, Delegate d, boolean resumed) {
        Suspendable g = frame.generator;
        boolean more;
        if (!resumed) {
            more = d.step(PyNone.NONE, null);
        } else if (g.delegateFailure != null) {
            PyException failure = g.delegateFailure;
            g.delegateFailure = null;
            throw failure;
        } else if (g.delegateFinished) {
            g.delegateFinished = false;
            return false;
        } else {
            PyException thrown = g.thrown;
            Object sent = g.sent;
            g.thrown = null;
            g.sent = null;
            if (thrown != null && thrown.value().type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                d.closeDelegate();
                throw thrown;
            }
            Object v = sent == null ? PyNone.NONE : sent;
            more = d instanceof Suspendable s ? s.step(v, thrown) : d.step(v, thrown);
        }
        if (more) {
            g.value = d instanceof Suspendable s ? s.value : d.stepValue();
            g.awaitIn(d);
        }
        return more;
    }
}
