# Checks: ModuleNotFoundError / ImportError messages and attributes for missing modules, submodules and names.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import module_not_found_pkg.missing_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_top.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from module_not_found_pkg import missing_name
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.rindex(" (")], e.name)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
from module_not_found_pkg import EXISTING
print(EXISTING)
