# Checks: user exception classes: custom __init__ and __str__, args, inheritance in except clauses.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what
    def __str__(self):
        return f"{self.what} was not found"
class Detailed(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise NotFound("file.txt")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.what)
try:
    raise Detailed(404, "missing")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.code)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:])
e = AppError()
print(repr(e), str(e), e.args, repr(AppError("one")), str(AppError("a", 2)))
