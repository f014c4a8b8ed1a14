# Checks: relative imports (from . / from .. / from .x import y) inside a package, and __package__ values.
from relative_imports_pkg.sub import leaf_value
import relative_imports_pkg.sub.leaf as leaf
print(leaf_value)
print(leaf.__name__, leaf.__package__)
import relative_imports_pkg
print(sorted([n for n in vars(relative_imports_pkg) if not n.startswith("__")]))
