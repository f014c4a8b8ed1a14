package dev.krait.code;

import java.util.Iterator;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/** The statement nodes. */
final class Stmts {
    private Stmts() {}

    /** A sequence of statements; records each one's line in the frame before running it. */
    static final class Block extends StmtNode {
        final StmtNode[] body;

        Block(int line, StmtNode[] body) {
            super(line);
            this.body = body;
        }

        @Override
        int exec(Frame frame) {
            for (StmtNode s : body) {
                frame.line = s.line;
                int c = s.exec(frame);
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    static final class ExprStmt extends StmtNode {
        final ExprNode value;

        ExprStmt(int line, ExprNode value) {
            super(line);
            this.value = value;
        }

        @Override
        int exec(Frame frame) {
            value.eval(frame);
            return NORMAL;
        }
    }

    /** {@code a = b = value}: the value is evaluated once, then stored left to right. */
    static final class Assign extends StmtNode {
        final Target[] targets;
        final ExprNode value;

        Assign(int line, Target[] targets, ExprNode value) {
            super(line);
            this.targets = targets;
            this.value = value;
        }

        @Override
        int exec(Frame frame) {
            Object v = value.eval(frame);
            for (Target t : targets) {
                t.assign(frame, v);
            }
            return NORMAL;
        }
    }

    /** {@code x += 1} for a name: read, operate, store. */
    static final class AugAssign extends StmtNode {
        final ExprNode read;
        final Target target;
        final String op;
        final ExprNode value;

        final NumericFastPaths.Operation fast;

        AugAssign(int line, ExprNode read, Target target, String op, ExprNode value) {
            super(line);
            this.read = read;
            this.target = target;
            this.op = op;
            this.value = value;
            this.fast = NumericFastPaths.forSymbol(op);
        }

        @Override
        int exec(Frame frame) {
            Object current = read.eval(frame);
            Object operand = value.eval(frame);
            Object result = fast == null ? null : fast.apply(current, operand);
            target.assign(frame, result != null ? result : ContainerExprs.inPlace(op, current, operand));
            return NORMAL;
        }
    }

    static final class Delete extends StmtNode {
        final Target[] targets;

        Delete(int line, Target[] targets) {
            super(line);
            this.targets = targets;
        }

        @Override
        int exec(Frame frame) {
            for (Target t : targets) {
                t.delete(frame);
            }
            return NORMAL;
        }
    }

    static final class Pass extends StmtNode {
        Pass(int line) {
            super(line);
        }

        @Override
        int exec(Frame frame) {
            return NORMAL;
        }
    }

    static final class Jump extends StmtNode {
        final int completion;

        Jump(int line, int completion) {
            super(line);
            this.completion = completion;
        }

        @Override
        int exec(Frame frame) {
            return completion;
        }
    }

    static final class Return extends StmtNode {
        final ExprNode value;

        Return(int line, ExprNode value) {
            super(line);
            this.value = value;
        }

        @Override
        int exec(Frame frame) {
            frame.returnValue = value == null ? PyNone.NONE : value.eval(frame);
            return RETURN;
        }
    }

    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;

        If(int line, ExprNode test, StmtNode body, StmtNode orelse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame frame) {
            if (test.test(frame)) {
                return body.exec(frame);
            }
            return orelse == null ? NORMAL : orelse.exec(frame);
        }
    }

    static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;

        While(int line, ExprNode test, StmtNode body, StmtNode orelse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame frame) {
            InterpreterState state = frame.state;
            while (true) {
                frame.line = line;
                state.checkInterrupt(); // as CPython's backward jump: reported at the while line
                if (!test.test(frame)) {
                    break;
                }
                int c = body.exec(frame);
                if (c == BREAK) {
                    return NORMAL;
                }
                if (c == RETURN) {
                    return c;
                }
            }
            return orelse == null ? NORMAL : orelse.exec(frame);
        }
    }

    static final class For extends StmtNode {
        final Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;

        For(int line, Target target, ExprNode iter, StmtNode body, StmtNode orelse) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        /** What a loop steps: one of Krait's generators, stepped directly, or a Java iterator over anything else. */
        static Object source(Object iterable) {
            return iterable instanceof PyGenerator g ? g : Ops.iterate(iterable);
        }

        @Override
        int exec(Frame frame) {
            Object iterable = iter.eval(frame);
            if (iterable instanceof PyGenerator g) {
                return overGenerator(frame, g);
            }
            Iterator<Object> it = Ops.iterate(iterable);
            InterpreterState state = frame.state;
            while (it.hasNext()) {
                target.assign(frame, it.next());
                int c = body.exec(frame);
                if (c == BREAK) {
                    return NORMAL;
                }
                if (c == RETURN) {
                    return c;
                }
                state.checkInterrupt(); // as CPython's backward jump: at the body's last line
                frame.line = line;
            }
            return orelse == null ? NORMAL : orelse.exec(frame);
        }

        private int overGenerator(Frame frame, PyGenerator g) {
            InterpreterState state = frame.state;
            while (g.step(PyNone.NONE, null)) {
                target.assign(frame, g.value);
                int c = body.exec(frame);
                if (c == BREAK) {
                    return NORMAL;
                }
                if (c == RETURN) {
                    return c;
                }
                state.checkInterrupt();
                frame.line = line;
            }
            return orelse == null ? NORMAL : orelse.exec(frame);
        }
    }

    static final class Raise extends StmtNode {
        final ExprNode exc;
        final ExprNode cause;

        Raise(int line, ExprNode exc, ExprNode cause) {
            super(line);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        int exec(Frame frame) {
            PyBaseException handled = frame.state.handledException();
            if (exc == null) {
                if (handled == null) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
                }
                throw new PyException(handled);
            }
            PyBaseException e = Exceptions.instantiate(exc.eval(frame), "exceptions must derive from BaseException");
            if (cause != null) {
                Object c = cause.eval(frame);
                e.setCause(c == PyNone.NONE ? null
                        : Exceptions.instantiate(c, "exception causes must derive from BaseException"));
            }
            Exceptions.chain(e, handled, true);
            PyFunction.recordRaise(e, frame);
            throw new PyException(e);
        }
    }

    static final class Assert extends StmtNode {
        final ExprNode test;
        final ExprNode msg;

        Assert(int line, ExprNode test, ExprNode msg) {
            super(line);
            this.test = test;
            this.msg = msg;
        }

        @Override
        int exec(Frame frame) {
            if (!test.test(frame)) {
                PyBaseException e = new PyBaseException(ExceptionTypes.ASSERTION_ERROR,
                        msg == null ? java.util.List.of() : java.util.List.of(msg.eval(frame)));
                throw new PyException(e);
            }
            return NORMAL;
        }
    }

    /** One {@code except} clause: a type expression (null for bare), the name to bind, the body. */
    record Handler(ExprNode type, Target name, StmtNode body) {}

    static final class Try extends StmtNode {
        final StmtNode body;
        final Handler[] handlers;
        final StmtNode orelse;
        final StmtNode finalbody;

        Try(int line, StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody) {
            super(line);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        int exec(Frame frame) {
            int completion;
            try {
                completion = bodyAndHandlers(frame);
            } catch (PyException e) {
                if (finalbody == null) {
                    throw e;
                }
                // The finally block runs while the exception is being handled: a bare raise
                // re-raises it and a new exception gets it as __context__.
                InterpreterState state = frame.state;
                PyBaseException outer = state.handledException();
                PyFunction.addTraceback(e, frame);
                state.setHandledException(e.value());
                Object saved = frame.returnValue;
                int c;
                try {
                    c = finalbody.exec(frame);
                } catch (PyException inner) {
                    Exceptions.chain(inner.value(), e.value(), false);
                    throw inner;
                } finally {
                    state.setHandledException(outer);
                }
                if (c != NORMAL) {
                    return c; // return/break in finally discards the exception
                }
                frame.returnValue = saved;
                throw e;
            } catch (Error e) {
                if (finalbody != null) {
                    Object saved = frame.returnValue;
                    int c = finalbody.exec(frame);
                    if (c != NORMAL) {
                        return c;
                    }
                    frame.returnValue = saved;
                }
                throw e;
            }
            if (finalbody != null) {
                Object saved = frame.returnValue;
                int c = finalbody.exec(frame);
                if (c != NORMAL) {
                    return c;
                }
                frame.returnValue = saved;
            }
            return completion;
        }

        private int bodyAndHandlers(Frame frame) {
            int completion;
            try {
                completion = body.exec(frame);
            } catch (PyException e) {
                PyFunction.addTraceback(e, frame); // the traceback reaches the frame that catches it
                PyBaseException value = e.value();
                InterpreterState state = frame.state;
                PyBaseException outer = state.handledException();
                // Raised while another exception was being handled (by a builtin, in a callee).
                Exceptions.chain(value, outer, false);
                for (Handler h : handlers) {
                    if (h.type == null || Exceptions.matches(value, h.type.eval(frame))) {
                        state.setHandledException(value);
                        try {
                            if (h.name != null) {
                                h.name.assign(frame, value);
                            }
                            return h.body.exec(frame);
                        } catch (PyException inner) {
                            Exceptions.chain(inner.value(), value, false);
                            throw inner;
                        } finally {
                            state.setHandledException(outer);
                            if (h.name != null) {
                                h.name.delete(frame);
                            }
                        }
                    }
                }
                throw e;
            }
            if (completion == NORMAL && orelse != null) {
                return orelse.exec(frame);
            }
            return completion;
        }
    }

    /** {@code def}: makes a function object and binds it. */
    static final class FunctionDef extends StmtNode {
        final Target target;
        final Exprs.MakeFunction make;

        FunctionDef(int line, Target target, Exprs.MakeFunction make) {
            super(line);
            this.target = target;
            this.make = make;
        }

        @Override
        int exec(Frame frame) {
            target.assign(frame, make.eval(frame));
            return NORMAL;
        }
    }

    /** Helpers for raising and catching. */
    static final class Exceptions {
        private Exceptions() {}

        /**
         * Records {@code handled} as the implicit {@code __context__} of {@code e}, raised while
         * it was being handled: always for a {@code raise} statement ({@code replace}), else only
         * when {@code e} has none yet and the program did not assign one (e.g. {@code None}, as
         * contextlib.ExitStack does before a bare {@code raise}). As CPython, it never makes a
         * cycle of contexts.
         */
        static void chain(PyBaseException e, PyBaseException handled, boolean replace) {
            if (replace) {
                e.clearContextAssigned();
            }
            if (handled == null || handled == e || (!replace && (e.context() != null || e.contextAssigned()))) {
                return;
            }
            // Cut the chain below handled where it reaches e, so that e's context never leads back to e.
            int steps = 0;
            for (PyBaseException o = handled; o.context() != null && steps < 10_000; o = o.context(), steps++) {
                if (o.context() == e) {
                    o.setContext(null);
                    break;
                }
            }
            e.setContext(handled);
        }

        /** {@code raise X}: an exception instance, or a class called with no arguments. */
        static PyBaseException instantiate(Object value, String message) {
            if (value instanceof PyBaseException e) {
                return e;
            }
            if (value instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                Object made = t.call(new Object[0], dev.krait.runtime.PyCallable.NO_KEYWORDS);
                if (!(made instanceof PyBaseException e)) {
                    throw Errors.typeError("calling " + Ops.repr(t) + " should have returned an instance of "
                            + "BaseException, not " + Types.nameOf(made));
                }
                return e;
            }
            throw Errors.typeError(message);
        }

        static boolean matches(PyBaseException e, Object spec) {
            if (spec instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                return e.type().isSubtypeOf(t);
            }
            if (spec instanceof dev.krait.runtime.PyTuple tuple) {
                for (Object item : tuple.toArray()) {
                    if (matches(e, item)) {
                        return true;
                    }
                }
                return false;
            }
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }

        static String typeName(Object o) {
            return Types.nameOf(o);
        }
    }
}
