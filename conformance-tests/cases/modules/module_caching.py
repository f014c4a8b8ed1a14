# Checks: a module body runs once; later imports reuse sys.modules; deleting the entry forces re-execution.
import sys
import module_caching_pkg.counter as c1
import module_caching_pkg.counter as c2
from module_caching_pkg import counter as c3
print(c1 is c2 is c3, c1.bump(), c2.bump(), c3.count)
print("module_caching_pkg.counter" in sys.modules, sys.modules["module_caching_pkg.counter"] is c1)
from module_caching_pkg.counter import count
c1.bump()
print(count, c1.count)
del sys.modules["module_caching_pkg.counter"]
import module_caching_pkg.counter as fresh
print(fresh is c1, fresh.count, c1.count)
