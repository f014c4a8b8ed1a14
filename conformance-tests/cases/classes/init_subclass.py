# Checks: __init_subclass__ with keyword arguments for plugin registration, and super().__init_subclass__ chaining.
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__.lower()] = cls
        print("registered", cls.__name__, key)
class Csv(Plugin, key="csv"):
    pass
class Json(Plugin):
    pass
class Strict(Csv, key="strict-csv"):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"] is Csv)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
