# Checks: ExceptionGroup objects (3.11) can be created and inspected without except*.
eg = ExceptionGroup("several", [ValueError("a"), TypeError("b"), ExceptionGroup("nested", [KeyError("c")])])
print(repr(eg))
print(str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, BaseException))
