package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * {@code async for} and {@code async with}: resumable statements (see {@link ResumableStmts})
 * that await on their own — {@code __anext__()}, {@code __aenter__()} and {@code __aexit__()}
 * — besides whatever their bodies await. Each keeps a small state record in its frame slot
 * while suspended: which await or which part of the body it stands in.
 */
final class AsyncStmts {
    private AsyncStmts() {}

    private static final int AWAIT_NEXT = 1;
    private static final int BODY = 2;
    private static final int ELSE = 3;
    private static final int AWAIT_ENTER = 4;
    private static final int AWAIT_EXIT = 5;

    /** {@code async for target in iterable: body else: orelse}. */
    static final class For extends StmtNode {
        private static final class State {
            final Object aiter;
            Delegate awaiting;
            int phase;

            State(Object aiter) {
                this.aiter = aiter;
            }
        }

        private final Target target;
        private final ExprNode iter;
        /** The iterable is an async iterator already (an async comprehension's first, made where it stands). */
        private final boolean iterReady;
        private final StmtNode body;
        private final StmtNode orelse;
        private final int slot;

        For(int line, Target target, ExprNode iter, boolean iterReady, StmtNode body, StmtNode orelse, int slot) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.iterReady = iterReady;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            State st = (State) locals[slot];
            locals[slot] = null;
            if (st != null && st.phase == ELSE) {
                return orElse(frame, st);
            }
            boolean resumeNext = st != null && st.phase == AWAIT_NEXT;
            boolean resumeBody = st != null && st.phase == BODY;
            if (st == null) {
                Object iterable = iter.eval(frame);
                st = new State(iterReady ? iterable : asyncIterator(iterable));
            }
            InterpreterState state = frame.state;
            while (true) {
                if (!resumeBody) {
                    Delegate d;
                    boolean more;
                    try {
                        if (!resumeNext && st.aiter instanceof PyAsyncGenerator g && g.core.hooksInitialised) {
                            d = AsyncGenAwaitables.ASend.stepNext(g, frame.generator);
                            more = d != null;
                        } else {
                            d = resumeNext ? st.awaiting : nextAwaitable(st.aiter);
                            more = SuspendPoints.step(frame, d, resumeNext);
                        }
                    } catch (PyException e) {
                        if (e.value().type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                            break;
                        }
                        throw e;
                    }
                    resumeNext = false;
                    if (more) {
                        st.awaiting = d;
                        st.phase = AWAIT_NEXT;
                        locals[slot] = st;
                        return SUSPEND;
                    }
                    st.awaiting = null;
                    target.assign(frame, d == null ? ((PyAsyncGenerator) st.aiter).core.value : d.stepValue());
                }
                resumeBody = false;
                int c = body.exec(frame);
                if (c == SUSPEND) {
                    st.phase = BODY;
                    locals[slot] = st;
                    return c;
                }
                if (c == BREAK) {
                    return NORMAL;
                }
                if (c == RETURN || c == THROW) {
                    return c;
                }
                state.checkInterrupt();
                frame.line = line;
            }
            return orElse(frame, st);
        }

        private int orElse(Frame frame, State st) {
            if (orelse == null) {
                return NORMAL;
            }
            int c = orelse.exec(frame);
            if (c == SUSPEND) {
                st.phase = ELSE;
                frame.locals[slot] = st;
            }
            return c;
        }
    }

    /** {@code aiter(x)} as {@code async for} does it, with its messages. */
    static Object asyncIterator(Object x) {
        if (x instanceof PyAsyncGenerator) {
            return x;
        }
        PyType type = Types.typeOf(x);
        if (type.lookup("__aiter__") == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + type.name());
        }
        Object it = Ops.callMethod(x, "__aiter__", new Object[0], PyCallable.NO_KEYWORDS);
        if (!(it instanceof PyAsyncGenerator) && Types.typeOf(it).lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Types.nameOf(it));
        }
        return it;
    }

    /** {@code aiter.__anext__()} as an awaitable delegate. */
    static Delegate nextAwaitable(Object aiter) {
        if (aiter instanceof PyAsyncGenerator g) {
            g.initHooks();
            return new AsyncGenAwaitables.ASend(g, PyNone.NONE);
        }
        Object awaitable = Ops.callMethod(aiter, "__anext__", new Object[0], PyCallable.NO_KEYWORDS);
        return Delegation.forAwait(awaitable, "'async for' received an invalid object from __anext__: ");
    }

    /** {@code async with manager as target: body}, for one item (several items nest). */
    static final class With extends StmtNode {
        private static final class State {
            final Object manager;
            final Object aexit;
            Delegate awaiting;
            int phase;
            PyException pending;
            int completion;
            Object savedReturn;

            State(Object manager, Object aexit) {
                this.manager = manager;
                this.aexit = aexit;
            }
        }

        private final ExprNode manager;
        private final Target target;
        private final StmtNode body;
        private final int slot;

        With(int line, ExprNode manager, Target target, StmtNode body, int slot) {
            super(line);
            this.manager = manager;
            this.target = target;
            this.body = body;
            this.slot = slot;
        }

        @Override
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            State st = (State) locals[slot];
            locals[slot] = null;
            if (st == null) {
                Object mgr = manager.eval(frame);
                PyType type = Types.typeOf(mgr);
                if (type.lookup("__aenter__") == null) {
                    throw Errors.typeError("'" + type.name()
                            + "' object does not support the asynchronous context manager protocol");
                }
                if (type.lookup("__aexit__") == null) {
                    throw Errors.typeError("'" + type.name()
                            + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                st = new State(mgr, Ops.getAttr(mgr, "__aexit__"));
                Object enter = Ops.callMethod(mgr, "__aenter__", new Object[0], PyCallable.NO_KEYWORDS);
                st.awaiting = awaitable(enter, "__aenter__");
                st.phase = AWAIT_ENTER;
                if (SuspendPoints.step(frame, st.awaiting, false)) {
                    locals[slot] = st;
                    return SUSPEND;
                }
                entered(frame, st);
            } else if (st.phase == AWAIT_ENTER) {
                if (SuspendPoints.step(frame, st.awaiting, true)) {
                    locals[slot] = st;
                    return SUSPEND;
                }
                entered(frame, st);
            } else if (st.phase == AWAIT_EXIT) {
                return continueExit(frame, st, true);
            }
            int c;
            try {
                c = body.exec(frame);
                if (c == THROW) {
                    throw frame.generator.takeThrown();
                }
            } catch (PyException e) {
                st.pending = e;
                st.phase = AWAIT_EXIT;
                st.awaiting = awaitable(WithNode.exitWithException(frame, e, st.aexit), "__aexit__");
                return continueExit(frame, st, false);
            }
            if (c == SUSPEND) {
                st.phase = BODY;
                locals[slot] = st;
                return c;
            }
            st.completion = c;
            st.savedReturn = frame.returnValue;
            st.phase = AWAIT_EXIT;
            st.awaiting = awaitable(Delegation.call(st.aexit, PyNone.NONE, PyNone.NONE, PyNone.NONE), "__aexit__");
            return continueExit(frame, st, false);
        }

        private void entered(Frame frame, State st) {
            Object value = st.awaiting.stepValue();
            st.awaiting = null;
            st.phase = BODY;
            if (target != null) {
                target.assign(frame, value);
            }
        }

        /** Awaits {@code __aexit__}'s result (with the body's exception as the handled one), then goes on. */
        private int continueExit(Frame frame, State st, boolean resumed) {
            InterpreterState state = frame.state;
            PyBaseException outer = state.handledException();
            PyException pending = st.pending;
            boolean more;
            if (pending != null) {
                state.setHandledException(pending.value());
            }
            try {
                more = SuspendPoints.step(frame, st.awaiting, resumed);
            } catch (PyException inner) {
                if (pending != null) {
                    Stmts.Exceptions.chain(inner.value(), pending.value(), false);
                }
                throw inner;
            } finally {
                if (pending != null) {
                    state.setHandledException(outer);
                }
            }
            if (more) {
                frame.locals[slot] = st;
                return SUSPEND;
            }
            Object result = st.awaiting.stepValue();
            if (pending != null) {
                if (Ops.isTrue(result)) {
                    return NORMAL;
                }
                throw pending;
            }
            frame.returnValue = st.savedReturn;
            return st.completion;
        }

        private static Delegate awaitable(Object x, String method) {
            return Delegation.forAwait(x, "'async with' received an object from " + method
                    + " that does not implement __await__: ");
        }
    }
}
