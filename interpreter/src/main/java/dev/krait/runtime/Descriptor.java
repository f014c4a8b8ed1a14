package dev.krait.runtime;

/**
 * An attribute that computes its value when looked up through a class ({@code __get__}):
 * functions (which bind to the instance), {@code classmethod}, {@code staticmethod},
 * {@code property}.
 */
public interface Descriptor {
    /** The value of the attribute on {@code instance} (null when looked up on the class itself). */
    Object get(Object instance, PyType owner);

    /** A data descriptor ({@code property}) also controls assignment and deletion, and wins over the instance dict. */
    interface Data extends Descriptor {
        void set(Object instance, Object value);

        void delete(Object instance);
    }
}
