# Checks: code objects: co_* attributes of plain, nested, varargs and keyword-only functions,
# lambdas and methods; co_flags bits; swapping __code__ between functions.
def describe(f):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_freevars, hex(c.co_flags))


def plain(a, b):
    total = a + b
    return total


def everything(p, /, q, *rest, k, **extra):
    local = 1
    return local


def outer(x):
    y = 2
    z = 3
    def inner(w):
        return w + x + z
    return inner


class Shape:
    def area(self):
        return 0

    @staticmethod
    def unit():
        return 1


def factory():
    class Local:
        def method(self):
            return self
    return Local


describe(plain)
describe(everything)
describe(outer)
describe(outer(1))
describe(lambda: None)
describe(lambda a, *b: a)
describe(Shape.area)
describe(Shape.unit)
describe(factory().method)

code = plain.__code__
print(type(code).__name__, code.co_filename.endswith("code_objects.py"), code.co_firstlineno)
print(repr(code).startswith("<code object plain at 0x"), repr(code).endswith(f"line {code.co_firstlineno}>"))
print(code.co_flags & 0x04 == 0, everything.__code__.co_flags & 0x0C == 0x0C)
try:
    code.co_name = "other"
except AttributeError as e:
    print("AttributeError:", e)


def double(n):
    return n * 2


def triple(n):
    return n * 3


double.__code__ = triple.__code__
print(double(5), double.__name__, double.__code__.co_name)
try:
    double.__code__ = outer(1).__code__
except ValueError as e:
    print("ValueError:", e)


def deco(f):
    return f


@deco
def decorated():
    pass


print(decorated.__code__.co_firstlineno - plain.__code__.co_firstlineno)
