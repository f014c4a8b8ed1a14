package dev.krait.code;

import java.util.function.Function;

import dev.krait.runtime.Descriptor;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * A data attribute of the generator types ({@code gi_frame}, {@code cr_await},
 * {@code ag_running}, {@code __name__}, ...), defined on the type as CPython defines them:
 * read-only getset or member descriptors, except {@code __name__} and {@code __qualname__},
 * which take a string. Being on the type (rather than answered by the object) keeps method
 * calls such as {@code gen.send(v)} on the builtin-method fast path.
 */
final class GeneratorAttribute extends PyObject implements Descriptor.Data {
    private final String name;
    private final PyType owner;
    private final Function<Suspendable, Object> getter;
    /** Member descriptors (CPython's T_OBJECT/T_BOOL READONLY) say just "readonly attribute". */
    private final boolean member;

    private GeneratorAttribute(String name, PyType owner, Function<Suspendable, Object> getter, boolean member) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.member = member;
    }

    static void define(PyType owner, String name, Function<Suspendable, Object> getter) {
        owner.defineAttribute(name, new GeneratorAttribute(name, owner, getter, false));
    }

    static void defineMember(PyType owner, String name, Function<Suspendable, Object> getter) {
        owner.defineAttribute(name, new GeneratorAttribute(name, owner, getter, true));
    }

    /** {@code __name__} and {@code __qualname__}, which a program may set to a string. */
    static void defineNames(PyType owner) {
        owner.defineAttribute("__name__", new GeneratorAttribute("__name__", owner, g -> PyStr.of(g.name), false));
        owner.defineAttribute("__qualname__", new GeneratorAttribute("__qualname__", owner,
                g -> PyStr.of(g.qualname), false));
    }

    @Override
    public Object get(Object instance, PyType type) {
        return instance == null ? this : getter.apply(Suspendable.of(instance));
    }

    @Override
    public void set(Object instance, Object value) {
        boolean names = name.equals("__name__") || name.equals("__qualname__");
        if (!names) {
            throw member ? Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute")
                    : Errors.of(ExceptionTypes.ATTRIBUTE_ERROR, "attribute '" + name + "' of '" + owner.name()
                    + "' objects is not writable");
        }
        if (!(value instanceof PyStr s)) {
            throw Errors.typeError(name + " must be set to a string object");
        }
        Suspendable g = Suspendable.of(instance);
        if (name.equals("__name__")) {
            g.name = s.value();
        } else {
            g.qualname = s.value();
        }
    }

    @Override
    public void delete(Object instance) {
        set(instance, null);
    }

    @Override
    public PyType type() {
        return member ? Types.MEMBER_DESCRIPTOR : Types.GETSET_DESCRIPTOR;
    }

    @Override
    public String toString() {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name() + "' objects>";
    }
}
