package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.Types;

/**
 * {@code with manager as target: body} for one item (several items nest): {@code __enter__},
 * the body, then {@code __exit__} with the exception (which a true result suppresses) or
 * with three Nones. With a suspension point in the body (in a generator) it is resumable:
 * its slot keeps the manager while the body is suspended.
 */
final class WithNode extends StmtNode {
    private final ExprNode manager;
    private final Target target;
    private final StmtNode body;
    /** The frame slot of the resumable form, or -1. */
    private final int slot;

    WithNode(int line, ExprNode manager, Target target, StmtNode body) {
        this(line, manager, target, body, -1);
    }

    WithNode(int line, ExprNode manager, Target target, StmtNode body, int slot) {
        super(line);
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.slot = slot;
    }

    @Override
    int exec(Frame frame) {
        Object mgr = slot < 0 ? null : frame.locals[slot];
        boolean resumed = mgr != null;
        if (resumed) {
            frame.locals[slot] = null;
        } else {
            mgr = manager.eval(frame);
            if (Types.typeOf(mgr).lookup("__enter__") == null) {
                throw Errors.typeError("'" + Types.nameOf(mgr) + "' object does not support the context manager protocol");
            }
            if (Types.typeOf(mgr).lookup("__exit__") == null) {
                throw Errors.typeError("'" + Types.nameOf(mgr)
                        + "' object does not support the context manager protocol (missed __exit__ method)");
            }
        }
        Object value = resumed ? null : Ops.callMethod(mgr, "__enter__", new Object[0], PyCallable.NO_KEYWORDS);
        int completion;
        try {
            if (!resumed && target != null) {
                target.assign(frame, value);
            }
            completion = body.exec(frame);
            if (completion == THROW) {
                throw frame.generator.takeThrown();
            }
        } catch (PyException e) {
            Object exit = Ops.getAttr(mgr, "__exit__");
            if (Ops.isTrue(exitWithException(frame, e, exit))) {
                return NORMAL;
            }
            throw e;
        }
        if (completion == SUSPEND) {
            frame.locals[slot] = mgr;
            return completion;
        }
        Ops.callMethod(mgr, "__exit__", new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, PyCallable.NO_KEYWORDS);
        return completion;
    }

    /**
     * Calls {@code exit} (a bound {@code __exit__}, or for {@code async with} the bound
     * {@code __aexit__}) with the exception that left the body, while it is being handled and
     * with its traceback up to here; returns what {@code exit} returned.
     */
    static Object exitWithException(Frame frame, PyException e, Object exit) {
        PyFunction.addTraceback(e, frame);
        PyBaseException ex = e.value();
        InterpreterState state = frame.state;
        PyBaseException outer = state.handledException();
        Stmts.Exceptions.chain(ex, outer, false);
        state.setHandledException(ex);
        try {
            Object tb = ex.traceback() == null ? PyNone.NONE : ex.traceback();
            return Delegation.call(exit, ex.type(), ex, tb);
        } catch (PyException inner) {
            Stmts.Exceptions.chain(inner.value(), ex, false);
            throw inner;
        } finally {
            state.setHandledException(outer);
        }
    }
}
