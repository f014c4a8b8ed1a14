package dev.krait.code;

/** A compiled body: a module's or a function's, with how many local slots its frames need. */
public final class Code {
    final String name;
    final String filename;
    final StmtNode body;
    final int localCount;
    final String[] localNames;
    final int firstLine;

    Code(String name, String filename, StmtNode body, String[] localNames, int firstLine) {
        this.name = name;
        this.filename = filename;
        this.body = body;
        this.localCount = localNames.length;
        this.localNames = localNames;
        this.firstLine = firstLine;
    }

    public String name() {
        return name;
    }

    public String filename() {
        return filename;
    }
}
