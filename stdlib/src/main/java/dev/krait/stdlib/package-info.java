/**
 * The standard library. {@link dev.krait.stdlib.StandardLibrary} serves the modules written in
 * Python, kept as resources under {@code src/main/resources/dev/krait/stdlib/} (one file per
 * module, a directory with {@code __init__.py} per package). The interpreter finds it through
 * {@code META-INF/services/dev.krait.code.ModuleLibrary}; it never names this module.
 * {@link dev.krait.stdlib.ParseCacheWriter} runs at build time and stores each module's
 * parsed form beside it, so that imports skip the parse.
 */
package dev.krait.stdlib;
