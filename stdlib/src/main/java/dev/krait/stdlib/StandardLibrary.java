package dev.krait.stdlib;

import dev.krait.code.ModuleLibrary;

/**
 * Krait's standard library: the modules written in Python that ship as resources under
 * {@code dev/krait/stdlib/} ({@code asyncio}, {@code contextlib}, {@code async_generator},
 * ...). The interpreter finds this class through {@link java.util.ServiceLoader}.
 */
public final class StandardLibrary implements ModuleLibrary {
    private static final String ROOT = "/dev/krait/stdlib/";

    @Override
    public Source find(String dotted) {
        return ModuleLibrary.fromResources(StandardLibrary.class, ROOT, dotted);
    }
}
