# Checks: `from m import *` honours __all__, and without __all__ skips names starting with underscore.
from star_import_pkg.with_all import *
print(public_a, _private_but_listed)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
from star_import_pkg.without_all import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
