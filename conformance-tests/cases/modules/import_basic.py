# Checks: import of a package and its submodule in the forms import/as/from, module attributes and __name__.
import import_basic_pkg
import import_basic_pkg.helper
import import_basic_pkg.helper as h
from import_basic_pkg import helper
from import_basic_pkg.helper import shout, GREETING as G, Tool
print(import_basic_pkg.PACKAGE_CONSTANT, import_basic_pkg.helper.GREETING)
print(h is helper, h is import_basic_pkg.helper, shout("hi"), G, Tool().use())
print(helper.__name__, helper.__doc__, import_basic_pkg.__name__, helper.__package__)
print(type(helper).__name__, helper.__file__.endswith("import_basic_pkg/helper.py"), __name__)
print(repr(helper).startswith("<module 'import_basic_pkg.helper' from "))
