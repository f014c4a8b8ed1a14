# Checks: attributes of specific exceptions: StopIteration.value, SystemExit.code, KeyError.args, NameError.name, AttributeError.name/obj, ImportError.name.
try:
    undefined_variable_xyz
except NameError as e:
    print(e.name)
class C:
    pass
c = C()
try:
    c.missing_attr
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e.name, e)
print(StopIteration().value, StopIteration(1, 2).value, SystemExit(1, 2).code)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
