# Checks: functools.update_wrapper with custom assigned/updated tuples, missing attributes skipped, __wrapped__ set last (winning over a copied __dict__ entry), the return value, AttributeError for a missing updated attribute, class objects as wrappers
import functools

print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)

def wrapped():
    "wrapped doc"
wrapped.__wrapped__ = "inner value"
wrapped.flag = True

def wrapper():
    pass

r = functools.update_wrapper(wrapper, wrapped)
print(r is wrapper, wrapper.__wrapped__ is wrapped, wrapper.flag)

def wrapper2():
    "keep me"
functools.update_wrapper(wrapper2, wrapped, assigned=("__name__",), updated=())
print(wrapper2.__name__, wrapper2.__doc__, hasattr(wrapper2, "flag"))

def wrapper3():
    pass
functools.update_wrapper(wrapper3, wrapped, assigned=("no_such_attribute", "__doc__"))
print(hasattr(wrapper3, "no_such_attribute"), wrapper3.__doc__)

# updated names an attribute the wrapped object lacks: updated from {}.
def wrapper4():
    pass
functools.update_wrapper(wrapper4, 42, assigned=(), updated=("__dict__",))
print(wrapper4.__wrapped__, wrapper4.__dict__ == {"__wrapped__": 42})

# updated names an attribute the wrapper lacks: AttributeError.
def wrapper5():
    pass
try:
    functools.update_wrapper(wrapper5, wrapped, updated=("missing_dict",))
except AttributeError as e:
    print(type(e).__name__, e)

# A class instance as wrapper.
class CallableWrapper:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
    def __call__(self, *args):
        return self.func(*args)

def target(x):
    "target doc"
    return x + 1
cw = CallableWrapper(target)
print(cw(1), cw.__name__, cw.__doc__, cw.__wrapped__ is target)

# wraps with custom arguments as a decorator.
@functools.wraps(target, assigned=("__doc__",), updated=())
def custom():
    return 0
print(custom.__name__, custom.__doc__, custom.__wrapped__ is target)

# Assigning to a read-only attribute raises.
try:
    functools.update_wrapper(wrapper, wrapped, assigned=("__code__", "__class__"), updated=())
except TypeError as e:
    print(type(e).__name__, e)
