package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;

/**
 * {@code try} with a suspension point in one of its clauses (see {@link ResumableStmts}). Its
 * slot records the clause that suspended and what that clause needs to go on: the exception
 * a handler is handling (made the handled exception again on resumption, so {@code raise} and
 * {@code sys.exc_info()} see it), or, for {@code finally}, the exception or completion
 * waiting to continue after it.
 */
final class ResumableTry extends StmtNode {
    private static final int BODY = 0;
    private static final int HANDLER = 1;
    private static final int ELSE = 2;
    private static final int FINALLY = 3;

    /** Where a suspended {@code try} stands. */
    private record State(int phase, int handler, PyBaseException caught, PyException pending, int completion,
                         Object savedReturn) {}

    /** Suspended in the body or the else clause: nothing else to remember, so one record serves all. */
    private static final State IN_BODY = new State(BODY, 0, null, null, 0, null);
    private static final State IN_ELSE = new State(ELSE, 0, null, null, 0, null);

    private final StmtNode body;
    private final Stmts.Handler[] handlers;
    private final StmtNode orelse;
    private final StmtNode finalbody;
    private final int slot;

    ResumableTry(int line, StmtNode body, Stmts.Handler[] handlers, StmtNode orelse, StmtNode finalbody, int slot) {
        super(line);
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.slot = slot;
    }

    @Override
    int exec(Frame frame) {
        Object[] locals = frame.locals;
        State st = (State) locals[slot];
        locals[slot] = null;
        if (st != null && st.phase == FINALLY) {
            return runFinally(frame, st.completion, st.pending, st.savedReturn, true);
        }
        int completion;
        PyException pending = null;
        try {
            completion = bodyHandlersElse(frame, st);
        } catch (PyException e) {
            if (finalbody == null) {
                throw e;
            }
            pending = e;
            completion = NORMAL;
        } catch (StackOverflowError e) {
            if (finalbody == null) {
                throw e;
            }
            // As a plain try: the finally clause still runs, for the RecursionError this becomes.
            pending = Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
            completion = NORMAL;
        }
        if (completion == SUSPEND || finalbody == null) {
            return completion;
        }
        return runFinally(frame, completion, pending, frame.returnValue, false);
    }

    private int bodyHandlersElse(Frame frame, State st) {
        int phase = st == null ? BODY : st.phase;
        if (phase == HANDLER) {
            return runHandler(frame, st.handler, st.caught, true);
        }
        if (phase == ELSE) {
            return runElse(frame);
        }
        int completion;
        try {
            completion = body.exec(frame);
            if (completion == THROW) {
                throw frame.generator.takeThrown(); // caught just below: a jump, not an unwinding
            }
        } catch (PyException e) {
            PyFunction.addTraceback(e, frame);
            PyBaseException value = e.value();
            Stmts.Exceptions.chain(value, frame.state.handledException(), false);
            for (int i = 0; i < handlers.length; i++) {
                Stmts.Handler h = handlers[i];
                if (h.type() == null || Stmts.Exceptions.matches(value, h.type().eval(frame))) {
                    return runHandler(frame, i, value, false);
                }
            }
            throw e;
        }
        if (completion == SUSPEND) {
            frame.locals[slot] = IN_BODY;
            return SUSPEND;
        }
        if (completion == NORMAL && orelse != null) {
            return runElse(frame);
        }
        return completion;
    }

    private int runElse(Frame frame) {
        int c = orelse.exec(frame);
        if (c == THROW) {
            throw frame.generator.takeThrown();
        }
        if (c == SUSPEND) {
            frame.locals[slot] = IN_ELSE;
        }
        return c;
    }

    private int runHandler(Frame frame, int index, PyBaseException value, boolean resumed) {
        Stmts.Handler h = handlers[index];
        InterpreterState state = frame.state;
        PyBaseException outer = state.handledException();
        state.setHandledException(value);
        boolean suspended = false;
        try {
            if (!resumed && h.name() != null) {
                h.name().assign(frame, value);
            }
            int c = h.body().exec(frame);
            if (c == THROW) {
                throw frame.generator.takeThrown();
            }
            if (c == SUSPEND) {
                suspended = true;
                frame.locals[slot] = new State(HANDLER, index, value, null, 0, null);
            }
            return c;
        } catch (PyException inner) {
            Stmts.Exceptions.chain(inner.value(), value, false);
            throw inner;
        } finally {
            state.setHandledException(outer);
            if (!suspended && h.name() != null) {
                h.name().delete(frame);
            }
        }
    }

    /** The {@code finally} clause, with the exception it runs under (if any) as the handled one. */
    private int runFinally(Frame frame, int completion, PyException pending, Object savedReturn, boolean resumed) {
        InterpreterState state = frame.state;
        PyBaseException outer = state.handledException();
        if (pending != null) {
            if (!resumed) {
                PyFunction.addTraceback(pending, frame);
            }
            state.setHandledException(pending.value());
        }
        int c;
        try {
            c = finalbody.exec(frame);
            if (c == THROW) {
                throw frame.generator.takeThrown();
            }
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
        if (c == SUSPEND) {
            frame.locals[slot] = new State(FINALLY, 0, null, pending, completion, savedReturn);
            return c;
        }
        if (c != NORMAL) {
            return c; // return/break/continue in finally discards what was pending
        }
        frame.returnValue = savedReturn;
        if (pending != null) {
            throw pending;
        }
        return completion;
    }
}
