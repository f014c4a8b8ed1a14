package dev.krait.code;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCallable;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTuple;

/**
 * List, set and dict comprehensions. As in CPython, each is a function of its own scope,
 * called at once with the first iterable (evaluated in the enclosing scope); its body runs
 * the {@code for}/{@code if} clauses as nested loops and collects the results.
 */
final class Comprehensions {
    private Comprehensions() {}

    /** What a comprehension builds. */
    enum Kind { LIST, SET, DICT }

    /** One {@code for target in iter if cond ...} clause. */
    record Clause(Target target, ExprNode iter, ExprNode[] conditions) {}

    /** The comprehension function's body: runs the clauses and returns the collection. */
    static final class Body extends StmtNode {
        final Kind kind;
        final Clause[] clauses;
        final ExprNode element;
        final ExprNode value;

        Body(int line, Kind kind, Clause[] clauses, ExprNode element, ExprNode value) {
            super(line);
            this.kind = kind;
            this.clauses = clauses;
            this.element = element;
            this.value = value;
        }

        @Override
        int exec(Frame frame) {
            List<Object> results = new ArrayList<>();
            loop(frame, 0, results);
            PyList list = new PyList(results);
            frame.returnValue = kind == Kind.LIST ? list
                    : ((PyCallable) frame.builtins.get(kind == Kind.SET ? "set" : "dict"))
                            .call(new Object[] {list}, PyCallable.NO_KEYWORDS);
            return RETURN;
        }

        private void loop(Frame frame, int depth, List<Object> results) {
            Clause clause = clauses[depth];
            Iterator<Object> it = Ops.iterate(clause.iter().eval(frame));
            outer:
            while (it.hasNext()) {
                frame.state.checkInterrupt();
                clause.target().assign(frame, it.next());
                for (ExprNode condition : clause.conditions()) {
                    if (!condition.test(frame)) {
                        continue outer;
                    }
                }
                if (depth + 1 < clauses.length) {
                    loop(frame, depth + 1, results);
                } else if (kind == Kind.DICT) {
                    Object k = element.eval(frame);
                    results.add(PyTuple.of(k, value.eval(frame)));
                } else {
                    results.add(element.eval(frame));
                }
            }
        }
    }

    /** Evaluates the first iterable here, then calls the comprehension function with it. */
    static final class Call extends ExprNode {
        final Exprs.MakeFunction make;
        final ExprNode firstIterable;

        Call(Exprs.MakeFunction make, ExprNode firstIterable) {
            this.make = make;
            this.firstIterable = firstIterable;
        }

        @Override
        Object eval(Frame frame) {
            PyFunction function = (PyFunction) make.eval(frame);
            return function.call(new Object[] {firstIterable.eval(frame)}, PyCallable.NO_KEYWORDS);
        }
    }
}
