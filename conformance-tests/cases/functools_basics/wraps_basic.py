# Checks: functools.wraps copies __module__, __name__, __qualname__, __doc__, __annotations__, updates __dict__ and sets __wrapped__; stacked decorators keep a __wrapped__ chain
import functools

def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("wrapped", func(*args, **kwargs))
    return wrapper

class Holder:
    @deco
    def method(self, x: int) -> str:
        """Method doc."""
        return str(x)

def original(a: int, b: "str" = "s") -> list:
    """Original doc."""
    return [a, b]
original.custom = "attribute"
original.__dict__["other"] = 2

w = deco(original)
print(w(1))
print(w.__name__, w.__qualname__, w.__module__)
print(w.__doc__)
print(w.__annotations__)
print(w.__wrapped__ is original)
print(w.custom, w.other)
print(sorted(w.__dict__))
print(Holder().method(5), Holder.method.__qualname__, Holder.method.__annotations__)

# No docstring: __doc__ becomes None.
@deco
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__name__)

# Stacked decorators.
w2 = deco(deco(original))
print(w2.__wrapped__.__wrapped__ is original, w2.__name__, w2(3, "t"))

# A lambda, and a callable object without the function attributes.
lw = deco(lambda: 1)
print(lw.__name__, lw.__qualname__)
class Plain:
    def __call__(self, *a):
        return sum(a)
bw = deco(Plain())
print(bw.__name__, bw.__module__, bw(1, 2))
print("__annotations__" in bw.__dict__, bw.__doc__)

# wraps returns a partial of update_wrapper.
p = functools.wraps(original)
print(type(p).__name__, p.func is functools.update_wrapper, sorted(p.keywords))
