# Checks: __name__ and __qualname__ of builtin functions and of module functions, and
# functools.wraps copying them from a builtin.
import functools
import math
import time

for f in [len, print, isinstance, getattr, sorted, math.sqrt, math.floor, time.monotonic]:
    print(f.__name__, f.__qualname__, type(f).__name__)


@functools.wraps(len)
def counted(x):
    return len(x)


print(counted.__name__, counted.__qualname__, counted.__wrapped__ is len, counted([1, 2]))
print(hasattr(len, "__wrapped__"), getattr(abs, "__name__"))
