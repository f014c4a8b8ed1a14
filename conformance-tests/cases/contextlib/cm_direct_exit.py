# Checks: the _GeneratorContextManager protocol called by hand: __enter__ results, __exit__ return values, a None value replaced by an instance of the type, entering twice
from contextlib import contextmanager

@contextmanager
def gen(suppress):
    try:
        yield "entered"
    except Exception as e:
        print("gen got", type(e).__name__, repr(e))
        if not suppress:
            raise

cm = gen(True)
print(cm.__enter__())
print(cm.__exit__(None, None, None))

cm = gen(True)
cm.__enter__()
print(cm.__exit__(KeyError, KeyError("k"), None))

cm = gen(True)
cm.__enter__()
print(cm.__exit__(ValueError, None, None))

cm = gen(False)
cm.__enter__()
v = ValueError("v")
print(cm.__exit__(ValueError, v, None))  # re-raised unchanged: the with statement re-raises it

# Once entered, the arguments used to recreate it are gone.
cm = gen(True)
print(hasattr(cm, "func"), hasattr(cm, "args"), hasattr(cm, "kwds"))
print(cm.args, cm.kwds, cm.func.__name__)
cm.__enter__()
print(hasattr(cm, "func"), hasattr(cm, "args"), hasattr(cm, "kwds"))
try:
    cm.__enter__()
except AttributeError:
    print("AttributeError on second __enter__")
cm.__exit__(None, None, None)

# A with statement on an already used manager fails the same way.
cm = gen(True)
with cm:
    pass
try:
    with cm:
        pass
except AttributeError:
    print("AttributeError on reuse")

# Calling the decorated function calls the generator function at once.
@contextmanager
def needs_arg(x):
    yield x

try:
    needs_arg()
except TypeError as e:
    print(type(e).__name__, e)
