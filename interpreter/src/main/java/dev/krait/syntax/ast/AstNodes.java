package dev.krait.syntax.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Generic access to a node's children, in field order; for passes that visit every node alike. */
public final class AstNodes {
    private AstNodes() {}

    /** The child nodes of {@code node}: its node-valued fields and the nodes in its list fields. */
    public static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            Class<?> type = component.getType();
            if (type == Span.class || type == String.class || type.isPrimitive() || type.isEnum()) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(node);
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
