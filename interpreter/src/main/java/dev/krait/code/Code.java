package dev.krait.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.krait.runtime.Errors;
import dev.krait.runtime.HasAttributes;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * A compiled body: a module's or a function's, with how many local slots its frames need.
 * It is also the program-visible code object ({@code f.__code__}), whose {@code co_*}
 * attributes describe it as CPython 3.11 does.
 */
public final class Code extends PyObject implements HasAttributes {
    // co_flags bits, as CPython numbers them.
    static final int CO_OPTIMIZED = 0x1;
    static final int CO_NEWLOCALS = 0x2;
    static final int CO_VARARGS = 0x4;
    static final int CO_VARKEYWORDS = 0x8;
    static final int CO_NESTED = 0x10;
    static final int CO_GENERATOR = 0x20;
    static final int CO_COROUTINE = 0x80;
    static final int CO_ITERABLE_COROUTINE = 0x100;
    static final int CO_ASYNC_GENERATOR = 0x200;

    /** Values of {@link #suspendKind}: what calling the code makes instead of running it. */
    static final int GENERATOR = 1;
    static final int COROUTINE = 2;
    static final int ASYNC_GENERATOR = 3;

    final String name;
    final String filename;
    final StmtNode body;
    /** The size of a frame's locals: the named locals, then the compiler's temporaries and resume slots. */
    int localCount;
    /** 0 for a plain body; {@link #GENERATOR}, {@link #COROUTINE} or {@link #ASYNC_GENERATOR} for one that suspends. */
    int suspendKind;
    final String[] localNames;
    final int firstLine;
    /** Names of this code's own cell variables, then of its free variables. */
    final String[] cellNames;
    final int ownCells;
    /** Pairs (local slot, cell index) of parameters that live in cells: copied after binding. */
    final int[] parameterCells;
    /** The dotted name ({@code C.method}, {@code outer.<locals>.inner}) and the docstring, or null. */
    String qualname;
    String doc;
    /** A function's parameters (null for module and class bodies). */
    ParamSpec params;
    /** CPython's {@code co_flags}: the kind of body, {@code *args}/{@code **kwargs}, nesting. */
    int flags;
    /** {@code co_firstlineno}: the {@code def} line, or the first decorator's when there are any. */
    int declaredLine;

    Code(String name, String filename, StmtNode body, String[] localNames, int firstLine) {
        this(name, filename, body, localNames, firstLine, new String[0], 0, new int[0]);
    }

    Code(String name, String filename, StmtNode body, String[] localNames, int firstLine, String[] cellNames,
         int ownCells, int[] parameterCells) {
        this.name = name;
        this.filename = filename;
        this.body = body;
        this.localCount = localNames.length;
        this.localNames = localNames;
        this.firstLine = firstLine;
        this.cellNames = cellNames;
        this.ownCells = ownCells;
        this.parameterCells = parameterCells;
        this.qualname = name;
        this.declaredLine = firstLine;
    }

    public String name() {
        return name;
    }

    public String filename() {
        return filename;
    }

    /** {@code co_freevars}: the free variables, sorted by name as CPython orders them. */
    String[] freeVars() {
        String[] free = Arrays.copyOfRange(cellNames, ownCells, cellNames.length);
        Arrays.sort(free);
        return free;
    }

    /** Where free variable {@code name} sits among a function's closure cells (Krait's order). */
    int closureIndex(String freeVar) {
        for (int i = ownCells; i < cellNames.length; i++) {
            if (cellNames[i].equals(freeVar)) {
                return i - ownCells;
            }
        }
        throw new IllegalStateException("no free variable " + freeVar);
    }

    /** {@code co_cellvars}: parameters that are cells in parameter order, then the other cells sorted. */
    private String[] cellVars() {
        List<String> own = new ArrayList<>(Arrays.asList(cellNames).subList(0, ownCells));
        List<String> out = new ArrayList<>();
        if (params != null) {
            for (String p : params.names) {
                if (own.remove(p)) {
                    out.add(p);
                }
            }
        }
        own.sort(null);
        out.addAll(own);
        return out.toArray(new String[0]);
    }

    @Override
    public Object getAttr(String attribute) {
        return switch (attribute) {
            case "co_name" -> PyStr.of(name);
            case "co_qualname" -> PyStr.of(qualname);
            case "co_filename" -> PyStr.of(filename);
            case "co_firstlineno" -> (long) declaredLine;
            case "co_argcount" -> (long) (params == null ? 0 : params.positional);
            case "co_posonlyargcount" -> (long) (params == null ? 0 : params.positionalOnly);
            case "co_kwonlyargcount" -> (long) (params == null ? 0 : params.keywordOnly);
            case "co_varnames" -> names(localNames);
            case "co_nlocals" -> (long) localCount;
            case "co_cellvars" -> names(cellVars());
            case "co_freevars" -> names(freeVars());
            case "co_flags" -> (long) flags;
            case "__class__" -> Types.CODE;
            default -> throw Errors.attributeError(this, attribute);
        };
    }

    @Override
    public void setAttr(String attribute, Object value) {
        throw Errors.of(dev.krait.runtime.ExceptionTypes.ATTRIBUTE_ERROR, attribute.startsWith("co_")
                ? "readonly attribute" : "'code' object has no attribute '" + attribute + "'");
    }

    private static PyTuple names(String[] names) {
        Object[] items = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(items);
    }

    @Override
    public PyType type() {
        return Types.CODE;
    }

    @Override
    public String toString() {
        return "<code object " + name + " at 0x" + String.format("%012x", System.identityHashCode(this)) + ", file \""
                + filename + "\", line " + declaredLine + ">";
    }
}
