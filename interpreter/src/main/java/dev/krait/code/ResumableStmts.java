package dev.krait.code;

import java.util.Iterator;

import dev.krait.runtime.Ops;

/**
 * The resumable variants of the compound statements, used in the bodies of generators,
 * coroutines and async generators for statements with a suspension point beneath them
 * (statements without one stay plain {@link Stmts} nodes). When a child returns
 * {@link StmtNode#SUSPEND}, each records in its frame slot where it stood — the statement
 * index, the branch taken, the live iterator — and passes the suspension up; when the body is
 * re-entered, a node whose slot is set takes the record (clearing the slot) and continues from
 * there instead of starting afresh. A slot is set only while its node is suspended, so a node
 * entered normally always starts from the beginning.
 */
final class ResumableStmts {
    private ResumableStmts() {}

    private static final Integer BODY = 1;
    private static final Integer ELSE = 2;
    private static final Integer PRE = 3;

    /** A loop's {@code else} clause (may be null), remembered in the loop's slot when it suspends. */
    private static int orElse(Frame frame, StmtNode orelse, int slot) {
        if (orelse == null) {
            return StmtNode.NORMAL;
        }
        int c = orelse.exec(frame);
        if (c == StmtNode.SUSPEND) {
            frame.locals[slot] = ELSE;
        }
        return c;
    }

    /** A statement sequence: remembers which statement suspended. */
    static final class Block extends StmtNode {
        final StmtNode[] body;
        final int slot;

        Block(int line, StmtNode[] body, int slot) {
            super(line);
            this.body = body;
            this.slot = slot;
        }

        @Override
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            int i = 0;
            Object saved = locals[slot];
            if (saved != null) {
                locals[slot] = null;
                i = (Integer) saved;
            }
            StmtNode[] statements = body;
            for (; i < statements.length; i++) {
                StmtNode s = statements[i];
                frame.line = s.line;
                int c = s.exec(frame);
                if (c != NORMAL) {
                    if (c == SUSPEND) {
                        locals[slot] = i;
                    }
                    return c;
                }
            }
            return NORMAL;
        }
    }

    /** A block of one statement: nothing to remember, its statement resumes itself. */
    static final class Single extends StmtNode {
        final StmtNode statement;

        Single(int line, StmtNode statement) {
            super(line);
            this.statement = statement;
        }

        @Override
        int exec(Frame frame) {
            frame.line = statement.line;
            return statement.exec(frame);
        }
    }

    /** {@code if}: remembers the branch, so the test is not evaluated again on resumption. */
    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        If(int line, ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            Object saved = locals[slot];
            boolean taken;
            if (saved != null) {
                locals[slot] = null;
                taken = saved == BODY;
            } else {
                taken = test.test(frame);
            }
            StmtNode branch = taken ? body : orelse;
            if (branch == null) {
                return NORMAL;
            }
            int c = branch.exec(frame);
            if (c == SUSPEND) {
                locals[slot] = taken ? BODY : ELSE;
            }
            return c;
        }
    }

    /**
     * {@code while}: remembers whether the body, the {@code else} clause, or the statements
     * that compute a test containing a suspension ({@code pre}) suspended.
     */
    static final class While extends StmtNode {
        final StmtNode pre;
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        While(int line, StmtNode pre, ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            super(line);
            this.pre = pre;
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            Object saved = locals[slot];
            locals[slot] = null;
            if (saved == ELSE) {
                return orElse(frame);
            }
            InterpreterState state = frame.state;
            while (true) {
                if (saved != BODY) {
                    if (saved == null) {
                        frame.line = line;
                        state.checkInterrupt();
                    }
                    if (pre != null) {
                        int c = pre.exec(frame);
                        if (c != NORMAL) {
                            if (c == SUSPEND) {
                                locals[slot] = PRE;
                            }
                            return c;
                        }
                    }
                    if (!test.test(frame)) {
                        break;
                    }
                }
                saved = null;
                int c = body.exec(frame);
                if (c == SUSPEND) {
                    locals[slot] = BODY;
                    return c;
                }
                if (c == BREAK) {
                    return NORMAL;
                }
                if (c == RETURN || c == THROW) {
                    return c;
                }
            }
            return orElse(frame);
        }

        private int orElse(Frame frame) {
            return ResumableStmts.orElse(frame, orelse, slot);
        }
    }

    /** {@code for}: keeps the live iterator in its slot while the body is suspended. */
    static final class For extends StmtNode {
        final Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        For(int line, Target target, ExprNode iter, StmtNode body, StmtNode orelse, int slot) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        @SuppressWarnings("unchecked")
        int exec(Frame frame) {
            Object[] locals = frame.locals;
            Object saved = locals[slot];
            locals[slot] = null;
            if (saved == ELSE) {
                return orElse(frame);
            }
            boolean resumed = saved != null;
            Object source = resumed ? saved : Stmts.For.source(iter.eval(frame));
            int c = source instanceof PyGenerator g ? overGenerator(frame, g, resumed)
                    : overIterator(frame, (Iterator<Object>) source, resumed);
            return c == ELSE_NOW ? orElse(frame) : c;
        }

        /** The loop's result when the iterator is exhausted and the {@code else} clause comes next. */
        private static final int ELSE_NOW = -1;

        private int overIterator(Frame frame, Iterator<Object> it, boolean resumed) {
            InterpreterState state = frame.state;
            while (resumed || it.hasNext()) {
                if (!resumed) {
                    target.assign(frame, it.next());
                }
                resumed = false;
                int c = body.exec(frame);
                if (c != NORMAL && c != CONTINUE) {
                    return leave(frame, c, it);
                }
                state.checkInterrupt();
                frame.line = line;
            }
            return ELSE_NOW;
        }

        /** The same loop over one of Krait's generators, stepped directly. */
        private int overGenerator(Frame frame, PyGenerator g, boolean resumed) {
            InterpreterState state = frame.state;
            while (resumed || g.step(dev.krait.runtime.PyNone.NONE, null)) {
                if (!resumed) {
                    target.assign(frame, g.value);
                }
                resumed = false;
                int c = body.exec(frame);
                if (c != NORMAL && c != CONTINUE) {
                    return leave(frame, c, g);
                }
                state.checkInterrupt();
                frame.line = line;
            }
            return ELSE_NOW;
        }

        /** The body ended the iteration: suspended (keeping the source), broke out, or returned. */
        private int leave(Frame frame, int c, Object source) {
            if (c == SUSPEND) {
                frame.locals[slot] = source;
                return c;
            }
            return c == BREAK ? NORMAL : c;
        }

        private int orElse(Frame frame) {
            return ResumableStmts.orElse(frame, orelse, slot);
        }
    }
}
