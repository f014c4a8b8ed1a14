# Checks: module globals are shared: rebinding via the module object is seen by its functions; from-import copies the binding.
from module_globals_pkg import config
from module_globals_pkg.config import setting, items
config.setting = "changed via attribute"
print(config.describe(), setting)
config.change("changed via function")
print(config.setting, setting)
items.append("shared list")
print(config.describe())
config.new_attr = 5
print(config.new_attr, "new_attr" in vars(config))
del config.new_attr
print(hasattr(config, "new_attr"))
