package dev.krait.syntax.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Generic access to a node's children, in field order; for passes that visit every node alike. */
public final class AstNodes {
    private AstNodes() {}

    /**
     * Per node class, the accessors of its fields that may hold nodes (node- and list-valued
     * ones). Looking the record components up on every call cost more than all the rest of
     * compiling a module; a {@link ClassValue} keeps what the class itself determines, the
     * same for every interpreter, so it is shared state that never changes.
     */
    private static final ClassValue<Method[]> CHILD_ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> t = component.getType();
                if (t == Span.class || t == String.class || t.isPrimitive() || t.isEnum()) {
                    continue;
                }
                accessors.add(component.getAccessor());
            }
            return accessors.toArray(new Method[0]);
        }
    };

    /** The child nodes of {@code node}: its node-valued fields and the nodes in its list fields. */
    public static List<Node> children(Node node) {
        List<Node> common = commonChildren(node);
        return common != null ? common : reflectiveChildren(node);
    }

    /**
     * {@link #children} of the most frequent node kinds, written out: a cold JVM (every module
     * import compiles source) spends most of the static checks in reflective calls otherwise.
     * Null for the other kinds. AstNodesTest checks this agrees with the reflective answer.
     */
    private static List<Node> commonChildren(Node node) {
        if (node instanceof Expr.Name || node instanceof Expr.Constant) {
            return List.of();
        }
        if (node instanceof Expr.Attribute a) {
            return List.of(a.value());
        }
        if (node instanceof Expr.Call c) {
            List<Node> out = new ArrayList<>(1 + c.args().size() + c.keywords().size());
            out.add(c.func());
            out.addAll(c.args());
            out.addAll(c.keywords());
            return out;
        }
        if (node instanceof Expr.BinOp b) {
            return List.of(b.left(), b.right());
        }
        if (node instanceof Expr.Subscript s) {
            return List.of(s.value(), s.slice());
        }
        if (node instanceof Expr.Tuple t) {
            return new ArrayList<>(t.elts());
        }
        if (node instanceof Keyword k) {
            return List.of(k.value());
        }
        if (node instanceof Stmt.ExprStmt e) {
            return List.of(e.value());
        }
        if (node instanceof Stmt.Assign a) {
            List<Node> out = new ArrayList<>(a.targets().size() + 1);
            out.addAll(a.targets());
            out.add(a.value());
            return out;
        }
        if (node instanceof Stmt.Return r) {
            return r.value() == null ? List.of() : List.of(r.value());
        }
        if (node instanceof Stmt.If i) {
            List<Node> out = new ArrayList<>(1 + i.body().size() + i.orelse().size());
            out.add(i.test());
            out.addAll(i.body());
            out.addAll(i.orelse());
            return out;
        }
        return null;
    }

    /** {@link #children} found through the record components (package-visible for AstNodesTest). */
    static List<Node> reflectiveChildren(Node node) {
        List<Node> out = new ArrayList<>();
        for (Method accessor : CHILD_ACCESSORS.get(node.getClass())) {
            Object value;
            try {
                value = accessor.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Node n) {
                out.add(n);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Node n) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }
}
