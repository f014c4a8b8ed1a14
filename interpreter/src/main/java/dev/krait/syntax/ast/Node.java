package dev.krait.syntax.ast;

/**
 * Every AST node. Kinds and field names follow Python's {@code ast} module; a record's
 * components are the node's fields in {@code _fields} order, followed by its {@link Span}.
 */
public interface Node {
    /** Where the node is in the source. */
    Span span();

    /** The node's class name in Python's {@code ast} module, e.g. {@code BinOp} or {@code arguments}. */
    default String pythonName() {
        return getClass().getSimpleName();
    }
}
