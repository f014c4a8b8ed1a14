# Checks: the names the functools basics provide and their kinds: WRAPPER_* tuples, partial as a class, the functions, the __module__ of what the module defines
import functools

for name in ("WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "update_wrapper", "wraps", "partial",
             "reduce", "cmp_to_key", "total_ordering"):
    print(name, hasattr(functools, name))
print(isinstance(functools.partial, type), callable(functools.reduce))
print(functools.partial.__module__, functools.update_wrapper.__module__, functools.wraps.__module__)
print(functools.total_ordering.__module__, functools.cmp_to_key.__name__)
print(type(functools.WRAPPER_ASSIGNMENTS).__name__, len(functools.WRAPPER_ASSIGNMENTS))
print(functools.__name__, isinstance(functools.__doc__, str))
import functools as again
print(again is functools)
from functools import partial, reduce
print(partial is functools.partial, reduce is functools.reduce)
