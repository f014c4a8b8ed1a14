package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builtin types, exception types and their methods are filled in static initialisers that
 * refer to each other; whichever class a host (or the CLI) touches first, initialisation must
 * complete. Each case runs in a fresh JVM, since a class initialises once per JVM.
 */
class ClassInitializationOrderTest {
    @ParameterizedTest
    @ValueSource(strings = {"dev.krait.runtime.ExceptionTypes", "dev.krait.runtime.Types", "dev.krait.runtime.Ops",
            "dev.krait.runtime.TypeCalls", "dev.krait.runtime.PyDict", "dev.krait.runtime.Errors",
            "dev.krait.code.GeneratorTypes"})
    void anyRuntimeClassCanBeInitialisedFirst(String first) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Probe.class.getName(), first)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("ValueError('x')", out.strip());
    }

    /** Initialises the named class first, then makes and prints an exception. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Class.forName(args[0], true, Probe.class.getClassLoader());
            System.out.println(Ops.repr(ExceptionInit.create(ExceptionTypes.VALUE_ERROR, PyStr.of("x"))));
        }
    }
}
