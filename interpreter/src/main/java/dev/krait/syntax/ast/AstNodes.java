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
