# Checks: exception args, str and repr for zero, one and several arguments, and for KeyError's special str.
for exc in [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None), ValueError(""), KeyError("k"),
            KeyError(), KeyError("a", "b"), OSError(2, "No such file"), StopIteration(5), Exception(["x"])]:
    print(repr(exc), "|", str(exc), "|", exc.args)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
print(StopIteration(5).value, OSError(2, "nf").errno, OSError(2, "nf").strerror)
print(SystemExit(3).code, SystemExit().code, KeyboardInterrupt().args)
