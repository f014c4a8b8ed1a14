# Checks: an exception raised while a module body runs propagates through the import (no importlib frames in the
# traceback), leaves no entry in sys.modules, and the module frame is shown with its path relative to the cases directory.
import sys
try:
    import import_error_in_module_pkg.broken
except KeyError as e:
    print("caught", repr(e))
print("import_error_in_module_pkg.broken" in sys.modules, "import_error_in_module_pkg" in sys.modules)
print("importing again raises again:")
import import_error_in_module_pkg.broken
