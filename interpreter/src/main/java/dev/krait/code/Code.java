package dev.krait.code;

/** A compiled body: a module's or a function's, with how many local slots its frames need. */
public final class Code {
    final String name;
    final String filename;
    final StmtNode body;
    final int localCount;
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
    }

    public String name() {
        return name;
    }

    public String filename() {
        return filename;
    }
}
