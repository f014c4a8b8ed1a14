package dev.krait.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** Lets the conformance tests run the {@code krait} command in-process, with a clean environment. */
public final class MainAccess {
    private MainAccess() {}

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return new Main(Map.of()).run(args, in, out, err);
    }
}
