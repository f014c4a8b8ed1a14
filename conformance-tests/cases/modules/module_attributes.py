# Checks: module attributes (__spec__, __package__, __path__, __cached__), modules replacing themselves or failing in sys.modules, non-module entries, del/set of module attributes.
import sys
import module_attributes_pkg.leaf
pkg = module_attributes_pkg
print(pkg.__doc__, pkg.__path__[0].endswith("module_attributes_pkg"), pkg.leaf.__spec__.submodule_search_locations,
      pkg.__spec__.submodule_search_locations[0].endswith("module_attributes_pkg"))
print(type(pkg.__spec__).__name__, pkg.leaf.__cached__.endswith("__pycache__/leaf.cpython-311.pyc"))
import module_attributes_pkg.selfreplace as sr
print(type(sr).__name__, sr.answer)
from module_attributes_pkg import selfreplace
print(selfreplace.answer)
try:
    import module_attributes_pkg.fails
except ValueError as e:
    print("ValueError", e, "module_attributes_pkg.fails" in sys.modules, hasattr(pkg, "fails"))
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
class Virtual:
    def __init__(self):
        self.x = 9
sys.modules["virtual"] = Virtual()
import virtual
from virtual import x
print(virtual.x, x)
try:
    from virtual import nope
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, repr(sys))
pkg.leaf.extra = 1
print(pkg.leaf.extra, "extra" in vars(pkg.leaf))
del pkg.leaf.extra
try:
    del pkg.leaf.extra
except AttributeError as e:
    print(type(e).__name__, e)
try:
    pkg.leaf.missing
except AttributeError as e:
    print(type(e).__name__, e)
print("leaf" in dir(pkg), sorted(vars(pkg.leaf))[:3])
print(__builtins__.__name__, type(__builtins__).__name__)
import builtins
print(builtins.len is len, builtins is __builtins__, sys.modules["builtins"] is builtins)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
print(__spec__, __package__, __doc__)
print(sys.modules["sys"].__spec__.origin, sys.__spec__.name)
