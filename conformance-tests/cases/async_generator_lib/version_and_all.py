# Checks: async_generator.__version__ and the sorted __all__; every name in __all__ exists; `from async_generator import *` binds exactly those names.
import async_generator

print(async_generator.__version__)
print(sorted(async_generator.__all__))
print(all(hasattr(async_generator, name) for name in async_generator.__all__))
namespace = {}
exec("from async_generator import *", namespace)
print(sorted(name for name in namespace if name != "__builtins__"))
