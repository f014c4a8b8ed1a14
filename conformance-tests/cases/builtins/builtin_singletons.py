# Checks: the builtin singletons None/Ellipsis/NotImplemented: reprs, types, truthiness and identity.
print(Ellipsis, ..., Ellipsis is ..., NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(None.__class__.__name__, type(...).__name__, bool(...), repr(None), str(None))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print([None, ..., NotImplemented], {None: ...})
