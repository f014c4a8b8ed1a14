# Checks: isasyncgenfunction() for library and native async generator functions, their objects, builtins, coroutine and generator functions, lambdas, classes, and methods reached through a class and an instance.
from async_generator import async_generator, yield_, isasyncgenfunction

@async_generator
async def async_range(n):
    for i in range(n):
        await yield_(i)

async def native_async_range(n):
    yield n

async def coro_fn():
    pass

def gen_fn():
    yield 1

class C:
    @async_generator
    async def lib_method(self):
        await yield_(1)
    async def native_method(self):
        yield 1

lib_obj = async_range(1)
native_obj = native_async_range(1)
for name, obj in (("library function", async_range), ("library object", lib_obj),
                  ("native function", native_async_range), ("native object", native_obj),
                  ("list", list), ("coroutine function", coro_fn), ("generator function", gen_fn),
                  ("lambda", lambda: None), ("class", C),
                  ("library method via class", C.lib_method),
                  ("library method via instance", C().lib_method),
                  ("native method via class", C.native_method),
                  ("native method via instance", C().native_method)):
    print(name, isasyncgenfunction(obj))
