"""Package doc."""
print("init", __name__, __package__, __spec__.name, __spec__.parent, __spec__.origin.endswith("__init__.py"))
