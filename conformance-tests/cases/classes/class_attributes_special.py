# Checks: __dict__, __bases__, __mro__, __name__, __qualname__ for nested classes, __doc__ default, __module__.
class Outer:
    """Outer doc."""
    class Inner:
        class Deepest:
            pass
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.__name__, Outer.__doc__, Outer.Inner.__doc__, Outer.__module__)
print([k for k in Outer.__dict__ if not k.startswith("__")], type(Outer.__dict__).__name__)
print(Outer.Inner.Deepest)
