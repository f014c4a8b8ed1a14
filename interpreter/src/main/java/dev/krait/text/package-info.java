/**
 * Python's exact {@code repr} text for constant values, shared by the AST dumper and the
 * runtime's {@code repr()}/{@code str()}.
 *
 * <p>A short tour:
 * <ul>
 *   <li>{@link dev.krait.text.FloatRepr} prints floats ({@code 0.1}, {@code 1e+16}, {@code -0.0},
 *       {@code inf}) and complex numbers ({@code 2.5j}, {@code (1-2j)}) the way CPython 3.11
 *       does, using the shortest digit string that reads back as the same double.</li>
 *   <li>{@code ShortestDecimal} (package-private) finds those digits with the Ryū algorithm, in
 *       {@code long} arithmetic; it replaces {@link java.lang.Double#toString}, which is not
 *       always shortest before Java 19.</li>
 *   <li>{@link dev.krait.text.StringRepr} prints {@code str} and {@code bytes} values with
 *       Python's quote choice and escapes, judging printability by Unicode category.</li>
 * </ul>
 *
 * <p>Integers need no helper here: {@link java.math.BigInteger#toString()} already matches
 * Python's {@code repr(int)}.
 */
package dev.krait.text;
