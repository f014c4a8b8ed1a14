# Checks: function attributes: __name__, __qualname__, __doc__, __module__, __defaults__, __kwdefaults__, __dict__, __code__.
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer docstring."""
    def inner():
        pass
    return inner
inner = outer(1, c=3)
print(outer.__name__, outer.__qualname__, inner.__name__, inner.__qualname__)
print(outer.__doc__, inner.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, inner.__defaults__)
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
print(outer.__code__.co_varnames[:6])
outer.custom = "attr"
print(outer.custom, outer.__dict__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
class K:
    def method(self):
        pass
print(K.method.__qualname__, K.method.__name__, type(outer).__name__)
print(outer.__code__.co_flags & 0x20, outer.__code__.co_flags & 0x04, outer.__code__.co_flags & 0x08)
