# Checks: package __init__ runs before submodules; importing a submodule sets it as a package attribute.
import package_init_pkg
print(package_init_pkg.VERSION, package_init_pkg.Model(), hasattr(package_init_pkg, "extra"))
from package_init_pkg import extra
print(extra.EXTRA, package_init_pkg.extra is extra)
from package_init_pkg import *
print(Model, VERSION)
