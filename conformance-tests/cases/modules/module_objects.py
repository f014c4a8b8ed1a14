# Checks: modules are objects: type name, attribute access via getattr, dir filtering, and sys.modules lookup.
import math
import sys
print(type(math).__name__, math.__name__, getattr(math, "pi"), hasattr(math, "tau"))
mod = sys.modules["math"]
print(mod is math, callable(mod.sqrt), "sqrt" in dir(math))
print(sorted([n for n in dir(sys) if n in ("argv", "path", "modules", "exit", "version_info")]))
this = sys.modules[__name__]
this.dynamic = "set through the module object"
print(dynamic)
