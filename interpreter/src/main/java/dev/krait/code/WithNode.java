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
 * with three Nones.
 */
final class WithNode extends StmtNode {
    private final ExprNode manager;
    private final Target target;
    private final StmtNode body;

    WithNode(int line, ExprNode manager, Target target, StmtNode body) {
        super(line);
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    int exec(Frame frame) {
        Object mgr = manager.eval(frame);
        if (Types.typeOf(mgr).lookup("__enter__") == null) {
            throw Errors.typeError("'" + Types.nameOf(mgr) + "' object does not support the context manager protocol");
        }
        if (Types.typeOf(mgr).lookup("__exit__") == null) {
            throw Errors.typeError("'" + Types.nameOf(mgr)
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        Object value = Ops.callMethod(mgr, "__enter__", new Object[0], PyCallable.NO_KEYWORDS);
        int completion;
        try {
            if (target != null) {
                target.assign(frame, value);
            }
            completion = body.exec(frame);
        } catch (PyException e) {
            // __exit__ runs while the exception is being handled, and sees its traceback up to here.
            PyFunction.addTraceback(e, frame);
            PyBaseException ex = e.value();
            InterpreterState state = frame.state;
            PyBaseException outer = state.handledException();
            Stmts.Exceptions.chain(ex, outer, false);
            state.setHandledException(ex);
            Object suppress;
            try {
                Object tb = ex.traceback() == null ? PyNone.NONE : ex.traceback();
                suppress = Ops.callMethod(mgr, "__exit__", new Object[] {ex.type(), ex, tb}, PyCallable.NO_KEYWORDS);
            } catch (PyException inner) {
                Stmts.Exceptions.chain(inner.value(), ex, false);
                throw inner;
            } finally {
                state.setHandledException(outer);
            }
            if (Ops.isTrue(suppress)) {
                return NORMAL;
            }
            throw e;
        }
        Ops.callMethod(mgr, "__exit__", new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, PyCallable.NO_KEYWORDS);
        return completion;
    }
}
