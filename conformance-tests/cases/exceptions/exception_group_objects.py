# Checks: ExceptionGroup/BaseExceptionGroup construction and its errors, message/exceptions, str/repr, derive, subgroup and split with types, tuples and predicates, nesting and copied metadata.
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as err:
        print(type(err).__name__, err)

v, k = ValueError(1), KeyError(2)
eg = ExceptionGroup("many", [v, k])
print(repr(eg), "|", eg, "|", eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("all exceptions", [v])).__name__, type(BaseExceptionGroup("base", [SystemExit()])).__name__)
print(str(ExceptionGroup("one", (v,))), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
attempt(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup(1, [v]))
attempt(lambda: ExceptionGroup("x", v))
attempt(lambda: ExceptionGroup("x", []))
attempt(lambda: ExceptionGroup("x", [v, "not an exception"]))
attempt(lambda: ExceptionGroup("x"))
attempt(lambda: eg.split(int))
attempt(lambda: eg.subgroup(42))
attempt(lambda: setattr(eg, "message", "changed"))

print(eg.subgroup(ValueError), eg.subgroup(TypeError), eg.subgroup(Exception) is eg)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.split(lambda e: isinstance(e, KeyError)))
print(eg.split((ValueError, KeyError))[0] is eg, eg.split(ExceptionGroup)[0] is eg)

nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(3), TypeError(4)]), KeyError(5)])
print(nested.split(ValueError))
print(nested.subgroup(lambda e: not isinstance(e, TypeError)))
print(repr(nested.derive([v])))

eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
try:
    raise eg
except ExceptionGroup as caught:
    part, _ = caught.split(ValueError)
    print(part.__notes__, repr(part.__cause__), part.__traceback__ is caught.__traceback__,
          part.__notes__ is caught.__notes__)

class Batch(ExceptionGroup):
    def derive(self, excs):
        return Batch(self.message + "*", excs)
batch = Batch("batch", [ValueError("x"), TypeError("y")])
print(repr(batch.subgroup(TypeError)), type(batch.split(ValueError)[1]).__name__)
attempt(lambda: Batch("b", [GeneratorExit()]))
try:
    raise ExceptionGroup("caught as Exception", [ValueError()])
except Exception as err:
    print("caught", type(err).__name__, len(err.exceptions))
