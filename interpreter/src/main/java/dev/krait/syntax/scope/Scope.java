package dev.krait.syntax.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.syntax.ast.Node;
import dev.krait.syntax.ast.Span;

/**
 * One namespace of a program, as CPython's symbol table sees it: the module, a function
 * or lambda, a class body, or a comprehension. Records how each name is used there; the
 * resolver of the evaluator builds slots on top of it.
 */
public final class Scope {
    /** The kinds of scope. */
    public enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    /** Symbol flags, combined in {@link #flags(String)}. */
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_IMPORT = 32;
    public static final int DEF_ANNOT = 64;

    private final Kind kind;
    private final String name;
    private final Node node;
    private final Scope parent;
    private final List<Scope> children = new ArrayList<>();
    private final Map<String, Integer> symbols = new LinkedHashMap<>();
    private final Map<String, Span> directives = new LinkedHashMap<>();
    /** For comprehensions: the names their {@code for} clauses bind. */
    final java.util.Set<String> iterationVariables = new java.util.HashSet<>();
    boolean async;
    boolean generator;
    boolean coroutine;

    Scope(Kind kind, String name, Node node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The {@code FunctionDef}, {@code Lambda}, {@code ClassDef}, comprehension or module node. */
    public Node node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return children;
    }

    /** Names in the order they were first seen, with their flags. */
    public Map<String, Integer> symbols() {
        return symbols;
    }

    public int flags(String symbol) {
        return symbols.getOrDefault(symbol, 0);
    }

    /** True for {@code async def} functions. */
    public boolean isAsync() {
        return async;
    }

    /** True if the body contains {@code yield} (directly, not in a nested scope). */
    public boolean isGenerator() {
        return generator;
    }

    void add(String symbol, int flag) {
        symbols.merge(symbol, flag, (a, b) -> a | b);
    }

    /** Where a {@code global}/{@code nonlocal} statement named {@code symbol}, for errors found later. */
    Span directive(String symbol) {
        return directives.get(symbol);
    }

    void recordDirective(String symbol, Span at) {
        directives.putIfAbsent(symbol, at);
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }
}
