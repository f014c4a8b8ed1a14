package dev.krait.code;

import dev.krait.runtime.Errors;
import dev.krait.runtime.HasAttributes;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.Types;

/**
 * The frame object of a generator, coroutine or async generator ({@code gi_frame},
 * {@code cr_frame}, {@code ag_frame}) while its body is unfinished: a view of the heap frame,
 * so {@code f_locals} and {@code f_lineno} follow the suspended body.
 */
final class GeneratorFrame extends PyObject implements HasAttributes {
    private final Suspendable owner;

    GeneratorFrame(Suspendable owner) {
        this.owner = owner;
    }

    @Override
    public Object getAttr(String attribute) {
        Frame f = owner.frame;
        return switch (attribute) {
            case "f_lineno" -> (long) (owner.started ? f.line : f.code.declaredLine);
            case "f_locals" -> FrameIntrospection.locals(f, f.code.localNames, f.code.cellNames);
            case "f_globals" -> f.globals;
            case "f_builtins" -> f.builtins;
            case "f_code" -> f.code;
            case "f_back" -> PyNone.NONE;
            case "__class__" -> Types.FRAME;
            default -> throw Errors.attributeError(this, attribute);
        };
    }

    @Override
    public void setAttr(String attribute, Object value) {
        throw Errors.attributeError(this, attribute);
    }

    @Override
    public PyType type() {
        return Types.FRAME;
    }

    @Override
    public String toString() {
        Frame f = owner.frame;
        return "<frame at 0x" + String.format("%012x", System.identityHashCode(this)) + ", file '" + f.code.filename
                + "', line " + getAttr("f_lineno") + ", code " + f.code.name + ">";
    }
}
