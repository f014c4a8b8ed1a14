# Checks: PEP 562 module __getattr__: called only for missing names, by attribute access,
# getattr with a default, hasattr and from-imports; its AttributeError message; caching in globals().
import sys
sys.path.insert(0, sys.path[0] + "/module_getattr_pkg")
import lazy

print(lazy.eager)
print(lazy.computed)
print(getattr(lazy, "missing", "default"))
print(hasattr(lazy, "other"))
try:
    lazy.nothing
except AttributeError as e:
    print("AttributeError:", e)
from lazy import Heavy
print(Heavy.__name__, Heavy.__module__)
print(lazy.Heavy is Heavy)
from lazy import computed
print(computed)
try:
    from lazy import absent
except ImportError as e:
    print(type(e).__name__, e.__class__.__mro__[1].__name__)
